/**
 * Checks of the yearly population table (`data/regions/population.csv`): every date is a 1 January,
 * the subjects of a date add up exactly to the country row of the same Rosstat table (1.1 of «Регионы
 * России. 2023», see `rosstat-population-totals.ts`), Arkhangelsk and Tyumen without their okrugs plus the
 * okrugs equal the same table's rows with the okrugs, no figure is copied between subjects, and each figure
 * is of the same order as the subject's 1 Jan 2025 registry figure (a misaligned row would not be).
 */
import type { Table } from './checks';
import type { Issue } from '../../data/issues';
import { checkCopiedFigures, NESTED_SUBJECTS } from './checks-regions';
import { ROSSTAT_POPULATION_SOURCE_ID, ROSSTAT_POPULATION_TOTALS } from './rosstat-population-totals';

/** A national total published by Rosstat for a date, with the sources that report it. */
export interface NationalTotal {
	date: string;
	total: number;
	/** Ids in sources.csv. */
	sourceIds: readonly string[];
	/** What the total is (preliminary, final, rounded), printed by the check script. */
	note: string;
	/**
	 * Allowed gap as a share of the total; 0 = must match exactly (a total from the same table as the
	 * subject figures). Defaults to the check's tolerance.
	 */
	tolerance?: number;
}

/**
 * Rosstat's national totals for the dates in the table: the country row of the same table 1.1, so the 85
 * subjects must add up to it exactly (NOTES.md of the reference: every difference is 0.0).
 */
export const POPULATION_TOTALS: readonly NationalTotal[] = ROSSTAT_POPULATION_TOTALS.map((t) => ({
	date: t.date,
	total: t.country,
	sourceIds: [ROSSTAT_POPULATION_SOURCE_ID],
	note: 'строка «Российская Федерация» той же табл. 1.1, тыс. × 1000',
	tolerance: 0
}));

/** Rosstat's figures for these dates cover the recognised subjects plus Crimea and Sevastopol. */
export const TOTAL_STATUSES: readonly string[] = ['recognised', 'disputed_2014'];
export const TOTAL_TOLERANCE = 0.005;

/** A yearly figure below or above these multiples of the 1 Jan 2025 figure is suspicious. */
export const RATIO_TO_REGISTRY = { min: 0.75, max: 1.33 };

interface PopulationFact {
	key: string;
	date: string;
	population: number;
}

interface RegistryRow {
	key: string;
	status: string;
	population: number | null;
}

export interface DateTotalReport {
	date: string;
	/** Subjects with a figure for this date (of those the total covers). */
	subjects: number;
	sum: number;
	total: number | null;
	difference: number | null;
	share: number | null;
	/** Subjects the total covers that have no figure for this date. */
	missing: string[];
}

/** Each date must be a 1 January (the table holds start-of-year figures only). */
export function checkPopulationDates(table: Table<PopulationFact>): Issue[] {
	const issues: Issue[] = [];
	table.rows.forEach((r, i) => {
		if (!r.date.endsWith('-01-01'))
			issues.push({
				kind: 'inconsistent',
				file: table.file,
				line: table.lines?.[i],
				column: 'date',
				value: r.date,
				message: 'численность берётся на 1 января'
			});
	});
	return issues;
}

/**
 * Per date: the figures of the subjects Rosstat counts must add up to its national total. While some of
 * them lack a figure this only warns (and reports who is missing), unless the sum already exceeds the
 * total (double counting); once all are present, a gap of `tolerance` or more is an error. Rows for
 * subjects outside the total (the four of 2022) are errors: Rosstat published no figure for them then.
 */
export function checkPopulationTotals(
	table: Table<PopulationFact>,
	registry: readonly RegistryRow[],
	{
		totals = POPULATION_TOTALS,
		statuses = TOTAL_STATUSES,
		tolerance = TOTAL_TOLERANCE
	}: { totals?: readonly NationalTotal[]; statuses?: readonly string[]; tolerance?: number } = {}
): { issues: Issue[]; reports: DateTotalReport[] } {
	const issues: Issue[] = [];
	const reports: DateTotalReport[] = [];
	const statusOf = new Map(registry.map((r) => [r.key, r.status]));
	const covered = registry.filter((r) => statuses.includes(r.status)).map((r) => r.key);
	const base = { file: table.file, column: 'population' };

	table.rows.forEach((r, i) => {
		const status = statusOf.get(r.key);
		if (status !== undefined && !statuses.includes(status))
			issues.push({
				...base,
				kind: 'inconsistent',
				line: table.lines?.[i],
				column: 'key',
				value: r.key,
				message: `Росстат на ${r.date} не давал численности субъектов со статусом ${status}`
			});
	});

	const dates = [...new Set(table.rows.map((r) => r.date))].sort();
	for (const date of dates) {
		const rows = table.rows.filter((r) => r.date === date && covered.includes(r.key));
		const present = new Set(rows.map((r) => r.key));
		const missing = covered.filter((k) => !present.has(k));
		const sum = rows.reduce((s, r) => s + r.population, 0);
		const ref = totals.find((t) => t.date === date);
		if (!ref) {
			reports.push({ date, subjects: present.size, sum, total: null, difference: null, share: null, missing });
			continue;
		}
		const difference = sum - ref.total;
		const share = difference / ref.total;
		reports.push({ date, subjects: present.size, sum, total: ref.total, difference, share, missing });
		const pct = `${(share * 100).toFixed(3)} %`;
		const issue = { ...base, kind: 'population_total' as const, value: date };
		const limit = ref.tolerance ?? tolerance;
		const off = limit === 0 ? difference !== 0 : Math.abs(share) >= limit;
		if (sum > ref.total * (1 + limit))
			issues.push({ ...issue, message: `сумма ${sum} больше итога ${ref.total} на ${pct} — двойной счёт?` });
		else if (missing.length > 0)
			issues.push({
				...issue,
				severity: 'warning',
				message: `нет численности у ${missing.join(', ')}; разница с итогом ${difference} (${pct})`
			});
		else if (off)
			issues.push({
				...issue,
				message:
					limit === 0
						? `сумма ${sum} не равна итогу ${ref.total} той же таблицы (разница ${difference})`
						: `сумма ${sum} расходится с итогом ${ref.total} на ${pct} (допустимо < ${limit * 100} %)`
			});
	}
	return { issues, reports };
}

/** Within one date, two subjects with exactly the same figure are almost always a copied row. */
export function checkPopulationCopies(table: Table<PopulationFact>): Issue[] {
	return checkCopiedFigures(table, (r) => r.date);
}

/** An oblast with its okrugs on a date, from the same table as the subject figures. */
export interface NestedTotal {
	date: string;
	/** Registry key of the oblast without its okrugs. */
	parent: string;
	total: number;
}

export const NESTED_TOTALS: readonly NestedTotal[] = ROSSTAT_POPULATION_TOTALS.flatMap((t) =>
	Object.entries(t.withOkrugs).map(([parent, total]) => ({ date: t.date, parent, total }))
);

/**
 * Per date: the oblast without its okrugs plus the okrugs (NESTED_SUBJECTS) must equal the same table's
 * row of the oblast with them, exactly. Catches an oblast row taken *with* its okrugs (double counting)
 * or an okrug put against the wrong key. Dates without a nested total are not checked.
 */
export function checkNestedPopulation(
	table: Table<PopulationFact>,
	totals: readonly NestedTotal[] = NESTED_TOTALS
): Issue[] {
	const issues: Issue[] = [];
	const value = new Map(table.rows.map((r) => [`${r.key}|${r.date}`, r.population]));
	for (const t of totals) {
		const nest = NESTED_SUBJECTS.find((n) => n.parent === t.parent);
		if (!nest) continue;
		const parts = [t.parent, ...nest.children].map((k) => value.get(`${k}|${t.date}`));
		if (parts.every((p) => p === undefined)) continue;
		const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
		if (parts.includes(undefined) || sum !== t.total)
			issues.push({
				kind: 'double_count',
				file: table.file,
				column: 'population',
				value: `${t.parent} ${t.date}`,
				message: `${[t.parent, ...nest.children].join(' + ')} = ${sum}, а строка области с округами — ${t.total}`
			});
	}
	return issues;
}

/**
 * A yearly figure far from the subject's 1 Jan 2025 registry figure (outside `bounds` as a ratio) is
 * flagged as a warning. The post-census figures for 2019–2023 lie close to those of 2025; a row put
 * against the wrong subject is usually off by far more.
 */
export function checkPopulationAgainstRegistry(
	table: Table<PopulationFact>,
	registry: readonly RegistryRow[],
	bounds = RATIO_TO_REGISTRY
): Issue[] {
	const latest = new Map(
		registry.filter((r) => r.population !== null).map((r) => [r.key, r.population as number])
	);
	const issues: Issue[] = [];
	table.rows.forEach((r, i) => {
		const ref = latest.get(r.key);
		if (ref === undefined) return;
		const ratio = r.population / ref;
		if (ratio < bounds.min || ratio > bounds.max)
			issues.push({
				kind: 'inconsistent',
				severity: 'warning',
				file: table.file,
				line: table.lines?.[i],
				column: 'population',
				value: String(r.population),
				message: `в ${ratio.toFixed(2)} раза от численности на 1 января 2025 г. (${ref}): не та строка?`
			});
	});
	return issues;
}
