/**
 * Row-level problems of a staged import. Numbers and duplicates are counted with SQL over the stage table
 * (one pass: a cell that is not a number is NaN there, see `staging-sql.ts`); region cells that found no
 * region come from the distinct cells already matched. Each problem names the line, the column, the
 * value, what is wrong and — through its kind — how to fix it (messages `import.problem.<kind>` /
 * `import.fix.<kind>`).
 *
 * Errors block the import; warnings are shown and the rows concerned stay out of the metric.
 */
import type { Engine } from '../data/engine';
import { ident } from '../queries/sql';
import { importTables, type ImportRecipe, type ResolutionKind } from './recipe';
import { rawColumn } from './staging-sql';

export type ProblemKind =
	| 'not_a_number'
	| 'not_a_number_outside'
	| 'duplicate_region'
	| 'combined_rows'
	| 'unmatched_region'
	| 'ambiguous_region'
	| 'short_row'
	| 'no_regions';

export interface ImportProblem {
	kind: ProblemKind;
	severity: 'error' | 'warning';
	/** 1-based line in the file, where one line is concerned. */
	line?: number;
	column?: string;
	value?: string;
	/** How many cells, rows or regions share this problem. */
	count?: number;
	/** Region key concerned (duplicates). */
	key?: string;
}

export interface LineMap {
	/** 0-based physical line of the first record. */
	firstDataLine: number;
	/** 0-based physical lines that are empty (DuckDB skips them, so records shift past them), sorted. */
	blankLines: readonly number[];
	/**
	 * From the whole-file scan (`shape-scan.ts`): `[record, line]` for every record that does not start on the
	 * line after the previous one (multi-line cells, empty lines). When given, `blankLines` is not needed.
	 */
	jumps?: readonly (readonly [number, number])[];
	/** Records with fewer fields than the table (padded with empty cells), to report. */
	short?: readonly { record: number; line: number; fields: number }[];
	shortCount?: number;
	/** Columns of the table (for the short-row message). */
	columns?: number;
}

/** 1-based file line of 0-based record `record`. */
export function lineOfRecord(record: number, { firstDataLine, blankLines, jumps }: LineMap): number {
	if (jumps) {
		// The last jump at or before `record` (binary search); records after it follow line by line.
		let lo = 0;
		let hi = jumps.length - 1;
		let at = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if ((jumps[mid] as readonly [number, number])[0] <= record) {
				at = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		if (at < 0) return firstDataLine + record + 1;
		const [r, line] = jumps[at] as readonly [number, number];
		return line + (record - r) + 1;
	}
	let line = firstDataLine + record;
	for (const b of blankLines) {
		if (b < firstDataLine) continue;
		if (b <= line) line++;
		else break;
	}
	return line + 1;
}

export interface ImportSummary {
	/** Records by kind of region cell (`region`, `total`, `district`, `skip`, `empty`, `unknown`, …). */
	byKind: Record<string, number>;
	/** Records read (every record after the header). */
	records: number;
	/** Records that give a region a value in the first value column. */
	used: number;
	/** Distinct regions that get a value in the first value column. */
	regions: number;
	/** Value cells that are neither missing nor a number (NaN in the stage table until the commit). */
	notNumbers: number;
}

/** A region cell after matching and the user's fixes (trimmed value, its rows, what it became). */
export interface ResolvedCell {
	value: string;
	rows: number;
	firstRecord: number;
	kind: ResolutionKind;
	/** The region (or district) key it was resolved to. */
	key: string | null;
}

const EXAMPLES_PER_COLUMN = 20;

async function badNumberExamples(
	engine: Engine,
	recipe: ImportRecipe,
	index: number,
	lines: LineMap
): Promise<ImportProblem[]> {
	const t = importTables(recipe.id);
	const name = ident(recipe.columns[index] as string);
	const bad = await engine.run(
		`SELECT record_no, region_kind = 'region' AS in_region FROM ${ident(t.stage)} WHERE isnan(${name}) ` +
			`ORDER BY in_region DESC, record_no LIMIT ${EXAMPLES_PER_COLUMN}`
	);
	const records = bad.toArray().map((r) => ({ record: Number(r.record_no) - 1, inRegion: Boolean(r.in_region) }));
	if (records.length === 0) return [];
	const cells = await engine.run(
		`SELECT rowid AS record, ${rawColumn(index)} AS value FROM ${ident(t.raw)} WHERE rowid IN (${records.map(() => '?').join(', ')})`,
		records.map((r) => r.record)
	);
	const text = new Map(cells.toArray().map((r) => [Number(r.record), String(r.value)]));
	return records.map(({ record, inRegion }) => ({
		kind: inRegion ? 'not_a_number' : 'not_a_number_outside',
		severity: inRegion ? 'error' : 'warning',
		line: lineOfRecord(record, lines),
		column: recipe.columns[index],
		value: text.get(record) ?? ''
	}));
}

const AGGREGATE_SQL = { none: 'max', sum: 'sum', mean: 'avg', min: 'min', max: 'max' } as const;

/**
 * One pass over the stage table, grouped by kind of row and region key: rows, first record, not-a-number
 * cells per value column, and the first value column's metric per region (as its view will compute it),
 * with the region's names. Everything the report needs comes from these few dozen rows.
 */
export function stageSummarySql(recipe: ImportRecipe): string {
	const t = importTables(recipe.id);
	const cols = recipe.values.map((v) => ident(recipe.columns[v.index] as string));
	const first = cols[0] as string;
	const bad = cols.map((c, i) => `count(*) FILTER (WHERE isnan(${c}))::INTEGER AS bad${i}`).join(', ');
	const ok = `${first} IS NOT NULL AND NOT isnan(${first})`;
	return (
		`WITH g AS (SELECT region_kind AS kind, key, count(*)::INTEGER AS n, min(record_no)::INTEGER AS first, ${bad}, ` +
		`CAST(${AGGREGATE_SQL[recipe.aggregate]}(${first}) FILTER (WHERE ${ok}) AS DOUBLE) AS value, ` +
		`count(*) FILTER (WHERE ${ok})::INTEGER AS with_value FROM ${ident(t.stage)} GROUP BY ALL) ` +
		`SELECT g.*, r.name_ru, r.name_en FROM g LEFT JOIN regions r ON r.key = g.key`
	);
}

/**
 * Every problem of the staged import `recipe` (its raw and stage tables must exist), the counts, and what
 * the first value column gives per region (sorted by name).
 */
export async function findProblems(
	engine: Engine,
	recipe: ImportRecipe,
	lines: LineMap,
	cells: readonly ResolvedCell[]
): Promise<{ problems: ImportProblem[]; summary: ImportSummary; preview: MetricPreviewRow[] }> {
	const problems: ImportProblem[] = [];
	const regionColumn = recipe.columns[recipe.regionColumn];
	const groups = (await engine.run(stageSummarySql(recipe))).toArray();

	const byKind: Record<string, number> = {};
	const bad = recipe.values.map(() => 0);
	for (const g of groups) {
		byKind[String(g.kind)] = (byKind[String(g.kind)] ?? 0) + Number(g.n);
		recipe.values.forEach((_, i) => (bad[i] = (bad[i] as number) + Number(g[`bad${i}`])));
	}
	for (const [i, v] of recipe.values.entries()) {
		if (!bad[i]) continue;
		const examples = await badNumberExamples(engine, recipe, v.index, lines);
		problems.push(...examples.map((p) => ({ ...p, count: bad[i] })));
	}

	for (const cell of cells) {
		if (cell.kind !== 'unknown' && cell.kind !== 'ambiguous') continue;
		problems.push({
			kind: cell.kind === 'unknown' ? 'unmatched_region' : 'ambiguous_region',
			severity: 'warning',
			line: lineOfRecord(cell.firstRecord, lines),
			column: regionColumn,
			value: cell.value,
			count: cell.rows
		});
	}

	for (const r of (lines.short ?? []).slice(0, EXAMPLES_PER_COLUMN))
		problems.push({ kind: 'short_row', severity: 'warning', line: r.line, value: String(r.fields), count: lines.shortCount ?? lines.short?.length, key: String(lines.columns ?? '') });

	const regionGroups = groups.filter((g) => String(g.kind) === 'region');
	const repeated = regionGroups.filter((g) => Number(g.n) > 1).sort((a, b) => Number(a.first) - Number(b.first));
	if (recipe.aggregate === 'none') {
		for (const g of repeated)
			problems.push({
				kind: 'duplicate_region',
				severity: 'error',
				key: String(g.key),
				line: lineOfRecord(Number(g.first) - 1, lines),
				column: regionColumn,
				value: cells.filter((c) => c.kind === 'region' && c.key === String(g.key)).map((c) => c.value).join(' / '),
				count: Number(g.n)
			});
	} else if (repeated.length) problems.push({ kind: 'combined_rows', severity: 'warning', count: repeated.length });

	const preview = regionGroups
		.filter((g) => Number(g.with_value) > 0)
		.map((g) => ({ key: String(g.key), name_ru: String(g.name_ru ?? g.key), name_en: String(g.name_en ?? g.key), value: Number(g.value) }))
		.sort((a, b) => a.name_ru.localeCompare(b.name_ru, 'ru'));
	if (preview.length === 0) problems.push({ kind: 'no_regions', severity: 'error' });
	const records = Object.values(byKind).reduce((a, b) => a + b, 0);
	const notNumbers = bad.reduce((a, b) => a + b, 0);
	const used = regionGroups.reduce((a, g) => a + Number(g.with_value), 0);
	return { problems, summary: { byKind, records, used, regions: preview.length, notNumbers }, preview };
}

/** True if any problem blocks the import. */
export function hasBlockingProblems(problems: readonly ImportProblem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}

export interface MetricPreviewRow {
	key: string;
	name_ru: string;
	name_en: string;
	value: number;
}

/** Why a record is not used, for the downloadable list of skipped rows. */
export type SkipReason = ResolutionKind | 'no_value';

/**
 * Every record the first value column does not use, with its line, the reason (a total, a district, a cell the
 * user left out, an empty or unmatched or ambiguous region, or no value) and its region cell, in file order.
 * At most `limit` rows.
 */
export async function skippedRows(
	engine: Engine,
	recipe: ImportRecipe,
	lines: LineMap,
	limit = 100_000
): Promise<{ line: number; reason: SkipReason; region: string; value: string }[]> {
	const t = importTables(recipe.id);
	const first = recipe.values[0];
	if (!first) return [];
	const name = ident(recipe.columns[first.index] as string);
	const region = ident(recipe.columns[recipe.regionColumn] as string);
	const table = await engine.run(
		`SELECT s.record_no, s.region_kind, s.${region} AS region, r.${rawColumn(first.index)} AS raw FROM ${ident(t.stage)} s ` +
			`JOIN ${ident(t.raw)} r ON r.rowid = s.record_no - 1 ` +
			`WHERE s.region_kind <> 'region' OR s.${name} IS NULL OR isnan(s.${name}) ORDER BY s.record_no LIMIT ${Math.floor(limit)}`
	);
	return table.toArray().map((row) => ({
		line: lineOfRecord(Number(row.record_no) - 1, lines),
		reason: String(row.region_kind) === 'region' ? 'no_value' : (String(row.region_kind) as ResolutionKind),
		region: row.region === null ? '' : String(row.region),
		value: row.raw === null ? '' : String(row.raw)
	}));
}
