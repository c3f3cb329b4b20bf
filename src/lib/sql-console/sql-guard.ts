/**
 * The SQL console's read-only guard. DuckDB-WASM has no read-only connection for an in-memory database,
 * so a statement is checked twice before it runs:
 *
 * 1. `checkStatement` (here, on our tokens; no DuckDB needed), conservative:
 *    - exactly one statement;
 *    - it starts with SELECT, WITH, FROM, VALUES, TABLE, `(`, DESCRIBE, SHOW, SUMMARIZE, PIVOT, UNPIVOT
 *      or EXPLAIN;
 *    - none of the words in `FORBIDDEN_WORDS` appears unquoted anywhere (INSERT, CREATE, COPY, ATTACH,
 *      INSTALL, LOAD, PRAGMA, SET, CALL, …): a column with such a name must be written in double quotes;
 *    - no function that reads files or URLs or runs SQL from a string (`read_csv`, `read_parquet`,
 *      `glob`, `query`, …, anything starting `read_`, `parquet_`, …) and no table function outside
 *      `ALLOWED_TABLE_FUNCTIONS`; the page also passes DuckDB's own list of table functions;
 *    - after FROM/JOIN/DESCRIBE/…: no string (`FROM 'x.csv'` reads a file), no quoted name with `.`,
 *      `/`, `\` or `:` in it, and no dotted name whose first part is not a known catalog or schema
 *      (`FROM data.csv` is also a file read).
 * 2. `checkPlan` (see `sql-plan.ts`) on DuckDB's own `EXPLAIN (FORMAT JSON)` of the statement: no write
 *    operator and no table function outside the allow-list anywhere in the plan.
 *
 * Step 1 runs first because binding a statement for EXPLAIN already opens the files it names.
 */
import { tokenize, SqlTokenError, type Token } from './sql-tokens';

export type StatementKind = 'select' | 'describe' | 'explain';

export type GuardRefusal =
	| 'empty'
	| 'unterminated'
	| 'several_statements'
	| 'not_a_query'
	| 'forbidden_word'
	| 'forbidden_function'
	| 'file_in_from'
	| 'write_in_plan';

export type GuardVerdict =
	| { ok: true; kind: StatementKind; sql: string }
	| { ok: false; reason: GuardRefusal; detail?: string };

const SELECT_STARTS = new Set(['select', 'with', 'from', 'values', 'table', '(']);
const DESCRIBE_STARTS = new Set(['describe', 'desc', 'show', 'summarize', 'pivot', 'unpivot']);

/** Words that only statements which change something (or reach outside) use. */
export const FORBIDDEN_WORDS: ReadonlySet<string> = new Set([
	'insert', 'update', 'delete', 'create', 'drop', 'alter', 'attach', 'detach', 'copy', 'install', 'load',
	'import', 'export', 'pragma', 'set', 'reset', 'call', 'checkpoint', 'vacuum', 'truncate', 'merge',
	'grant', 'revoke', 'use', 'begin', 'commit', 'rollback', 'abort', 'transaction', 'prepare', 'execute',
	'deallocate', 'into'
]);

/** Functions that read files or URLs, run SQL given as text, or change the database's state. */
const FORBIDDEN_FUNCTIONS = new Set([
	'glob', 'query', 'query_table', 'sniff_csv', 'csv_scan', 'checkpoint', 'force_checkpoint',
	'enable_logging', 'disable_logging', 'truncate_duckdb_logs', 'getenv', 'st_read', 'arrow_scan'
]);
const FORBIDDEN_PREFIXES = ['read_', 'parquet_', 'iceberg_', 'delta_', 'sqlite_', 'postgres_', 'mysql_', 'load_'];

/** Table functions a read-only query may use (they read nothing but the database's own catalog). */
export const ALLOWED_TABLE_FUNCTIONS: ReadonlySet<string> = new Set([
	'range', 'generate_series', 'unnest', 'duckdb_tables', 'duckdb_views', 'duckdb_columns', 'duckdb_functions',
	'duckdb_types', 'duckdb_schemas', 'duckdb_databases', 'duckdb_constraints', 'duckdb_indexes',
	'duckdb_keywords', 'duckdb_settings', 'pragma_table_info', 'repeat_row',
	// Also scalar or aggregate functions (`repeat('ab', 3)`, `histogram(x)`): refusing them would refuse those.
	'repeat', 'histogram', 'histogram_values'
]);

/** First parts of a dotted table name that are a catalog or a schema, not a file name. */
const QUALIFIERS = new Set(['main', 'memory', 'temp', 'system', 'information_schema', 'pg_catalog']);

/** Words after which a table reference follows. */
const TABLE_INTRODUCERS = new Set(['from', 'join', 'describe', 'desc', 'summarize', 'table', 'pivot', 'unpivot', 'show']);
/** Words that end a FROM list (so a comma after them no longer introduces a table). */
const CLAUSE_WORDS = new Set([
	'select', 'where', 'group', 'having', 'qualify', 'order', 'limit', 'offset', 'window', 'on', 'using',
	'union', 'except', 'intersect', 'returning', 'values'
]);

export function isForbiddenFunction(name: string, tableFunctions: ReadonlySet<string> = new Set()): boolean {
	const n = name.toLowerCase();
	if (ALLOWED_TABLE_FUNCTIONS.has(n)) return false;
	return FORBIDDEN_FUNCTIONS.has(n) || FORBIDDEN_PREFIXES.some((p) => n.startsWith(p)) || tableFunctions.has(n);
}

const refuse = (reason: GuardRefusal, detail?: string): GuardVerdict => ({ ok: false, reason, detail });

/** Check a table reference starting at `tokens[i]`; returns a refusal or null. */
function checkTableRef(tokens: readonly Token[], i: number): GuardVerdict | null {
	let t = tokens[i];
	if (t?.type === 'word' && t.value === 'lateral') t = tokens[++i];
	if (!t) return null;
	if (t.type === 'string') return refuse('file_in_from', t.value);
	if (t.type !== 'word' && t.type !== 'quoted') return null;
	const parts: Token[] = [t];
	let j = i + 1;
	while (tokens[j]?.value === '.' && (tokens[j + 1]?.type === 'word' || tokens[j + 1]?.type === 'quoted')) {
		parts.push(tokens[j + 1] as Token);
		j += 2;
	}
	const last = parts[parts.length - 1] as Token;
	if (tokens[j]?.value === '(' && tokens[j]?.type === 'punct') {
		const name = last.value.toLowerCase();
		return ALLOWED_TABLE_FUNCTIONS.has(name) ? null : refuse('forbidden_function', name);
	}
	if (parts.some((p) => p.type === 'quoted' && /[./\\:]/.test(p.value))) return refuse('file_in_from', parts.map((p) => p.value).join('.'));
	if (parts.length > 1 && !QUALIFIERS.has((parts[0] as Token).value.toLowerCase()))
		return refuse('file_in_from', parts.map((p) => p.value).join('.'));
	return null;
}

/**
 * Step 1 of the guard (see the module doc). `tableFunctions` is DuckDB's list of table-function names
 * (lower case), when the caller has it.
 *
 * @example checkStatement('SELECT * FROM regions;') → { ok: true, kind: 'select', sql: 'SELECT * FROM regions' }
 * @example checkStatement("COPY regions TO 'x.csv'") → { ok: false, reason: 'not_a_query', detail: 'copy' }
 */
export function checkStatement(sql: string, tableFunctions: ReadonlySet<string> = new Set()): GuardVerdict {
	let tokens: Token[];
	try {
		tokens = tokenize(sql);
	} catch (error) {
		if (error instanceof SqlTokenError) return refuse('unterminated', error.what);
		throw error;
	}
	let end = sql.length;
	while (tokens.length && tokens[tokens.length - 1]?.value === ';' && tokens[tokens.length - 1]?.type === 'punct')
		end = (tokens.pop() as Token).at;
	const first = tokens[0];
	if (!first) return refuse('empty');
	if (tokens.some((t) => t.type === 'punct' && t.value === ';')) return refuse('several_statements');
	const start = first.value;
	let kind: StatementKind;
	if (SELECT_STARTS.has(start)) kind = 'select';
	else if (DESCRIBE_STARTS.has(start)) kind = 'describe';
	else if (start === 'explain') kind = 'explain';
	else return refuse('not_a_query', start);

	const context: string[] = [''];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (t.type === 'punct') {
			if (t.value === '(') context.push('');
			else if (t.value === ')' && context.length > 1) context.pop();
			else if (t.value === ',' && context[context.length - 1] === 'from') {
				const verdict = checkTableRef(tokens, i + 1);
				if (verdict) return verdict;
			}
			continue;
		}
		const next = tokens[i + 1];
		const isCall = next?.type === 'punct' && next.value === '(';
		if ((t.type === 'word' || t.type === 'quoted') && isCall && isForbiddenFunction(t.value, tableFunctions))
			return refuse('forbidden_function', t.value.toLowerCase());
		if (t.type !== 'word') continue;
		if (FORBIDDEN_WORDS.has(t.value)) return refuse('forbidden_word', t.value);
		if (TABLE_INTRODUCERS.has(t.value)) {
			context[context.length - 1] = t.value === 'join' || t.value === 'from' ? 'from' : '';
			const verdict = checkTableRef(tokens, i + 1);
			if (verdict) return verdict;
		} else if (CLAUSE_WORDS.has(t.value)) context[context.length - 1] = t.value;
	}
	// Trailing semicolons dropped; a trailing comment may stay (wrappers put a line break after it).
	return { ok: true, kind, sql: sql.slice(0, end).trim() };
}
