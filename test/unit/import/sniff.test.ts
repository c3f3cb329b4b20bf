import { describe, expect, it } from 'vitest';
import {
	columnNames,
	findHeader,
	sampleTable,
	sniffLayout,
	splitFields,
	type Delimiter
} from '../../../src/lib/import/sniff';
import { parseRecords } from '../../../src/lib/import/records';
import { detectColumnKinds } from '../../../src/lib/import/column-kinds';
import { DEFAULT_MISSING_MARKERS, isMissing, markersIn } from '../../../src/lib/import/markers';
import { detectNumberFormat } from '../../../src/lib/import/numbers';
import { ENGLISH_UTF8, MINISTRY_CP1251 } from '../../fixtures/import/files';

function table(delimiter: string, rows: string[][]): string {
	return rows.map((r) => r.join(delimiter)).join('\n') + '\n';
}

const ROWS = [
	['Регион', 'Код', 'Значение', 'Доля'],
	['Москва', '77', '6 000,0', '45,3'],
	['Тульская область', '71', '120,5', '8,2'],
	['Республика Татарстан', '16', '1 010,25', '25'],
	['Ненецкий АО', '83', '3,5', '-']
];

describe('sniffLayout: delimiter', () => {
	it.each<[string, Delimiter]>([
		['semicolon', ';'],
		['comma', ','],
		['tab', '\t'],
		['pipe', '|']
	])('finds the %s', (_, delimiter) => {
		// With `,` as delimiter the decimal commas must be quoted, as any CSV writer does.
		const rows = delimiter === ',' ? ROWS.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c))) : ROWS;
		expect(sniffLayout(table(delimiter, rows))).toMatchObject({ delimiter, headerLine: 0, hasHeader: true });
	});

	it('prefers ; over , when numbers have decimal commas', () => {
		expect(sniffLayout(table(';', ROWS)).delimiter).toBe(';');
	});
});

describe('findHeader: title lines above the header', () => {
	it('skips two title lines and an empty separator row of a ministry export', () => {
		expect(sniffLayout(MINISTRY_CP1251)).toMatchObject({ delimiter: ';', headerLine: 3, hasHeader: true });
	});

	it('skips a title line with no delimiter and a blank line', () => {
		const text = 'Отчёт за 2024 год\n\n' + table(';', ROWS);
		expect(sniffLayout(text)).toMatchObject({ headerLine: 2, hasHeader: true, headerCertainty: 'sure' });
	});

	it('sees no header when the first row is data', () => {
		expect(findHeader(parseRecords(table(';', ROWS.slice(1)), ';').records)).toMatchObject({ index: 0, hasHeader: false });
	});
});

describe('sampleTable', () => {
	it('keeps codes as text (leading zeros) and numbers as written', () => {
		const sample = sampleTable(ENGLISH_UTF8, { delimiter: ',', headerLine: 0, hasHeader: true });
		expect(sample.header).toEqual(['region', 'code', 'users', 'share']);
		expect(sample.rows[0]).toEqual(['Moscow', '045', '6000000', '45.3']);
		expect(sample.columnCount).toBe(4);
	});

	it('starts after the title lines', () => {
		const layout = sniffLayout(MINISTRY_CP1251);
		const sample = sampleTable(MINISTRY_CP1251, layout);
		expect(sample.header[0]).toBe('Субъект РФ');
		expect(sample.rows[0]?.[0]).toBe('Российская Федерация');
		expect(sample.rows).toHaveLength(8);
	});

	it('splitFields honours quotes and doubled quotes', () => {
		expect(splitFields('a;"b;c";"say ""hi""";', ';')).toEqual(['a', 'b;c', 'say "hi"', '']);
	});
});

describe('columnNames', () => {
	it('fills empty names, numbers repeats and steps around reserved names', () => {
		expect(columnNames(['Регион', '', 'Регион', 'key'], 5, (n) => `Столбец ${n}`, ['key'])).toEqual([
			'Регион',
			'Столбец 2',
			'Регион (2)',
			'key (2)',
			'Столбец 5'
		]);
	});
});

describe('missing markers', () => {
	it.each(['', ' ', '-', '—', '–', 'н/д', 'Н/Д', ' нет данных ', 'x', 'х', '…'])('%j is missing', (cell) => {
		expect(isMissing(cell, DEFAULT_MISSING_MARKERS)).toBe(true);
	});
	it.each(['0', '-1', 'Москва', 'нд.'])('%j is not missing', (cell) => {
		expect(isMissing(cell, DEFAULT_MISSING_MARKERS)).toBe(false);
	});
	it('lists the markers a sample uses', () => {
		expect(markersIn(['1', '-', 'Н/Д', 'н/д', '2'])).toEqual(['-', 'н/д']);
	});
});

describe('column kinds', () => {
	it('reads the ministry sample: names, codes, numbers with NBSP thousands and markers', () => {
		const layout = sniffLayout(MINISTRY_CP1251);
		const sample = sampleTable(MINISTRY_CP1251, layout);
		const format = detectNumberFormat(sample.rows.flatMap((r) => r.slice(2)), ';');
		expect(format).toMatchObject({ decimal: ',', thousands: 'space' });
		expect(detectColumnKinds(sample.rows, 4, format, DEFAULT_MISSING_MARKERS)).toEqual([
			'text',
			'number',
			'number',
			'number'
		]);
	});

	it('keeps leading-zero codes as codes', () => {
		const sample = sampleTable(ENGLISH_UTF8, { delimiter: ',', headerLine: 0, hasHeader: true });
		const kinds = detectColumnKinds(sample.rows, 4, { decimal: '.', thousands: ',' }, []);
		expect(kinds).toEqual(['text', 'code', 'number', 'number']);
	});
});
