import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/data/connector';
import { createText } from '../../../src/lib/i18n/text';
import {
	compareMediansQuery,
	compareRegionsQuery,
	regionChoicesQuery,
	type CompareMedianRow,
	type CompareRegionRow,
	type RegionChoiceRow
} from '../../../src/lib/queries/compare';
import {
	compareChartGroups,
	compareChartTitle,
	compareLines,
	pinnedRows
} from '../../../src/routes/compare/compare-shape';
import { compareCsv } from '../../../src/routes/compare/compare-csv';
import { choiceGroups } from '../../../src/routes/compare/picker-shape';
import { shippedDb } from '../../util/shipped-db';

let db: Connector;
let medians: CompareMedianRow[];
const ru = createText('ru');
const PINS = ['RU-TUL', 'RU-MOW', 'RU-SPE'];
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
	db = await shippedDb();
	medians = await db.rows<CompareMedianRow>(compareMediansQuery());
});

async function pinned(keys: string[]): Promise<CompareRegionRow[]> {
	return pinnedRows(await db.rows<CompareRegionRow>(compareRegionsQuery({ keys })), keys);
}

describe('compare queries on the shipped data', () => {
	it('returns the pinned subjects only, in pin order after shaping, dropping unknown keys', async () => {
		const rows = await db.rows<CompareRegionRow>(
			compareRegionsQuery({ keys: [...PINS, 'RU-XXX', "RU-MOW' OR '1'='1"] })
		);
		expect(rows.map((r) => r.key).sort()).toEqual([...PINS].sort());
		expect(pinnedRows(rows, PINS).map((r) => r.key)).toEqual(PINS);
		expect(await db.rows(compareRegionsQuery({ keys: [] }))).toEqual([]);
		expect(await db.rows(compareRegionsQuery({ keys: null }))).toHaveLength(89);
	});

	it('puts every measure of a region in one row', async () => {
		const [tula, moscow] = await pinned(['RU-TUL', 'RU-MOW']);
		expect(tula).toMatchObject({ access_level: 'partial', stage: 2, usage_metric: 'unique_visitors' });
		expect(tula?.per_100).toBeCloseTo(34.34, 2);
		expect(moscow?.health_2021).toBeCloseTo(797_997_831_156.88 / 12_979_400, 6); // 1 Jan 2021, was 1 Jan 2025
		expect(moscow?.health_2019).toBeCloseTo(505_742_414_256.55 / 12_827_700, 6); // table 1.1, was pre-census
		expect(moscow?.subsidy_2021).toBeNull();
		expect(moscow?.population).toBe(13_258_262); // the registry's 1 Jan 2025 figure, shown as unofficial
	});

	it('gives the medians of each district and of Russia with their counts', () => {
		const cen = medians.find((m) => m.scope === 'CEN');
		expect(cen).toMatchObject({ subjects: 18, n_health_2021: 18, n_per_100: 2, n_subsidy_2021: 17 });
		expect(cen?.median_health_2021).toBeCloseTo(23_867.76, 2); // was 24 518.83
		const russia = medians.find((m) => m.scope === 'RU');
		expect(russia).toMatchObject({ subjects: 89, n_per_100: 3, n_health_2021: 85, n_health_2019: 85 });
		expect(russia?.median_per_100).toBeCloseTo((2_250_000 / 5_645_943) * 100, 9); // St Petersburg, the middle of 3
		expect(medians.map((m) => m.scope).sort()).toEqual(
			['CEN', 'FE', 'NCA', 'NW', 'RU', 'SIB', 'SOU', 'URA', 'VOL'].sort()
		);
	});
});

describe('compare shaping', () => {
	it('builds the side-by-side table with district medians under each value', async () => {
		const rows = await pinned(PINS);
		const lines = compareLines(rows, medians, ru);
		expect(lines.map((l) => l.id)).toEqual([
			'district',
			'access',
			'per_100',
			'health_2019',
			'health_2020',
			'health_2021',
			'subsidy_2019',
			'subsidy_2020',
			'subsidy_2021',
			'population'
		]);
		const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
		expect(byId.district?.cells.map((c) => c.main)).toEqual(['ЦФО', 'ЦФО', 'СЗФО']);
		expect(byId.access?.cells[1]?.main).toBe('полный доступ');
		expect(byId.access?.cells[1]?.notes).toEqual(['Москва 24, 29.09.2025', 'ЦФО: известно по 4 из 18']);
		const moscowHealth = byId.health_2021?.cells[1];
		expect(plain(moscowHealth?.main)).toBe('61 482 ₽ на жителя');
		expect(plain(moscowHealth?.notes[0])).toBe('медиана ЦФО: 23 868 ₽ на жителя');
		// Two subjects of the Central district have a users figure: too few for a median.
		expect(byId.per_100?.cells[0]?.notes.at(-1)).toBe('медиана ЦФО: мало данных (2)');
		expect(plain(byId.per_100?.cells[0]?.notes[0])).toBe('свыше 500 000 — уникальные посетители портала');
		expect(byId.per_100?.country.main).toBe('39,9 на 100 жителей');
		expect(byId.subsidy_2021?.cells[1]).toMatchObject({ main: 'нет данных', missing: true });
	});

	it('charts health spending by year for each region and the Russia median, titled with the finding', async () => {
		const rows = await pinned(PINS);
		const groups = compareChartGroups(rows, medians.find((m) => m.scope === 'RU'), ru);
		expect(groups.map((g) => [g.name, g.median])).toEqual([
			['Тульская область', false],
			['Москва', false],
			['Санкт-Петербург', false],
			['Медиана по России', true]
		]);
		expect(groups[1]?.values[2]).toBeCloseTo(61_481.87, 2);
		expect(compareChartTitle(rows, ru)).toBe(
			'Москва тратит на здравоохранение на жителя в 2,4 раза больше, чем Тульская область (2021)'
		);
		expect(compareChartTitle(rows.slice(0, 1), ru)).toBe('Расходы на здравоохранение на жителя, 2019–2021');
	});

	it('writes the pinned regions, their districts and Russia as CSV', async () => {
		const rows = await pinned(PINS);
		const lines = compareCsv(rows, medians, ru).slice(1).trim().split('\r\n');
		expect(lines[0]).toBe(
			'kind,key,name,federal_district,access_level,access_as_of,per_100,usage_value,usage_metric,usage_date,' +
				'health_2019,health_2020,health_2021,subsidy_2019,subsidy_2020,subsidy_2021,population,population_date'
		);
		expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
			'регион,RU-TUL,Тульская область',
			'регион,RU-MOW,Москва',
			'регион,RU-SPE,Санкт-Петербург',
			'медиана округа,CEN,медиана округа ЦФО',
			'медиана округа,NW,медиана округа СЗФО',
			'медиана по России,RU,медиана по России'
		]);
		// Moscow's missing subsidy is an empty cell, not 0.
		expect(lines[2]).toMatch(/,61481\.\d+,,,,13258262,2025-01-01$/);
	});

	it('offers every subject not pinned, grouped by district west to east', async () => {
		const choices = await db.rows<RegionChoiceRow>(regionChoicesQuery());
		const groups = choiceGroups(choices, PINS, ru);
		expect(groups.map((g) => g.name)).toEqual([
			'Центральный федеральный округ',
			'Северо-Западный федеральный округ',
			'Южный федеральный округ',
			'Северо-Кавказский федеральный округ',
			'Приволжский федеральный округ',
			'Уральский федеральный округ',
			'Сибирский федеральный округ',
			'Дальневосточный федеральный округ',
			'Без федерального округа'
		]);
		expect(groups.flatMap((g) => g.options)).toHaveLength(86);
		expect(groups[0]?.options.some((o) => o.key === 'RU-MOW')).toBe(false);
	});
});
