import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/data/engine';
import { commitImport, discardStaging, dropImport, loadRaw } from '../../../src/lib/import/staging';
import { hasBlockingProblems, lineOfRecord } from '../../../src/lib/import/problems';
import type { RegionMatcher } from '../../../src/lib/import/region-matching';
import { ImportError } from '../../../src/lib/import/import-error';
import { BROKEN_UTF8, ENGLISH_UTF8, MINISTRY_CP1251 } from '../../fixtures/import/files';
import { engineWithRegistry, registryMatcher, stage } from './staged-import';

let engine: Engine;
let matcher: RegionMatcher;

beforeAll(async () => {
	engine = await engineWithRegistry();
	matcher = registryMatcher();
});

async function rows(sql: string) {
	return (await engine.run(sql)).toArray().map((r) => ({ ...r.toJSON() }));
}

const metric = () => rows(`SELECT key, value FROM imp_ministry__1 ORDER BY key`);

const MINISTRY_VALUES = [
	{ key: 'RU-KHM', value: 300.2 },
	{ key: 'RU-MOW', value: 6000 },
	{ key: 'RU-SA', value: 150 },
	{ key: 'RU-TA', value: 1010.25 },
	{ key: 'RU-TUL', value: 120.5 }
];

describe('staging and swapping an import', () => {
	it('imports a ministry export: totals and districts recognised, markers missing, numbers parsed', async () => {
		const staged = await stage(engine, matcher, { id: 'ministry', text: MINISTRY_CP1251, regionColumn: 0, valueColumns: [2, 3] });
		expect(staged.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(staged.summary.byKind).toMatchObject({ total: 1, district: 1, region: 6 });
		await commitImport(engine, staged.recipe);
		await discardStaging(engine, 'ministry');
		expect(await metric()).toEqual(MINISTRY_VALUES);
		const share = await rows(`SELECT key, value FROM imp_ministry__2 WHERE key = 'RU-MOW'`);
		expect(share).toEqual([{ key: 'RU-MOW', value: 45.3 }]);
		const kinds = await rows(
			`SELECT region_kind, key, "Код ОКАТО" AS okato FROM imp_ministry WHERE record_no <= 3 ORDER BY record_no`
		);
		expect(kinds).toEqual([
			{ region_kind: 'total', key: null, okato: null },
			{ region_kind: 'district', key: null, okato: null },
			{ region_kind: 'region', key: 'RU-MOW', okato: '45' }
		]);
	});

	it('keeps codes as text with their leading zeros', async () => {
		const staged = await stage(engine, matcher, { id: 'english', text: ENGLISH_UTF8, regionColumn: 0, valueColumns: [2] });
		await commitImport(engine, staged.recipe);
		expect(await rows(`SELECT code FROM imp_english WHERE key = 'RU-MOW'`)).toEqual([{ code: '045' }]);
		expect(staged.problems).toContainEqual(
			expect.objectContaining({ kind: 'unmatched_region', value: 'Atlantis', line: 7, severity: 'warning' })
		);
		await dropImport(engine, 'english');
		expect(await rows(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'imp_english%'`)).toEqual([]);
	});

	it('a broken file fails to load and leaves the previous import untouched', async () => {
		const before = await metric();
		await expect(
			stage(engine, matcher, { id: 'ministry', text: BROKEN_UTF8, regionColumn: 0, valueColumns: [1] })
		).rejects.toMatchObject({ code: 'unterminated_quote', details: { line: expect.any(Number) } });
		expect(await metric()).toEqual(before);
	});

	it('a failure inside the swap transaction rolls back: old table and views stay', async () => {
		const text = 'Регион;Значение\nг. Москва;1\nТульская область;2\n';
		const staged = await stage(engine, matcher, { id: 'ministry', text, regionColumn: 0, valueColumns: [1] });
		const failing = commitImport(engine, staged.recipe, {
			beforeCommit: async () => {
				// Inside the transaction the new table is already in place…
				expect(await rows(`SELECT count(*)::INTEGER AS n FROM imp_ministry`)).toEqual([{ n: 2 }]);
				throw new Error('simulated failure');
			}
		});
		await expect(failing).rejects.toBeInstanceOf(ImportError);
		await discardStaging(engine, 'ministry');
		// …and after the rollback the previous one is back, with both its views.
		expect(await metric()).toEqual(MINISTRY_VALUES);
		expect(await rows(`SELECT count(*)::INTEGER AS n FROM imp_ministry__2`)).toEqual([{ n: 4 }]);
		expect(await rows(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'imp_ministry__%'`)).toEqual([]);
	});

	it('a successful re-import replaces the table and drops views it no longer has', async () => {
		const text = 'Регион;Значение\nг. Москва;1\nТульская область;2\n';
		const staged = await stage(engine, matcher, { id: 'ministry', text, regionColumn: 0, valueColumns: [1] });
		await commitImport(engine, staged.recipe);
		expect(await metric()).toEqual([
			{ key: 'RU-MOW', value: 1 },
			{ key: 'RU-TUL', value: 2 }
		]);
		expect(await rows(`SELECT view_name FROM duckdb_views() WHERE view_name LIKE 'imp_ministry__%'`)).toEqual([
			{ view_name: 'imp_ministry__1' }
		]);
	});
});

describe('row-level problems', () => {
	it('reports a value that is not a number with its file line, and blocks the import', async () => {
		const text = 'Отчёт\n\nРегион;Значение\nг. Москва;12,5\n\nТульская область;12,5%\nИтого;x1\n';
		const staged = await stage(engine, matcher, { id: 'bad_numbers', text, regionColumn: 0, valueColumns: [1] });
		expect(staged.problems).toEqual([
			expect.objectContaining({ kind: 'not_a_number', line: 6, column: 'Значение', value: '12,5%', severity: 'error' }),
			expect.objectContaining({ kind: 'not_a_number_outside', line: 7, value: 'x1', severity: 'warning' })
		]);
		expect(hasBlockingProblems(staged.problems)).toBe(true);
		await discardStaging(engine, 'bad_numbers');
	});

	it('reports a region given twice unless rows are to be summed', async () => {
		const text = 'Регион;Значение\nМосква;1\nг. Москва;2\nТула;3\nТульская область;4\n';
		const once = await stage(engine, matcher, { id: 'dups', text, regionColumn: 0, valueColumns: [1] });
		expect(once.problems.filter((p) => p.kind === 'duplicate_region').map((p) => [p.key, p.count, p.line])).toEqual([
			['RU-MOW', 2, 2]
		]);
		const summed = await stage(engine, matcher, { id: 'dups', text, regionColumn: 0, valueColumns: [1], aggregate: 'sum' });
		expect(hasBlockingProblems(summed.problems)).toBe(false);
		await commitImport(engine, summed.recipe);
		expect(await rows(`SELECT key, value FROM imp_dups__1 WHERE key = 'RU-MOW'`)).toEqual([{ key: 'RU-MOW', value: 3 }]);
	});

	it('applies the user’s fixes: a chosen region and a row left out', async () => {
		const text = 'Регион;Значение\nАлтай;1\nНеизвестно где;2\nМосква;3\n';
		const staged = await stage(engine, matcher, {
			id: 'fixes',
			text,
			regionColumn: 0,
			valueColumns: [1],
			fixes: { Алтай: { kind: 'region', key: 'RU-AL' }, 'Неизвестно где': { kind: 'skip' } }
		});
		expect(staged.problems).toEqual([]);
		await commitImport(engine, staged.recipe);
		expect(await rows(`SELECT key, value FROM imp_fixes__1 ORDER BY key`)).toEqual([
			{ key: 'RU-AL', value: 1 },
			{ key: 'RU-MOW', value: 3 }
		]);
	});

	it('loads a Blob too (the browser hands DuckDB the file itself)', async () => {
		const n = await loadRaw(engine, {
			id: 'blob',
			text: new Blob(['Регион;Значение\nМосква;1\n']),
			read: { encoding: 'utf-8', delimiter: ';', headerLine: 0, hasHeader: true, columnCount: 2 }
		});
		expect(n).toBe(1);
		await discardStaging(engine, 'blob');
	});

	it('lineOfRecord counts the blank lines DuckDB skips', () => {
		expect(lineOfRecord(0, { firstDataLine: 3, blankLines: [] })).toBe(4);
		expect(lineOfRecord(2, { firstDataLine: 3, blankLines: [4, 7] })).toBe(7);
		expect(lineOfRecord(3, { firstDataLine: 3, blankLines: [4, 7] })).toBe(9);
	});
});
