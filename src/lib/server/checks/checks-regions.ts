/**
 * Registry-level checks: the region list itself, the population total against Rosstat, and the
 * nested subjects (Nenets AO inside Arkhangelsk Oblast; Khanty-Mansi and Yamal-Nenets AO inside
 * Tyumen Oblast) not being counted twice.
 */
import type { Table } from './checks';
import type { Issue } from '../../data/issues';

/** Rosstat's preliminary national population on 1 Jan 2025. */
export const ROSSTAT_TOTAL_2025 = {
	/** Ids in sources.csv: the figure, and the statement that the four subjects of 2022 are excluded. */
	sourceIds: ['tass-2025-01-31-population', 'mk-2025-01-31-population'] as readonly string[],
	date: '2025-01-01',
	total: 146_028_325,
	/** Statuses Rosstat includes: the four subjects of 2022 are excluded from its figures. */
	statuses: ['recognised', 'disputed_2014'] as readonly string[],
	tolerance: 0.005
};

/** Subjects that lie inside another in OKATO and in "with okrugs" totals. */
export const NESTED_SUBJECTS: readonly { parent: string; children: readonly string[] }[] = [
	{ parent: 'RU-ARK', children: ['RU-NEN'] },
	{ parent: 'RU-TYU', children: ['RU-KHM', 'RU-YAN'] }
];

interface PopRow {
	key: string;
	status: string;
	population: number | null;
	population_date: string | null;
}

export interface PopulationReport {
	sum: number;
	/** sum − total (negative: the rows fall short of the total). */
	difference: number;
	share: number;
	/** Covered subjects with no population yet. */
	missing: string[];
	issues: Issue[];
}

/**
 * Sum the 1 Jan 2025 populations of the subjects Rosstat covers and compare with its total.
 * While some covered subjects lack a figure this only reports (warning) — unless the sum already
 * exceeds the total, which means double counting. Once all are filled, a gap of 0.5 % or more fails.
 */
export function checkPopulationTotal(table: Table<PopRow>, ref = ROSSTAT_TOTAL_2025): PopulationReport {
	const covered = table.rows.filter((r) => ref.statuses.includes(r.status));
	const missing = covered.filter((r) => r.population === null).map((r) => r.key);
	const sum = covered.reduce((s, r) => s + (r.population ?? 0), 0);
	const difference = sum - ref.total;
	const share = difference / ref.total;
	const issues: Issue[] = [];
	const base = { kind: 'population_total' as const, file: table.file, column: 'population' };
	table.rows.forEach((r, i) => {
		if (r.population !== null && r.population_date !== ref.date)
			issues.push({
				...base,
				kind: 'inconsistent',
				line: table.lines?.[i],
				value: r.population_date ?? '',
				message: `численность не на ${ref.date}`
			});
	});
	const pct = `${(share * 100).toFixed(3)} %`;
	const limit = `${ref.tolerance * 100} %`;
	if (sum > ref.total * (1 + ref.tolerance))
		issues.push({ ...base, message: `сумма ${sum} больше итога ${ref.total} на ${pct} — двойной счёт?` });
	else if (missing.length > 0)
		issues.push({
			...base,
			severity: 'warning',
			message: `нет численности у ${missing.join(', ')}; разница с итогом ${difference} (${pct})`
		});
	else if (Math.abs(share) >= ref.tolerance)
		issues.push({ ...base, message: `сумма ${sum} расходится с итогом на ${pct} (допустимо < ${limit})` });
	return { sum, difference, share, missing, issues };
}

/** Two subjects with exactly the same population are almost always a copy error (Kaluga/Kaliningrad). */
export function checkDuplicatePopulations(table: Table<PopRow>): Issue[] {
	return checkCopiedFigures(table);
}

/**
 * Two subjects with exactly the same population (on the same date, when `dateOf` gives one) are almost
 * always a copied row.
 */
export function checkCopiedFigures<R extends { key: string; population: number | null }>(
	table: Table<R>,
	dateOf?: (row: R) => string
): Issue[] {
	const seen = new Map<string, string>();
	const issues: Issue[] = [];
	table.rows.forEach((r, i) => {
		if (r.population === null) return;
		const date = dateOf?.(r);
		const id = `${date ?? ''}|${r.population}`;
		const other = seen.get(id);
		if (other)
			issues.push({
				kind: 'inconsistent',
				file: table.file,
				line: table.lines?.[i],
				column: 'population',
				value: String(r.population),
				message: `та же численность${date ? ` на ${date}` : ''}, что у ${other}: не скопирована ли строка?`
			});
		else seen.set(id, r.key);
	});
	return issues;
}

interface FundRow {
	key: string;
	year: number;
	indicator: string;
	value_rub: number | null;
}

/**
 * Nested subjects must not be counted twice in funding. Keys must be single subjects (the registry
 * has no "with okrugs" key), and a parent's figure must not already contain its okrugs. The latter
 * is tested by spending per resident: a parent report that included its okrugs would, divided by the
 * parent's own population, exceed the per-resident figure of parent and okrugs together by far
 * (more than `factor`). This catches Tyumen with KhMAO and Yamal; it cannot catch Arkhangelsk with
 * the Nenets AO (4 % of the people), for which the report's issuing body (recorded in the note) is
 * the evidence. Only indicators that grow with the number of residents are tested (spending and the
 * OMS subvention): the digital-contour subsidy is a fixed allocation, and Tyumen's per-resident share
 * of it is legitimately higher than the okrugs'. On the 2019–2021 data the ratio is 0.5–0.7 for
 * Tyumen as published and would be 1.3–1.4 had its report included the okrugs.
 */
export function checkNestedFunding(
	funding: Table<FundRow>,
	population: ReadonlyMap<string, number>,
	{
		nested = NESTED_SUBJECTS,
		factor = 1.2,
		indicators = ['health_consolidated_budget', 'health_consolidated_incl_tfoms', 'ffoms_subvention']
	}: { nested?: typeof NESTED_SUBJECTS; factor?: number; indicators?: readonly string[] } = {}
): Issue[] {
	const issues: Issue[] = [];
	const value = new Map(funding.rows.map((r) => [`${r.key}|${r.year}|${r.indicator}`, r.value_rub]));
	const groups = new Set(
		funding.rows.filter((r) => indicators.includes(r.indicator)).map((r) => `${r.year}|${r.indicator}`)
	);
	for (const { parent, children } of nested) {
		for (const g of groups) {
			const pv = value.get(`${parent}|${g}`);
			const cv = children.map((c) => value.get(`${c}|${g}`));
			const pops = [parent, ...children].map((k) => population.get(k) ?? 0);
			if (pv == null || cv.some((v) => v == null) || pops.some((p) => p <= 0)) continue;
			const together = (pv + cv.reduce<number>((s, v) => s + (v ?? 0), 0)) / pops.reduce((s, p) => s + p, 0);
			const alone = pv / pops[0]!;
			if (alone > together * factor)
				issues.push({
					kind: 'double_count',
					file: funding.file,
					column: 'value_rub',
					value: `${parent} ${g}`,
					message:
						`на жителя ${Math.round(alone)} ₽ против ${Math.round(together)} ₽ вместе с ` +
						`${children.join(', ')}: отчёт субъекта, похоже, включает округа`
				});
		}
	}
	return issues;
}

const NON_ISO: Record<string, string> = {
	CRIMEA: 'disputed_2014',
	SEVASTOPOL: 'disputed_2014',
	DPR: 'annexed_2022',
	LPR: 'annexed_2022',
	ZAPOROZHYE: 'annexed_2022',
	KHERSON: 'annexed_2022'
};

/**
 * The key rule: a subject with an ISO 3166-2:RU code is keyed by it and is `recognised`; the six
 * without one use their fixed key and status (see data/regions/README.md).
 */
export function checkRegionKeys(
	table: Table<{ key: string; iso_3166_2: string | null; status: string }>
): Issue[] {
	const issues: Issue[] = [];
	table.rows.forEach((r, i) => {
		const at = { file: table.file, line: table.lines?.[i] };
		const expected = r.iso_3166_2 ? 'recognised' : NON_ISO[r.key];
		if (r.iso_3166_2 && r.iso_3166_2 !== r.key)
			issues.push({ ...at, kind: 'inconsistent', column: 'key', value: r.key, message: `ключ ≠ код ISO ${r.iso_3166_2}` });
		else if (!expected)
			issues.push({ ...at, kind: 'unknown_region', column: 'key', value: r.key, message: 'ключ без ISO не из списка шести' });
		else if (r.status !== expected)
			issues.push({ ...at, kind: 'inconsistent', column: 'status', value: r.status, message: `ожидался статус ${expected}` });
	});
	return issues;
}

interface RegionFacts {
	population: number | null;
	population_date: string | null;
	population_source_id: string | null;
	population_derived: boolean | null;
	population_formula: string | null;
	area_km2: number | null;
	area_source_id: string | null;
}

/** Each figure in the registry carries its source and date; a derived population carries its formula. */
export function checkRegionRows(table: Table<RegionFacts>): Issue[] {
	const issues: Issue[] = [];
	table.rows.forEach((r, i) => {
		const add = (kind: 'empty_required' | 'inconsistent', column: string, message: string) =>
			issues.push({ kind, file: table.file, line: table.lines?.[i], column, message });
		if (r.population !== null && (!r.population_source_id || !r.population_date))
			add('empty_required', 'population_source_id', 'у численности нет источника или даты');
		if (r.population !== null && r.population_derived === null)
			add('empty_required', 'population_derived', 'не указано, вычислена ли численность');
		if (r.population_derived && !r.population_formula)
			add('inconsistent', 'population_formula', 'у вычисленной численности нет формулы');
		if (r.area_km2 !== null && !r.area_source_id)
			add('empty_required', 'area_source_id', 'у площади нет источника');
	});
	return issues;
}
