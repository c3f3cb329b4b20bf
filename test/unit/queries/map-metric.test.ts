import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/data/connector';
import { createText } from '../../../src/lib/i18n/text';
import { mapMetricQuery, type MapMetricRow } from '../../../src/lib/queries/map-metric';
import { yearFor, yearsOf } from '../../../src/lib/domain/measures';
import { accessMapQuery, type AccessMapRow } from '../../../src/lib/queries/access-map';
import { builtInDetail, formatMetricValue, metricMapItems } from '../../../src/lib/views/overview/home-shape';
import { readViewState } from '../../../src/lib/state/view-state';
import { internet } from '../../../src/lib/data/schemas';
import { loadShipped } from '../../util/shipped';
import { shippedDb } from '../../util/shipped-db';

const ru = createText('ru');
const en = createText('en');
const plain = (s: string | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
let db: Connector;

beforeAll(async () => {
	db = await shippedDb();
});

describe('the shipped internet table (Rosstat 17.7.1, 17.7.2, 17.6.2)', () => {
	const { rows } = loadShipped(internet);
	const use = rows.filter((r) => r.indicator === 'internet_use');

	it('has 85 subjects for every survey year 2014–2022, a value for at least 83, none for the four of 2022', () => {
		for (const year of yearsOf('internet_use') ?? []) {
			const ofYear = use.filter((r) => r.year === year);
			expect(ofYear, String(year)).toHaveLength(85);
			expect(ofYear.filter((r) => r.value_percent !== null).length, String(year)).toBeGreaterThanOrEqual(83);
		}
		expect(use.filter((r) => r.year === 2022 && r.value_percent !== null)).toHaveLength(85);
		expect(rows.some((r) => ['DPR', 'LPR', 'ZAPOROZHYE', 'KHERSON'].includes(r.key))).toBe(false);
		expect(rows).toHaveLength(3 * 85 * 9);
	});

	it('keeps «…» as an empty value with a note: Crimea and Sevastopol in 2014', () => {
		const empty = rows.filter((r) => r.value_percent === null);
		expect(new Set(empty.map((r) => `${r.key} ${r.year}`))).toEqual(new Set(['CRIMEA 2014', 'SEVASTOPOL 2014']));
		expect(empty.every((r) => r.note?.includes('«…»'))).toBe(true);
	});

	it('gives Moscow the figures of the reference CSV (2022: 97,9 % cell J27 of 17.7.1)', () => {
		const moscow = use.find((r) => r.key === 'RU-MOW' && r.year === 2022);
		expect(moscow).toMatchObject({ value_percent: 97.9, source_cell: '17.7.1!J27', source_id: 'rosstat-regions-2023' });
		// Tyumen Oblast is Rosstat's row without its okrugs, as the registry key means.
		const tyumen = use.find((r) => r.key === 'RU-TYU' && r.year === 2022);
		expect(tyumen?.note).toContain('Тюменская область без автономных округов');
	});

	// The reference lives outside the repository (CI does not have it): compared when it is there.
	const reference = '../shared/reference/rosstat/ict_17_7_1.csv';
	const haveReference = (() => {
		try {
			readFileSync(reference);
			return true;
		} catch {
			return false;
		}
	})();
	it.skipIf(!haveReference)('matches the reference CSV cell for cell (17.7.1)', () => {
		const lines = readFileSync(reference, 'utf8').trim().split('\n').slice(1);
		const byCell = new Map(lines.map((l) => l.split(',')).map((c) => [`17.7.1!${c[15]}`, c[9] === '' ? null : Number(c[9])]));
		for (const r of use) expect(r.value_percent, r.source_cell).toBe(byCell.get(r.source_cell));
	});
});

describe('internet use on the overview map', () => {
	let rows: MapMetricRow[];
	let access: AccessMapRow[];
	beforeAll(async () => {
		rows = await db.rows<MapMetricRow>(mapMetricQuery({ metric: 'internet_use', year: 2022 }));
		access = await db.rows<AccessMapRow>(accessMapQuery());
	});

	it('gives every registry subject one row; 85 have a 2022 value, the four of 2022 none', () => {
		expect(rows).toHaveLength(89);
		expect(rows.filter((r) => r.value !== null).length).toBeGreaterThanOrEqual(83);
		expect(rows.filter((r) => r.value === null).map((r) => r.key).sort()).toEqual(['DPR', 'KHERSON', 'LPR', 'ZAPOROZHYE']);
		const moscow = rows.find((r) => r.key === 'RU-MOW');
		expect(moscow).toMatchObject({ value: 97.9, measure: 'internet_use', date: '2022', population_date: null });
		expect(moscow?.source_publisher).toMatch(/^Росстат/);
		expect(moscow?.source_url).toBe('https://rosstat.gov.ru/folder/210/document/47652');
	});

	it('answers the year asked for: 2014 lacks Crimea and Sevastopol', async () => {
		const y2014 = await db.rows<MapMetricRow>(mapMetricQuery({ metric: 'internet_use', year: 2014 }));
		expect(y2014.find((r) => r.key === 'RU-MOW')?.value).toBe(79.8);
		expect(y2014.filter((r) => r.value !== null)).toHaveLength(83);
		expect(y2014.find((r) => r.key === 'CRIMEA')).toMatchObject({ value: null, measure: null, source_publisher: null });
		// Before 2017 the survey covered ages 15–72, and the tooltip says so.
		const moscow = y2014.find((r) => r.key === 'RU-MOW') as MapMetricRow;
		expect(builtInDetail('internet_use', ru)(moscow, '')).toEqual([
			'Обследование Росстата по ИКТ за 2014 г., население 15–72 лет, последние 12 месяцев'
		]);
	});

	it('shapes tooltips that cite Rosstat with the survey year, in per cent, Russian first', () => {
		const items = metricMapItems({
			access,
			rows,
			label: ru.t('metric.internet_use'),
			formatValue: (v) => formatMetricValue('internet_use', v, ru),
			detail: builtInDetail('internet_use', ru),
			fillFor: (v) => (v === null ? null : '#000'),
			text: ru
		});
		const moscow = items.find((i) => i.key === 'RU-MOW');
		expect(plain(moscow?.tooltip.lines[0])).toBe('Пользуются интернетом: 97,9 %');
		expect(moscow?.tooltip.lines[1]).toBe('Обследование Росстата по ИКТ за 2022 г., население 15–74 лет, последние 12 месяцев');
		expect(moscow?.tooltip.lines[2]).toMatch(/^Источник: Росстат .*, 2023$/);
		const dpr = items.find((i) => i.key === 'DPR');
		expect([dpr?.fill, dpr?.tooltip.lines]).toEqual([null, ['Пользуются интернетом: нет данных']]);
		expect(plain(formatMetricValue('internet_use', 97.9, en))).toBe('97.9%');
	});
});

describe('years of a measure in the URL', () => {
	it('offers 2014–2022 for internet use (default 2022) and 2019–2021 for money (default 2021)', () => {
		expect(yearsOf('internet_use')).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
		expect(yearsOf('health_per_resident')).toEqual([2019, 2020, 2021]);
		expect(yearsOf('access')).toBeNull();
		expect(yearFor('internet_use', null)).toBe(2022);
		expect(yearFor('internet_use', 2016)).toBe(2016);
		expect(yearFor('health_per_resident', 2016)).toBe(2021);
		expect(yearFor('users_per_100', 2020)).toBeNull();
	});

	it('reads `metric=internet_use&year=2016` from a shared link', () => {
		const view = readViewState(new URLSearchParams('metric=internet_use&year=2016'));
		expect([view.metric, yearFor(view.metric, view.year)]).toEqual(['internet_use', 2016]);
	});
});
