import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import type { Engine } from '../../../src/lib/data/engine';
import { catalogQuery, displayQuery } from '../../../src/lib/sql-console/sql-console';
import { checkStatement } from '../../../src/lib/sql-console/sql-guard';
import { csvField, tableToCsvParts } from '../../../src/lib/sql-console/sql-export';
import { engineWithRegistry } from '../import/staged-import';

let engine: Engine;
beforeAll(async () => {
	engine = await engineWithRegistry();
});

describe('displayQuery', () => {
	it('caps a query at the display limit + 1, keeping its ORDER BY and a trailing comment harmless', async () => {
		const verdict = checkStatement('SELECT key FROM regions ORDER BY key DESC -- newest first');
		if (!verdict.ok) throw new Error('expected ok');
		const table = await engine.run(displayQuery(verdict.sql, verdict.kind, 3).sql);
		expect(table.numRows).toBe(4);
		const top = await engine.run('SELECT max(key) AS k FROM regions');
		expect(String(table.get(0)?.key)).toBe(String(top.get(0)?.k));
	});

	it('runs DESCRIBE as written', async () => {
		const verdict = checkStatement('DESCRIBE regions');
		if (!verdict.ok) throw new Error('expected ok');
		const table = await engine.run(displayQuery(verdict.sql, verdict.kind).sql);
		expect(table.numRows).toBeGreaterThan(5);
	});

	it('lists tables and views, without an import’s staging tables', async () => {
		await engine.run('CREATE TABLE imp_x__raw (a INTEGER)');
		const names = (await engine.run(catalogQuery().sql)).toArray().map((r) => String(r.name));
		expect(names).toContain('regions');
		expect(names).toContain('v_access_latest');
		expect(names).not.toContain('imp_x__raw');
	});
});

describe('CSV download', () => {
	it.each([
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+1', "'+1"],
		['-cmd', "'-cmd"],
		['@SUM(A1)', "'@SUM(A1)"],
		['a,b', '"a,b"'],
		['Москва', 'Москва'],
		[-5, '-5'],
		[null, '']
	] as const)('%j → %s', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	it('starts with a BOM and writes every row', async () => {
		const table = tableFromArrays({ name: ['Москва', '=1+1'], n: Float64Array.from([1.5, 2]) });
		const text = (await tableToCsvParts(table, async () => undefined)).join('');
		expect(text).toBe("\ufeffname,n\r\nМосква,1.5\r\n'=1+1,2\r\n");
	});
});
