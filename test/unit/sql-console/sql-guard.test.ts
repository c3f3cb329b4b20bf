import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/data/engine';
import { checkStatement, type GuardRefusal } from '../../../src/lib/sql-console/sql-guard';
import { checkPlan, explainSql } from '../../../src/lib/sql-console/sql-plan';
import { tokenize } from '../../../src/lib/sql-console/sql-tokens';
import { tableFunctionsQuery } from '../../../src/lib/sql-console/sql-console';
import { engineWithRegistry } from '../import/staged-import';

const ALLOWED: [string, string][] = [
	['a plain select', 'SELECT * FROM regions'],
	['a trailing semicolon', 'SELECT 1;'],
	['a join with the registry', 'SELECT r.name_ru, i.value FROM imp_x__1 i JOIN regions r USING (key) ORDER BY 2 DESC'],
	['a CTE', 'WITH t AS (SELECT key FROM regions) SELECT count(*) FROM t'],
	['FROM first', 'FROM regions SELECT key LIMIT 3'],
	['values', 'VALUES (1, 2)'],
	['describe', 'DESCRIBE regions'],
	['show tables', 'SHOW TABLES'],
	['summarize', 'SUMMARIZE regions'],
	['explain', 'EXPLAIN SELECT * FROM regions'],
	['a keyword inside a string', "SELECT 'DROP TABLE regions; COPY x TO ''y''' AS text"],
	['a keyword inside a comment', 'SELECT 1 -- then DELETE everything\n'],
	['a keyword inside a block comment', 'SELECT /* INSERT /* nested */ INTO */ 1'],
	['a quoted column named like a keyword', 'SELECT "set", "load" FROM imp_x'],
	['a column name with dots and a URL compared as text', `SELECT "Доля, %", "тыс. руб." FROM imp_x WHERE link LIKE 'https://%'`],
	['replace() the string function', "SELECT replace(name_ru, 'а', 'б') FROM regions"],
	['range() and generate_series()', 'SELECT * FROM range(3), generate_series(1, 2)'],
	['a schema-qualified table', 'SELECT * FROM main.regions'],
	['the catalog', 'SELECT table_name FROM duckdb_tables()'],
	['subqueries in FROM with commas', 'SELECT * FROM (SELECT 1) a, (SELECT 2) b']
];

const REFUSED: [string, string, GuardRefusal][] = [
	['reading a URL', "SELECT * FROM read_csv('http://127.0.0.2/x.csv')", 'forbidden_function'],
	['reading a file by name', "SELECT * FROM 'data.csv'", 'file_in_from'],
	['reading a URL by name', `SELECT * FROM "http://127.0.0.2/x.csv"`, 'file_in_from'],
	['a dotted file name', 'SELECT * FROM data.csv', 'file_in_from'],
	['a file after a comma', "SELECT * FROM regions, 'x.parquet'", 'file_in_from'],
	['a file in a subquery', "SELECT * FROM regions WHERE key IN (FROM 'x.csv')", 'file_in_from'],
	['a file in a join', "SELECT * FROM regions JOIN 'x.csv' USING (key)", 'file_in_from'],
	['describe a file', "DESCRIBE 'x.csv'", 'file_in_from'],
	['read_parquet', "SELECT * FROM read_parquet('x.parquet')", 'forbidden_function'],
	['read_csv_auto in a scalar subquery', "SELECT (SELECT count(*) FROM read_csv_auto('x'))", 'forbidden_function'],
	['read_text', "SELECT * FROM read_text('/etc/passwd')", 'forbidden_function'],
	['glob', "SELECT * FROM glob('*')", 'forbidden_function'],
	['query() runs SQL from a string', "SELECT * FROM query('SELECT 1')", 'forbidden_function'],
	['sniff_csv', "SELECT * FROM sniff_csv('x.csv')", 'forbidden_function'],
	['a table function not on the allow-list', 'SELECT * FROM test_all_types()', 'forbidden_function'],
	['COPY', "COPY regions TO 'out.csv'", 'not_a_query'],
	['ATTACH', "ATTACH 'x.db' AS x", 'not_a_query'],
	['INSTALL', 'INSTALL httpfs', 'not_a_query'],
	['LOAD', 'LOAD httpfs', 'not_a_query'],
	['CREATE', 'CREATE TABLE t AS SELECT 1', 'not_a_query'],
	['INSERT', "INSERT INTO regions (key) VALUES ('x')", 'not_a_query'],
	['UPDATE', "UPDATE regions SET name_ru = 'x'", 'not_a_query'],
	['DELETE', 'DELETE FROM regions', 'not_a_query'],
	['DROP', 'DROP TABLE regions', 'not_a_query'],
	['PRAGMA', 'PRAGMA version', 'not_a_query'],
	['SET', 'SET threads = 1', 'not_a_query'],
	['CALL', 'CALL checkpoint()', 'not_a_query'],
	['EXPORT', "EXPORT DATABASE 'x'", 'not_a_query'],
	['two statements', 'SELECT 1; DROP TABLE regions', 'several_statements'],
	['two harmless statements', 'SELECT 1; SELECT 2', 'several_statements'],
	['EXPLAIN of a write', 'EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1', 'forbidden_word'],
	['a write word inside a select', 'SELECT * FROM regions WHERE 1 = 1 INTO x', 'forbidden_word'],
	['an unterminated string', "SELECT 'abc", 'unterminated'],
	['an unterminated comment', 'SELECT 1 /* …', 'unterminated'],
	['nothing', '  -- only a comment\n', 'empty']
];

describe('checkStatement: allowed', () => {
	it.each(ALLOWED)('%s', (_, sql) => {
		expect(checkStatement(sql)).toMatchObject({ ok: true });
	});

	it('drops trailing semicolons but keeps the statement intact', () => {
		expect(checkStatement("SELECT ';' AS s ;; ")).toEqual({ ok: true, kind: 'select', sql: "SELECT ';' AS s" });
	});
});

describe('checkStatement: refused', () => {
	it.each(REFUSED)('%s: %s', (_, sql, reason) => {
		expect(checkStatement(sql)).toMatchObject({ ok: false, reason });
	});

	it('with DuckDB’s real list of table functions, still allows scalar and aggregate namesakes', async () => {
		const engine = await engineWithRegistry();
		const table = await engine.run(tableFunctionsQuery().sql);
		const fns = new Set(table.toArray().map((r) => String(r.name)));
		expect(fns.has('read_csv')).toBe(true);
		for (const [, sql] of ALLOWED) expect(checkStatement(sql, fns), sql).toMatchObject({ ok: true });
		expect(checkStatement("SELECT repeat('ab', 2), histogram(population) FROM regions", fns)).toMatchObject({ ok: true });
		expect(checkStatement('SELECT * FROM duckdb_secrets()', fns)).toMatchObject({ ok: false, reason: 'forbidden_function' });
	});

	it('refuses any function DuckDB lists as a table function when given the list', () => {
		expect(checkStatement('SELECT * FROM my_files()', new Set(['my_files']))).toMatchObject({
			ok: false,
			reason: 'forbidden_function'
		});
	});
});

describe('tokenize', () => {
	it('reads dollar-quoted and escape strings as strings', () => {
		expect(tokenize("SELECT $$DROP$$, E'it\\'s', $t$x$t$").map((t) => t.type)).toEqual([
			'word',
			'string',
			'punct',
			'string',
			'punct',
			'string'
		]);
	});
});

describe('checkPlan on DuckDB’s own EXPLAIN (FORMAT JSON)', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await engineWithRegistry();
		await engine.registerFile('local.csv', new TextEncoder().encode('x\n1\n'));
	});

	async function plan(sql: string): Promise<string> {
		const table = await engine.run(explainSql(sql));
		return String(table.get(0)?.explain_value);
	}

	it.each(ALLOWED.filter(([, sql]) => !sql.includes('imp_x')))('passes %s', async (_, sql) => {
		const verdict = checkStatement(sql);
		if (!verdict.ok) throw new Error('expected the statement to pass step 1');
		expect(checkPlan(await plan(verdict.sql))).toBeNull();
	});

	it.each([
		['CREATE TABLE t AS SELECT 1', 'CREATE_TABLE_AS'],
		["INSERT INTO regions (key) VALUES ('x')", 'INSERT'],
		["COPY regions TO 'x.csv'", 'COPY_TO_FILE'],
		['SET threads = 1', 'SET']
	])('refuses the plan of %s (%s) had it slipped through', async (sql, operator) => {
		expect(checkPlan(await plan(sql))).toEqual({ ok: false, reason: 'write_in_plan', detail: operator });
	});

	it('refuses a file scan in the plan, whatever its spelling', async () => {
		expect(checkPlan(await plan("SELECT * FROM 'local.csv'"))).toMatchObject({ reason: 'forbidden_function' });
		expect(checkPlan(await plan("SELECT * FROM read_csv('local.csv')"))).toMatchObject({
			reason: 'forbidden_function',
			detail: 'read_csv'
		});
	});
});
