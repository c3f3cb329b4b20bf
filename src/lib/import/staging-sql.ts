/**
 * The SQL of the bulk path, as pure builders (tested against the real engine in `test/unit/import`).
 * Each pass over a 100 MB table costs about a second in DuckDB-WASM, so the whole path makes three:
 *
 * 1. `readRawSql`: DuckDB's CSV reader on the registered UTF-8 text, every column as VARCHAR under a
 *    neutral name (`c1`, `c2`, …), nothing sniffed: delimiter, quote, header and title lines are given.
 *    `strict_mode` stays on, so a row with too many fields or a broken quote fails the whole load
 *    instead of being cut (duckdb#14117); `null_padding` lets a short row through with empty cells, only
 *    when the worker's scan found and listed such rows (`read.padShort`).
 * 2. A GROUP BY of the region column (see `staging.ts`); the distinct cells are matched in JavaScript.
 * 3. `stageSelectSql`: the imported table built from the raw one in one pass: the region cell joined to its
 *    resolution, missing markers → NULL, value columns parsed by the rules of `numbers.ts` — and a cell
 *    that is neither missing nor a number becomes NaN, so the problems are counted from the stage table
 *    without reading the raw one again (NaN is turned into NULL inside the commit transaction).
 *
 * `metricViewSql` is the `(key, value)` view of one value column. Identifiers go through `ident()`;
 * delimiter and separators come from fixed lists; user text (markers) is bound as parameters.
 */
import { ident, stringLiteral } from '../queries/sql';
import type { SqlParam } from '../data/engine';
import { markerKey } from './markers';
import { numberSql, numberValidSql, trimSql } from './numbers';
import { importTables, SYSTEM_COLUMNS, type Aggregate, type ImportRecipe, type ReadSettings } from './recipe';

/** `c1`, `c2`, … : the raw table's column for file column `index` (0-based). */
export function rawColumn(index: number): string {
	return `c${index + 1}`;
}

/** `SELECT * FROM read_csv(…)` over the registered file, every column text. */
export function readRawSql(file: string, read: ReadSettings): string {
	const columns = Array.from({ length: read.columnCount }, (_, i) => `'${rawColumn(i)}': 'VARCHAR'`).join(', ');
	// DuckDB's parallel reader cannot pad short rows when a quoted cell holds a line break (duckdb#14117's
	// sibling check): padding is asked for only when the check found short rows, and then in one thread.
	const pad = read.padShort ?? true;
	return (
		`SELECT * FROM read_csv(${stringLiteral(file)}, auto_detect = false, header = ${read.hasHeader}, ` +
		`skip = ${read.headerLine}, delim = ${stringLiteral(read.delimiter)}, quote = '"', escape = '"', ` +
		`null_padding = ${pad}, ${pad ? 'parallel = false, ' : ''}strict_mode = true, columns = {${columns}})`
	);
}

/** A boolean SQL expression: the text expression `cell` is empty or one of the markers (bound). */
export function missingSql(cell: string, markers: readonly string[]): { sql: string; params: SqlParam[] } {
	const keys = [...new Set(markers.map(markerKey).filter(Boolean))];
	const trimmed = trimSql(cell);
	if (keys.length === 0) return { sql: `(${cell} IS NULL OR ${trimmed} = '')`, params: [] };
	return {
		sql: `(${cell} IS NULL OR ${trimmed} = '' OR lower(${trimmed}) IN (${keys.map(() => '?').join(', ')}))`,
		params: keys
	};
}

/**
 * A value cell as DOUBLE: NULL if missing, the number if valid, NaN if neither (a problem to report).
 *
 * Most cells are plain numbers (`1234`, `45.6`, or `45,6` with a decimal comma): DuckDB's own cast reads
 * those, ten times faster than the full rules, and only the cells it cannot read (spaces between digit
 * groups, markers, junk) go through them (COALESCE evaluates its second argument only for those rows).
 * The cast is not trusted beyond plain numbers: no `_` (it reads `1_000`), no `.` when the decimal mark is
 * a comma, and only finite results (it reads `nan` and `inf`). A test checks both paths agree with
 * `parseLocaleNumber`.
 */
export function valueSql(cell: string, parse: ImportRecipe['parse']): { sql: string; params: SqlParam[] } {
	const missing = missingSql(cell, parse.markers);
	const plain = parse.decimal === ',' ? `replace(${cell}, ',', '.')` : cell;
	const noSurprise = parse.decimal === ',' ? `NOT contains(${cell}, '_') AND NOT contains(${cell}, '.')` : `NOT contains(${cell}, '_')`;
	const fast = `CASE WHEN ${noSurprise} AND isfinite(TRY_CAST(${plain} AS DOUBLE)) THEN TRY_CAST(${plain} AS DOUBLE) END`;
	const full = `CASE WHEN ${missing.sql} THEN NULL WHEN ${numberValidSql(cell, parse)} THEN ${numberSql(cell, parse)} ELSE 'NaN'::DOUBLE END`;
	return { sql: `CASE WHEN ${cell} IS NULL THEN NULL ELSE coalesce(${fast}, ${full}) END`, params: missing.params };
}

/** The imported table's SELECT over `raw` (alias `r`) joined to the resolution map (alias `m`). */
export function stageSelectSql(recipe: ImportRecipe): { sql: string; params: SqlParam[] } {
	const t = importTables(recipe.id);
	const params: SqlParam[] = [];
	const values = new Set(recipe.values.map((v) => v.index));
	const cols = recipe.columns.map((name, i) => {
		const cell = `r.${rawColumn(i)}`;
		if (!values.has(i)) return `${cell} AS ${ident(name)}`;
		const value = valueSql(cell, recipe.parse);
		params.push(...value.params);
		return `${value.sql} AS ${ident(name)}`;
	});
	const region = `r.${rawColumn(recipe.regionColumn)}`;
	const anyCell = recipe.columns.map((_, i) => `r.${rawColumn(i)} IS NOT NULL`).join(' OR ');
	const [recordNo, kind, key] = SYSTEM_COLUMNS;
	const sql =
		`SELECT CAST(r.rowid + 1 AS INTEGER) AS ${recordNo}, ` +
		`coalesce(m.kind, CASE WHEN ${region} IS NULL THEN 'empty' ELSE 'unknown' END) AS ${kind}, ` +
		`CASE WHEN m.kind = 'region' THEN m.key END AS ${key}, ${cols.join(', ')} ` +
		`FROM ${ident(t.raw)} r LEFT JOIN ${ident(t.map)} m ON m.value = ${region} ` +
		// No ORDER BY: sorting 100 MB costs seconds, and the scan already keeps file order (`record_no` says it).
		`WHERE ${anyCell}`;
	return { sql, params };
}

const AGGREGATE_SQL: Record<Aggregate, string> = {
	// Without aggregation every region has at most one row (checked before commit); max() just picks it.
	none: 'max',
	sum: 'sum',
	mean: 'avg',
	min: 'min',
	max: 'max'
};

/**
 * The body of view `n` (1-based value column): `(key, value)`, one row per region with a value. NaN (a
 * cell that was not a number, only present before commit) is left out.
 */
export function metricViewSql(recipe: ImportRecipe, n: number, table = importTables(recipe.id).table): string {
	const column = recipe.values[n - 1];
	if (!column) throw new Error(`metricViewSql(): the import has no value column ${n}`);
	const name = ident(recipe.columns[column.index] as string);
	return (
		`SELECT key, CAST(${AGGREGATE_SQL[recipe.aggregate]}(${name}) AS DOUBLE) AS value FROM ${ident(table)} ` +
		`WHERE region_kind = 'region' AND ${name} IS NOT NULL AND NOT isnan(${name}) GROUP BY key`
	);
}
