import { describe, expect, it } from 'vitest';
import { csvCell, safeFileName, toCsv } from '../../../src/lib/export/csv';

describe('CSV export', () => {
	it.each([
		['Москва', 'Москва'],
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['+7 495', "'+7 495"],
		['-1', "'-1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['a,b', '"a,b"'],
		['line\nbreak', '"line\nbreak"'],
		[' padded ', '" padded "'],
		[-12.5, '-12.5'],
		[null, ''],
		[Number.NaN, ''],
		[true, 'true']
	])('cell %j → %s', (input, expected) => {
		expect(csvCell(input)).toBe(expected);
	});

	it('starts with a BOM so Excel reads UTF-8, and ends lines with CRLF', () => {
		const csv = toCsv([{ key: 'RU-MOW', name: 'Москва', v: 45.3 }], ['key', 'name', 'v']);
		expect(csv).toBe('\uFEFFkey,name,v\r\nRU-MOW,Москва,45.3\r\n');
	});

	it('makes safe file names from titles', () => {
		expect(safeFileName('Доступ к ЭМК / 2025')).toBe('Доступ-к-ЭМК-2025');
		expect(safeFileName('a\u202eb')).toBe('a-b');
		expect(safeFileName('///')).toBe('export');
	});
});
