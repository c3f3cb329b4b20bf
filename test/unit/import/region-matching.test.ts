import { beforeAll, describe, expect, it } from 'vitest';
import { aliases, federalDistricts, regions } from '../../../src/lib/data/schemas/index';
import {
	createRegionMatcher,
	guessRegionColumn,
	matchInMode,
	type RegionMatcher
} from '../../../src/lib/import/region-matching';
import { detectColumnKinds } from '../../../src/lib/import/column-kinds';
import { sampleTable, sniffLayout } from '../../../src/lib/import/sniff';
import { columnCells } from '../../../src/lib/import/column-kinds';
import { DEFAULT_MISSING_MARKERS } from '../../../src/lib/import/markers';
import { loadShipped } from '../../util/shipped';
import { ENGLISH_UTF8, MINISTRY_CP1251 } from '../../fixtures/import/files';

let matcher: RegionMatcher;

beforeAll(() => {
	matcher = createRegionMatcher({
		regions: loadShipped(regions).rows,
		aliases: loadShipped(aliases).rows,
		districts: loadShipped(federalDistricts).rows
	});
});

describe('matching region cells of imported files (over the registry and its aliases)', () => {
	it.each([
		['г. Москва', 'RU-MOW'],
		['Тульская обл.', 'RU-TUL'],
		['Респ. Татарстан', 'RU-TA'],
		['Ханты-Мансийский АО — Югра', 'RU-KHM'],
		['Кемеровская область - Кузбасс', 'RU-KEM'],
		['Республика Саха (Якутия)', 'RU-SA'],
		['Moscow', 'RU-MOW'],
		['Saint Petersburg', 'RU-SPE'],
		['Tula Oblast', 'RU-TUL'],
		['ОРЛОВСКАЯ  ОБЛАСТЬ', 'RU-ORL'],
		['Чувашская Республика — Чувашия', 'RU-CU']
	])('%s → %s', (cell, key) => {
		expect(matchInMode(matcher, cell, 'name')).toEqual({ kind: 'region', key });
	});

	it.each([
		['Российская Федерация', 'total'],
		['Итого', 'total'],
		['Всего по РФ', 'total'],
		['Центральный федеральный округ', 'district'],
		['ЦФО', 'district'],
		['Приволжский ФО', 'district']
	])('%s is a %s row, not a region', (cell, kind) => {
		expect(matchInMode(matcher, cell, 'name').kind).toBe(kind);
	});

	it('suggests regions for a misspelt name', () => {
		const result = matchInMode(matcher, 'Тулськая область', 'name');
		expect(result.kind).toBe('unknown');
		expect(result.kind === 'unknown' && result.suggestions).toContain('RU-TUL');
	});

	it('reads codes in the chosen system, and names of totals in a code column', () => {
		expect(matchInMode(matcher, '01', 'subject')).toEqual({ kind: 'region', key: 'RU-AD' });
		expect(matchInMode(matcher, '01', 'okato')).toEqual({ kind: 'region', key: 'RU-ALT' });
		expect(matchInMode(matcher, 'RU-TUL', 'iso')).toEqual({ kind: 'region', key: 'RU-TUL' });
		expect(matchInMode(matcher, 'Всего', 'okato')).toEqual({ kind: 'total' });
	});
});

describe('guessRegionColumn', () => {
	it('finds the names column of a ministry export', () => {
		const layout = sniffLayout(MINISTRY_CP1251);
		const sample = sampleTable(MINISTRY_CP1251, layout);
		const fmt = { decimal: ',', thousands: 'space' } as const;
		const kinds = detectColumnKinds(sample.rows, 4, fmt, DEFAULT_MISSING_MARKERS);
		const columns = [0, 1, 2, 3].map((i) => columnCells(sample.rows, i));
		expect(guessRegionColumn(matcher, columns, kinds, DEFAULT_MISSING_MARKERS)).toMatchObject({
			column: 0,
			mode: 'name',
			ambiguousSystems: []
		});
	});

	it('finds English names', () => {
		const sample = sampleTable(ENGLISH_UTF8, { delimiter: ',', headerLine: 0, hasHeader: true });
		const kinds = detectColumnKinds(sample.rows, 4, { decimal: '.', thousands: ',' }, []);
		const columns = [0, 1, 2, 3].map((i) => columnCells(sample.rows, i));
		expect(guessRegionColumn(matcher, columns, kinds, [])).toMatchObject({ column: 0, mode: 'name' });
	});

	it('flags a code column that fits two systems (subject number and OKATO)', () => {
		const codes = ['01', '77', '45', '50'];
		const guess = guessRegionColumn(matcher, [codes, ['1', '2', '3', '4']], ['code', 'number'], [], ['Код', 'N']);
		expect(guess?.column).toBe(0);
		expect(guess?.ambiguousSystems).toEqual(['subject', 'okato']);
		expect(guess?.confirm).toBe(true);
	});

	it('decides the system when one value rules the other out', () => {
		const guess = guessRegionColumn(matcher, [['01', '02', '77']], ['code'], [], ['Код субъекта']);
		expect(guess).toMatchObject({ mode: 'subject', ambiguousSystems: [] });
	});

	it('prefers names to a column of small numbers that happen to be subject codes', () => {
		const names = ['Москва', 'г. Москва', 'Алтай', 'ЦФО'];
		const guess = guessRegionColumn(matcher, [names, ['1', '2', '3', '5']], ['text', 'number'], []);
		expect(guess).toMatchObject({ column: 0, mode: 'name' });
	});

	it.each<[string, string[], string]>([
		['a price list numbered 1, 2, 3', ['1', '2', '3'], '№'],
		['ids', ['12', '45', '7', '30'], 'id'],
		['a column b of 2, 5, 8', ['2', '5', '8'], 'b'],
		['ages', ['34', '41', '29', '52'], 'Возраст']
	])('never takes %s for region codes', (_, cells, header) => {
		expect(guessRegionColumn(matcher, [cells], ['number'], [], [header])).toBeNull();
	});

	it('needs a code header and distinct values before it offers codes', () => {
		expect(guessRegionColumn(matcher, [['77', '77', '50', '50']], ['number'], [], ['Код региона'])).toBeNull();
		expect(guessRegionColumn(matcher, [['77', '50', '71']], ['number'], [], ['Код региона'])).toMatchObject({ column: 0, confirm: true });
	});

	it('finds no region column in a table without one', () => {
		expect(guessRegionColumn(matcher, [['a', 'b'], ['1,5', '2']], ['text', 'number'], [])).toBeNull();
	});
});
