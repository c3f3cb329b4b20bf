/**
 * Run every schema and cross-file check over the shipped datasets. Used by `scripts/check-data.ts`
 * and by tests (which pass in-memory texts).
 */
import {
	checkEmptyExplained,
	checkPeriods,
	checkReferences,
	checkShares,
	checkUnique,
	checkUsageRows,
	type Table
} from './checks';
import {
	checkDuplicatePopulations,
	checkNestedFunding,
	checkPopulationTotal,
	checkRegionKeys,
	checkRegionRows,
	ROSSTAT_TOTAL_2025,
	type PopulationReport
} from './checks-regions';
import {
	checkPopulationAgainstRegistry,
	checkPopulationCopies,
	checkNestedPopulation,
	checkPopulationDates,
	checkPopulationTotals,
	POPULATION_TOTALS,
	type DateTotalReport
} from './checks-population';
import { checkEvidence } from '../../evidence/checks-evidence';
import type { Columns, DatasetSpec, RowOf } from '../../data/columns';
import type { Issue } from '../../data/issues';
import {
	aliases,
	dataChanges,
	datasets,
	emrAccess,
	federalDistricts,
	funding,
	fundingNotes,
	internet as internetSpec,
	population as populationSpec,
	regions,
	sources,
	usage
} from '../../data/schemas/index';
import { NATIONAL_KEY } from '../../data/schemas/emr-access';
import { parseCsv } from '../../data/validate';

export interface CheckReport {
	issues: Issue[];
	rowCounts: Record<string, number>;
	population: PopulationReport;
	/** The yearly population table: per date, the sum of the subjects against Rosstat's national total. */
	populationByDate: DateTotalReport[];
	/** Subjects with at least one row, per dataset. */
	coverage: Record<string, number>;
	regionCount: number;
}

/** Today as `YYYY-MM-DD` (UTC), the limit no observation may pass. */
export function todayIso(): string {
	return new Date().toISOString().slice(0, 10);
}

/**
 * `readText(file)` returns the text of `data/<file>`; `today` bounds observation dates (tests pass a
 * fixed one).
 */
export function checkAll(readText: (file: string) => string, today: string = todayIso()): CheckReport {
	const issues: Issue[] = [];
	const rowCounts: Record<string, number> = {};
	function load<C extends Columns>(spec: DatasetSpec<C>): Table<RowOf<C>> {
		const parsed = parseCsv(readText(spec.file), spec);
		issues.push(...parsed.issues);
		rowCounts[spec.file] = parsed.rows.length;
		return { file: spec.file, rows: parsed.rows, lines: parsed.lines };
	}
	const src = load(sources);
	const fd = load(federalDistricts);
	const reg = load(regions);
	const pop = load(populationSpec);
	const ali = load(aliases);
	const acc = load(emrAccess);
	const use = load(usage);
	const fun = load(funding);
	const notes = load(fundingNotes);
	const net = load(internetSpec);
	const changes = load(dataChanges);

	const sourceIds = new Set(src.rows.map((r) => r.id));
	const regionKeys = new Set(reg.rows.map((r) => r.key));
	const withNational = new Set([...regionKeys, NATIONAL_KEY]);
	const fdKeys = new Set(fd.rows.map((r) => r.key));

	issues.push(
		...checkRegionKeys(reg),
		...['iso_3166_2', 'subject_code', 'oktmo', 'abbr_ru', 'abbr_en', 'name_ru'].flatMap((c) =>
			checkUnique(reg, c as 'key')
		),
		...checkReferences(reg, 'federal_district', fdKeys, 'unknown_value'),
		...(['population_source_id', 'area_source_id', 'codes_source_id'] as const).flatMap((c) =>
			checkReferences(reg, c, sourceIds, 'missing_source')
		),
		...checkDuplicatePopulations(reg),
		...checkReferences(pop, 'key', regionKeys, 'unknown_region'),
		...checkReferences(pop, 'source_id', sourceIds, 'missing_source'),
		...checkPopulationDates(pop),
		...checkPopulationCopies(pop),
		...checkPopulationAgainstRegistry(pop, reg.rows),
		...checkNestedPopulation(pop),
		...checkReferences(net, 'key', regionKeys, 'unknown_region'),
		...checkReferences(net, 'source_id', sourceIds, 'missing_source'),
		...checkEmptyExplained(net, 'value_percent'),
		...checkReferences(ali, 'key', regionKeys, 'unknown_region'),
		...checkReferences(acc, 'key', withNational, 'unknown_region'),
		...checkReferences(acc, 'source_id', sourceIds, 'missing_source'),
		...checkEvidence(acc, src.rows, today),
		...checkReferences(use, 'key', withNational, 'unknown_region'),
		...checkReferences(use, 'source_id', sourceIds, 'missing_source'),
		...checkShares(use),
		...checkPeriods(use, 'period_start', 'period_end'),
		...checkUsageRows(use),
		...checkReferences(fun, 'key', regionKeys, 'unknown_region'),
		...checkReferences(fun, 'source_id', sourceIds, 'missing_source'),
		...checkReferences(notes, 'key', withNational, 'unknown_region'),
		...checkReferences(notes, 'source_id', sourceIds, 'missing_source'),
		...checkShares(notes),
		...checkPeriods(notes, 'period_start', 'period_end'),
		...checkReferences(changes, 'key', withNational, 'unknown_region'),
		...checkReferences(changes, 'file', new Set(datasets.map((d) => d.file)), 'unknown_value')
	);
	issues.push(...checkRegionRows(reg), ...checkEmptyExplained(fun, 'value_rub'));
	const pop2025 = new Map(
		reg.rows.filter((r) => r.population !== null).map((r) => [r.key, r.population!])
	);
	issues.push(...checkNestedFunding(fun, pop2025));
	const population = checkPopulationTotal(reg);
	issues.push(...population.issues);
	const byDate = checkPopulationTotals(pop, reg.rows);
	issues.push(...byDate.issues);

	for (const id of [...ROSSTAT_TOTAL_2025.sourceIds, ...POPULATION_TOTALS.flatMap((t) => t.sourceIds)])
		if (!sourceIds.has(id))
			issues.push({
				kind: 'missing_source',
				file: src.file,
				value: id,
				message: 'источник итога населения, на который ссылается проверка, не найден'
			});
	const used = new Set<string>([
		...[...acc.rows, ...use.rows, ...fun.rows, ...notes.rows, ...pop.rows, ...net.rows].map((r) => r.source_id),
		...ROSSTAT_TOTAL_2025.sourceIds,
		...POPULATION_TOTALS.flatMap((t) => t.sourceIds)
	]);
	for (const r of reg.rows)
		for (const s of [r.population_source_id, r.area_source_id, r.codes_source_id]) if (s) used.add(s);
	src.rows.forEach((s, i) => {
		if (!used.has(s.id))
			issues.push({
				kind: 'unused_source',
				severity: 'warning',
				file: src.file,
				line: src.lines?.[i],
				column: 'id',
				value: s.id,
				message: 'источник упомянут только в README'
			});
	});

	const cover = (rows: readonly { key: string }[]) =>
		new Set(rows.map((r) => r.key).filter((k) => regionKeys.has(k))).size;
	return {
		issues,
		rowCounts,
		population,
		populationByDate: byDate.reports,
		coverage: {
			'emr/access.csv': cover(acc.rows),
			'emr/usage.csv': cover(use.rows),
			'funding/funding.csv': cover(fun.rows.filter((r) => r.value_rub !== null)),
			'regions/regions.csv (population)': reg.rows.filter((r) => r.population !== null).length,
			...Object.fromEntries(
				[...new Set(pop.rows.map((r) => r.date))]
					.sort()
					.map((d) => [`regions/population.csv (${d})`, cover(pop.rows.filter((r) => r.date === d))])
			),
			...Object.fromEntries(
				[...new Set(net.rows.map((r) => r.year))]
					.sort()
					.map((y) => [
						`rosstat/internet.csv (internet_use ${y})`,
						cover(net.rows.filter((r) => r.year === y && r.indicator === 'internet_use' && r.value_percent !== null))
					])
			),
			'regions/aliases.csv': cover(ali.rows)
		},
		regionCount: reg.rows.length
	};
}
