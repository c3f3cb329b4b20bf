import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/lib/import/draft';
import type { AnalyseResult } from '../../../src/lib/import/worker-protocol';
import { importIdFrom, importTables } from '../../../src/lib/import/recipe';
import { metricIdFromParam, metricsOf } from '../../../src/lib/import/imported-metrics';
import { checkFileSize, importLimit } from '../../../src/lib/import/limits';
import { blankLinesIn } from '../../../src/lib/import/blank-lines';

const analysis = (names: string[], kinds: AnalyseResult['kinds'], regionColumn: number): AnalyseResult => ({
	header: names,
	rows: [],
	columnCount: names.length,
	kinds,
	guess: { column: regionColumn, mode: 'name', score: 1, ambiguousSystems: [], confirm: false },
	matches: [],
	regionRepeats: false,
	rowLines: [],
	rowNumbers: [],
	long: [],
	short: [],
	unterminatedQuoteLine: null
});

describe('suggestMapping', () => {
	it('takes number columns as values but not the region column or code-like columns', () => {
		const names = ['Субъект РФ', 'Код ОКАТО', 'Пользователи, тыс.', '№', 'Доля, %'];
		const a = analysis(names, ['text', 'number', 'number', 'number', 'number'], 0);
		const m = suggestMapping(a, names);
		expect(m.regionColumn).toBe(0);
		expect(m.values.map((v) => v.index)).toEqual([2, 4]);
		expect(m.aggregate).toBe('none');
	});

	it('suggests summing when the sample repeats regions (a long table)', () => {
		const a = { ...analysis(['Регион', 'Посещений'], ['text', 'number'], 0), regionRepeats: true };
		expect(suggestMapping(a, ['Регион', 'Посещений']).aggregate).toBe('sum');
	});
});

describe('import ids and names', () => {
	it.each([
		['Минздрав ЭМК 2024.csv', 'minzdrav_emk_2024'],
		['report (final).TSV', 'report_final'],
		['Ёлки-Щукино.txt', 'elki_shchukino'],
		['___.csv', 'data']
	])('%s → %s', (file, id) => {
		expect(importIdFrom(file)).toBe(id);
	});

	it('names tables and views safely and refuses an id that is not one', () => {
		expect(importTables('a_1').view(2)).toBe('imp_a_1__2');
		expect(() => importTables('a"; DROP TABLE regions; --')).toThrow();
	});
});

describe('imported metrics API', () => {
	it('reads the metric URL parameter', () => {
		expect(metricIdFromParam('import:minzdrav_2024.2')).toBe('minzdrav_2024.2');
		expect(metricIdFromParam('import:minzdrav_2024')).toBe('minzdrav_2024.1');
		expect(metricIdFromParam('users_per_100')).toBeNull();
		expect(metricIdFromParam('import:../x')).toBeNull();
	});

	it('describes each value column as a metric marked as the user’s own', () => {
		const metrics = metricsOf({
			version: 1,
			id: 'x',
			title: 'Мои данные',
			fileName: 'x.csv',
			fileSize: 10,
			storedSize: 10,
			importedAt: '2025-03-12T10:00:00.000Z',
			read: { encoding: 'utf-8', delimiter: ';', headerLine: 0, hasHeader: true, columnCount: 3 },
			parse: { decimal: ',', thousands: 'space', markers: [] },
			columns: ['Регион', 'A', 'B'],
			regionColumn: 0,
			regionMode: 'name',
			values: [
				{ index: 1, label: '', unit: 'чел.', date: '2024' },
				{ index: 2, label: 'Б', unit: '', date: '' }
			],
			aggregate: 'none',
			resolutions: [],
			rowCount: 1,
			regionCount: 1
		});
		expect(metrics.map((m) => [m.id, m.param, m.view, m.label, m.unit, m.userData])).toEqual([
			['x.1', 'import:x.1', 'imp_x__1', 'A', 'чел.', true],
			['x.2', 'import:x.2', 'imp_x__2', 'Б', '', true]
		]);
	});
});

describe('memory limits', () => {
	it('caps at 1 GB and at a share of device memory and heap', () => {
		expect(importLimit({})).toBe(1024 ** 3);
		expect(importLimit({ deviceMemoryGb: 2 })).toBe(256 * 1024 ** 2);
		expect(importLimit({ jsHeapLimit: 2 * 1024 ** 3 })).toBe(512 * 1024 ** 2);
	});

	it('refuses a file that is too large before reading it, and an empty one', () => {
		expect(checkFileSize(1.5 * 1024 ** 3, {})?.code).toBe('too_large');
		expect(checkFileSize(600 * 1024 ** 2, {}, 2)?.code).toBe('too_large');
		expect(checkFileSize(0, {})?.code).toBe('empty_file');
		expect(checkFileSize(100 * 1024 ** 2, { deviceMemoryGb: 8 })).toBeNull();
	});
});

describe('blankLinesIn', () => {
	it('finds empty lines after the header, with \\n and \\r\\n', () => {
		const bytes = new TextEncoder().encode('t\n\nh\na\n\nb\r\n\r\nc\n');
		expect(blankLinesIn(bytes, 2)).toEqual([4, 6]);
	});
});

describe('BlankLineScanner', () => {
	it('finds the same lines whatever the chunks', async () => {
		const { BlankLineScanner } = await import('../../../src/lib/import/blank-lines');
		const bytes = new TextEncoder().encode('t\n\nh\na\n\nb\r\n\r\nc\n\n');
		for (const size of [1, 2, 3, 5, 100]) {
			const s = new BlankLineScanner(2);
			for (let at = 0; at < bytes.length; at += size) s.push(bytes.subarray(at, at + size));
			expect(s.found, `chunks of ${size}`).toEqual([4, 6, 8]);
		}
	});
});
