import { beforeAll, describe, expect, it } from 'vitest';
import { aliases, federalDistricts, regions } from '../../../src/lib/data/schemas/index';
import { createRegionMatcher, type RegionMatcher } from '../../../src/lib/regions/match';
import { loadShipped } from '../../util/shipped';
import { NAME_VARIANTS, TRICKY_VARIANTS } from './name-variants';

let m: RegionMatcher;
let keys: string[];

beforeAll(() => {
	const reg = loadShipped(regions).rows;
	keys = reg.map((r) => r.key);
	m = createRegionMatcher({
		regions: reg,
		aliases: loadShipped(aliases).rows,
		districts: loadShipped(federalDistricts).rows
	});
});

const NAME_CASES: [string, string][] = [
	...Object.entries(NAME_VARIANTS).flatMap(([key, names]) => names.map((n): [string, string] => [n, key])),
	...TRICKY_VARIANTS
];

describe('region names', () => {
	it('has at least 150 real variants covering all 89 subjects', () => {
		expect(NAME_CASES.length).toBeGreaterThanOrEqual(150);
		expect(new Set(NAME_CASES.map(([, k]) => k))).toEqual(new Set(keys));
		expect(keys).toHaveLength(89);
	});

	it.each(NAME_CASES)('%s → %s', (input, key) => {
		expect(m.match(input)).toEqual({ kind: 'region', key });
	});
});

describe('federal districts and totals', () => {
	it.each([
		['Центральный федеральный округ', 'CEN'],
		['ЦФО', 'CEN'],
		['Центральный ФО', 'CEN'],
		['Северо-Западный федеральный округ', 'NW'],
		['СЗФО', 'NW'],
		['Южный федеральный округ', 'SOU'],
		['ЮФО', 'SOU'],
		['Северо-Кавказский федеральный округ', 'NCA'],
		['СКФО', 'NCA'],
		['Приволжский федеральный округ', 'VOL'],
		['ПФО', 'VOL'],
		['Уральский федеральный округ', 'URA'],
		['УФО', 'URA'],
		['Сибирский федеральный округ', 'SIB'],
		['СФО', 'SIB'],
		['Дальневосточный федеральный округ', 'FE'],
		['ДФО', 'FE'],
		['Far Eastern Federal District', 'FE'],
		['Volga Federal District', 'VOL']
	])('%s → district %s', (input, key) => {
		expect(m.match(input)).toEqual({ kind: 'district', key });
	});

	it.each(['Российская Федерация', 'Россия', 'РФ', 'Всего', 'ИТОГО', 'Итого по РФ', 'Всего по России', 'Russian Federation', 'Total'])(
		'%s → total',
		(input) => {
			expect(m.match(input)).toEqual({ kind: 'total' });
		}
	);
});

describe('ambiguous and unknown input', () => {
	it.each([
		['Алтай', ['RU-AL', 'RU-ALT']],
		['Altai', ['RU-AL', 'RU-ALT']],
		['РТ', ['RU-TA', 'RU-TY']],
		['ЧР', ['RU-CE', 'RU-CU']],
		['РБ', ['RU-BA', 'RU-BU']],
		['01', ['RU-AD', 'RU-ALT']],
		['1', ['RU-AD', 'RU-ALT']],
		['77', ['RU-CHU', 'RU-MOW']],
		['45', ['RU-KGN', 'RU-MOW']]
	])('%s is ambiguous', (input, candidates) => {
		expect(m.match(input)).toEqual({ kind: 'ambiguous', candidates });
	});

	it('suggests close names for a typo, and nothing for noise', () => {
		const typo = m.match('Тулськая область');
		expect(typo.kind).toBe('unknown');
		expect(typo.kind === 'unknown' && typo.suggestions[0]).toBe('RU-TUL');
		expect(m.match('Атлантида')).toEqual({ kind: 'unknown', suggestions: [] });
		expect(m.match('')).toEqual({ kind: 'unknown', suggestions: [] });
	});
});

describe('codes', () => {
	it.each([
		['01', 'subject', 'RU-AD'],
		['01', 'okato', 'RU-ALT'],
		['1', 'subject', 'RU-AD'],
		['77', 'subject', 'RU-MOW'],
		['45', 'okato', 'RU-MOW'],
		['11', 'okato', 'RU-ARK'],
		['71', 'okato', 'RU-TYU'],
		['71100000000', 'okato', 'RU-KHM'],
		['91', 'subject', 'CRIMEA'],
		['rU-tUl', 'iso', 'RU-TUL'],
		['11800000', 'oktmo', 'RU-NEN'],
		[71, 'okato', 'RU-TYU']
	] as const)('%s as %s → %s', (value, system, key) => {
		expect(m.matchCode(value, system)).toEqual({ kind: 'region', key });
	});

	it('finds no region for codes outside the system', () => {
		expect(m.matchCode('99', 'subject').kind).toBe('unknown');
		expect(m.matchCode('02', 'okato').kind).toBe('unknown');
		expect(m.matchCode('RU-XXX', 'iso').kind).toBe('unknown');
	});

	it('detects the system of a column only when the values prove it', () => {
		expect(m.detectCodeSystem(['01', '77']).system).toBeNull();
		expect(m.detectCodeSystem(['01', '77']).candidates).toEqual(['subject', 'okato']);
		expect(m.detectCodeSystem(['01', '02', '77']).system).toBe('subject');
		expect(m.detectCodeSystem(['01', '45', '98']).system).toBe('okato');
		expect(m.detectCodeSystem(['RU-MOW', 'RU-TUL', 'Итого']).system).toBe('iso');
		expect(m.detectCodeSystem(['RU-MOW', 'RU-TUL', 'Итого']).unmatched).toEqual(['ИТОГО']);
		expect(m.detectCodeSystem(['45000000', '70000000']).system).toBe('oktmo');
		expect(m.detectCodeSystem(['foo']).system).toBeNull();
	});
});

describe('aliases.csv', () => {
	it('every alias matches its own subject (or is ambiguous between subjects that include it)', () => {
		const wrong = loadShipped(aliases)
			.rows.map((a) => ({ a, r: m.match(a.alias) }))
			.filter(({ a, r }) => !(r.kind === 'region' ? r.key === a.key : r.kind === 'ambiguous' && r.candidates.includes(a.key)))
			.map(({ a, r }) => `${a.alias} → ${JSON.stringify(r)} (expected ${a.key})`);
		expect(wrong).toEqual([]);
	});
});
