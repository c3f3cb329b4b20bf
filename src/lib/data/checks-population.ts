/**
 * Checks of the yearly population table (`data/regions/population.csv`): every date is a 1 January,
 * the subjects of a date add up to Rosstat's national total for it (where a sourced total exists), no
 * figure is copied between subjects, and each figure is of the same order as the subject's 1 Jan 2025
 * registry figure (a misaligned row would not be).
 */
import type { Table } from './checks';
import type { Issue } from './issues';

/** A national total published by Rosstat for a date, with the sources that report it. */
export interface NationalTotal {
	date: string;
	total: number;
	/** Ids in sources.csv. */
	sourceIds: readonly string[];
	/** What the total is (preliminary, final, rounded), printed by the check script. */
	note: string;
}

/**
 * Rosstat's national totals for the dates in the table. They are plausibility bounds, not exact
 * targets: the subject figures and the total may come from different releases (preliminary or final,
 * rounded), which differ by well under the tolerance.
 */
export const POPULATION_TOTALS: readonly NationalTotal[] = [
	{
		date: '2019-01-01',
		total: 146_793_744,
		sourceIds: ['cityfan-2019-01-24-population'],
		note: 'предварительная оценка Росстата, январь 2019 г.'
	},
	{
		date: '2020-01-01',
		total: 146_748_600,
		sourceIds: ['prime-2021-01-28-population'],
		note: 'окончательная оценка Росстата, округлена до сотен (146 748,6 тыс.)'
	}
];

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
		if (sum > ref.total * (1 + tolerance))
			issues.push({ ...issue, message: `сумма ${sum} больше итога ${ref.total} на ${pct} — двойной счёт?` });
		else if (missing.length > 0)
			issues.push({
				...issue,
				severity: 'warning',
				message: `нет численности у ${missing.join(', ')}; разница с итогом ${difference} (${pct})`
			});
		else if (Math.abs(share) >= tolerance)
			issues.push({
				...issue,
				message: `сумма ${sum} расходится с итогом ${ref.total} на ${pct} (допустимо < ${tolerance * 100} %)`
			});
	}
	return { issues, reports };
}

/** Within one date, two subjects with exactly the same figure are almost always a copied row. */
export function checkPopulationCopies(table: Table<PopulationFact>): Issue[] {
	const seen = new Map<string, string>();
	const issues: Issue[] = [];
	table.rows.forEach((r, i) => {
		const id = `${r.date}|${r.population}`;
		const other = seen.get(id);
		if (other)
			issues.push({
				kind: 'inconsistent',
				file: table.file,
				line: table.lines?.[i],
				column: 'population',
				value: String(r.population),
				message: `та же численность на ${r.date}, что у ${other}: не скопирована ли строка?`
			});
		else seen.set(id, r.key);
	});
	return issues;
}

/**
 * A yearly figure far from the subject's 1 Jan 2025 registry figure (outside `bounds` as a ratio) is
 * flagged as a warning. Pre-census estimates for 2019–2020 lie within 0.87–1.19 of the post-census 2025
 * figures; a row put against the wrong subject is usually off by far more.
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
