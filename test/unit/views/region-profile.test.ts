import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/data/connector';
import { createText } from '../../../src/lib/i18n/text';
import { regionKeysQuery } from '../../../src/lib/queries/region-profile';
import { loadRegionProfile, type RegionProfile } from '../../../src/routes/region/[key]/region-data';
import {
	accessItems,
	distinctSources,
	statusHeading,
	typeText,
	usageItems,
	usagePeriodText,
	usageValueText,
	viewLink
} from '../../../src/routes/region/[key]/region-shape';
import {
	fundingGroups,
	fundingLines,
	fundingTitle,
	rowsOf
} from '../../../src/routes/region/[key]/funding-shape';
import { shippedDb } from '../../util/shipped-db';

let db: Connector;
let moscow: RegionProfile;
const ru = createText('ru');
const en = createText('en');
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function profile(key: string): Promise<RegionProfile> {
	const p = await loadRegionProfile(db, key);
	if (!p) throw new Error(`no profile for ${key}`);
	return p;
}

beforeAll(async () => {
	db = await shippedDb();
	moscow = await profile('RU-MOW');
});

describe('region profile queries on the shipped data', () => {
	it('has a profile for every one of the 89 registry keys, and none for an unknown key', async () => {
		const keys = await db.rows<{ key: string }>(regionKeysQuery());
		expect(keys).toHaveLength(89);
		for (const { key } of keys) expect(await loadRegionProfile(db, key), key).not.toBeNull();
		expect(await loadRegionProfile(db, 'RU-XXX')).toBeNull();
	});

	it('gives Moscow its district, population and source', () => {
		expect(moscow.facts).toMatchObject({
			name_ru: 'Москва',
			type: 'город федерального значения',
			federal_district: 'CEN',
			district_abbr_ru: 'ЦФО',
			district_subjects: 18,
			status: 'recognised',
			population: 13_258_262,
			population_date: '2025-01-01'
		});
		// The registry's 1 Jan 2025 figure (unofficial copy) stays; the yearly ones are Rosstat's table 1.1.
		expect(moscow.population.map((p) => p.date)).toEqual(['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01']);
		expect(moscow.population.map((p) => p.population)).toEqual([12_827_700, 12_946_600, 12_979_400, 13_015_100, 13_104_200]);
		expect(new Set(moscow.population.map((p) => p.source_publisher))).toEqual(new Set(['Росстат (копия в heavenorlasvegas/regions_parser)']));
		expect(typeText(moscow.facts.type, ru)).toBe('Город федерального значения');
		expect(typeText(moscow.facts.type, en)).toBe('Federal city');
	});

	it("lists Moscow's access history oldest first, with the Kommersant article and the current row marked", () => {
		expect(moscow.access.map((a) => [a.observed_on, a.access_level, a.is_current])).toEqual([
			['2020', 'partial', false],
			['2020-01-14', 'partial', false],
			['2025-08-20', 'full', false],
			['2025-09-29', 'full', true]
		]);
		// Every row says what it rests on and quotes the source verbatim.
		expect(moscow.access.every((a) => a.statement === 'observed' && a.quote.length > 0)).toBe(true);
		expect(moscow.access[2]?.quote).toMatch(/^Сейчас в «ЕМИАС.Инфо» доступны результаты анализов/);
		expect(moscow.access[2]).toMatchObject({
			source_publisher: 'Коммерсантъ',
			source_url: 'https://www.kommersant.ru/doc/7974277',
			source_published: '2025-08-20'
		});
		const items = accessItems(moscow.access, ru);
		expect(items[2]?.statement).toBe('работает (наблюдение)');
		expect(items[2]?.promise).toBeNull();
		expect(items[2]?.features).toEqual([
			'результаты анализов',
			'снимки',
			'протоколы приёмов',
			'загрузка своих документов',
			'история лечения'
		]);
		expect(items[2]?.level).toBe('полный доступ');
		expect(items[2]?.source?.text).toBe('Коммерсантъ, 20.08.2025');
		expect(items[2]?.evidence).toMatch(/^В приложении видны результаты/);
		expect(accessItems(moscow.access, en)[2]?.evidence).toMatch(/^The app shows lab/);
	});

	it('shows a promise as a promise: Bashkortostan has a planned row, no stage and no colour', async () => {
		const bashkortostan = await profile('RU-BA');
		expect(bashkortostan.access.map((a) => [a.statement, a.access_level, a.promised_level, a.stage])).toEqual([
			['planned', 'unknown', 'partial', null]
		]);
		const [item] = accessItems(bashkortostan.access, ru);
		expect(item?.fill).toBeNull();
		expect(item?.statement).toBe('запланировано');
		expect(item?.promise).toBe('Обещано, не наблюдалось: частичный доступ. Цвета на карте не даёт.');
		expect(item?.quote).toMatch(/будет/);
		expect(bashkortostan.changes.map((c) => [c.change, c.effect])).toContainEqual(['changed', 'colour']);
		expect(bashkortostan.reviewedOn).toBe('2026-12-05');
	});

	it("shows Moscow's usage figures with qualifier, period and per 100; none of them is derived", () => {
		const users = moscow.usage.find((u) => u.metric === 'emk_users' && !u.derived);
		expect(users?.per_100).toBeCloseTo((6_000_000 / 13_258_262) * 100, 9);
		expect(plain(usageValueText(users!, ru))).toBe('почти 6 000 000');
		expect(plain(usageValueText(users!, en))).toBe('almost 6,000,000');
		expect(usagePeriodText(users!, ru)).toBe('на август 2025');
		// The derived «4 mln in August 2024» is gone; the published «about 4 mln in October 2021» replaces it.
		expect(usageItems(moscow.usage, ru).some((u) => u.derived)).toBe(false);
		const earlier = moscow.usage.find((u) => u.metric === 'emk_users' && u.period_end === '2021-10-01');
		expect(plain(usageValueText(earlier!, ru))).toBe('около 4 000 000');
		expect(usagePeriodText(earlier!, ru)).toBe('на октябрь 2021');
		const growth = moscow.usage.find((u) => u.metric === 'emk_popularity_growth');
		expect(usageValueText(growth!, ru)).toBe('в 1,5 раза');
	});

	it("states Tula's visitors as a window from 1 January to August 2025", async () => {
		const tula = await profile('RU-TUL');
		const visitors = tula.usage.find((u) => u.metric === 'unique_visitors');
		expect(usagePeriodText(visitors!, ru)).toBe('с 01.01.2025 по август 2025');
		expect(visitors?.per_100).toBeCloseTo(34.34, 2);
		expect(usageItems(tula.usage, ru)[0]?.perHundred).toBe('34,3 на 100 жителей (население на 01.01.2025, неофициальная копия оценки Росстата)');
	});

	it("sets Moscow's 2021 health spending per resident against the Central district and Russia", () => {
		const health = rowsOf(moscow.funding, 'health_consolidated_incl_tfoms');
		expect(health.map((r) => r.year)).toEqual([2019, 2020, 2021]);
		const y2021 = health[2]!;
		// Population of 1 Jan 2021 (Rosstat table 1.1): 61 481,87 (was 60 188,72 on the 1 Jan 2025 figure).
		expect(y2021.rub_per_resident).toBeCloseTo(797_997_831_156.88 / 12_979_400, 6);
		expect(y2021.population_date).toBe('2021-01-01');
		expect(y2021.district_median).toBeCloseTo(23_867.76, 2); // was 24 518.83
		expect(y2021.district_n).toBe(18);
		expect(y2021.country_n).toBe(85); // was 83
		expect(y2021.country_median).toBeCloseTo(24_239.95, 2); // was 24 859.38
		expect(plain(fundingTitle({ rows: health, regionName: 'Москва', districtAbbr: 'ЦФО', text: ru }))).toBe(
			'Москва: 61 482 ₽ на жителя в 2021 году — в 2,6 раза больше медианы ЦФО'
		);
		expect(plain(fundingTitle({ rows: health, regionName: 'Moscow', districtAbbr: 'CFD', text: en }))).toBe(
			'Moscow: ₽61,482 per resident in 2021, 2.6 times the CFD median'
		);
		const groups = fundingGroups({ rows: health, regionName: 'Москва', districtAbbr: 'ЦФО', text: ru });
		expect(groups.map((g) => [g.name, g.median])).toEqual([
			['Москва', false],
			['Медиана ЦФО', true],
			['Медиана по России', true]
		]);
		expect(groups[1]?.values[2]).toBeCloseTo(23_867.76, 2);
	});

	it("keeps Moscow's missing subsidy line as no data, never 0", () => {
		const subsidy = rowsOf(moscow.funding, 'digital_contour_subsidy');
		expect(subsidy.every((r) => r.value_rub === null && r.rub_per_resident === null)).toBe(true);
		const [line] = fundingLines(subsidy, ru);
		expect(line?.hasValue).toBe(false);
		expect(line?.value).toBe('нет данных: в отчёте нет строки — не получено (не 0)');
		expect(line?.total).toBe('—');
	});

	it('has no evidence of access or usage for Kursk, but has its funding', async () => {
		const kursk = await profile('RU-KRS');
		expect(kursk.access).toEqual([]);
		expect(kursk.usage).toEqual([]);
		expect(kursk.funding).toHaveLength(6);
	});

	it('marks the four subjects of 2022 and Crimea with their status; no Treasury data for the four', async () => {
		const dpr = await profile('DPR');
		expect(dpr.facts).toMatchObject({ status: 'annexed_2022', population: null, iso_3166_2: null });
		expect(dpr.funding).toEqual([]);
		expect(statusHeading(dpr.facts.status, ru)).toBe(
			'Включение в состав России в 2022 году не признано международно'
		);
		const crimea = await profile('CRIMEA');
		expect(statusHeading(crimea.facts.status, ru)).toBe('Статус территории оспаривается');
		expect(statusHeading(moscow.facts.status, ru)).toBeNull();
		// Crimea is in the 2021 report and in Rosstat's table 1.1: it has a per-resident figure (it had none).
		const crimea2021 = rowsOf(crimea.funding, 'health_consolidated_incl_tfoms').find((r) => r.year === 2021);
		expect(crimea2021?.value_rub).toBeGreaterThan(0);
		expect(crimea2021?.rub_per_resident).toBeCloseTo((crimea2021?.value_rub as number) / 1_932_000, 6);
		expect(crimea2021?.population_date).toBe('2021-01-01');
		// The four subjects of 2022 have no official population at all.
		expect(dpr.population).toEqual([]);
		expect(crimea.population).toHaveLength(5);
		// A year without a population still says so, never divides by another vintage.
		expect(fundingLines([{ ...crimea2021!, rub_per_resident: null }], ru)[0]?.value).toBe('нет данных: нет численности населения за этот год');
	});

	it('lists each source once and links to the other views with the subject in the URL', () => {
		const refs = accessItems(moscow.access, ru).map((a) => a.source);
		expect(distinctSources(refs).map((s) => s.text)).toEqual([
			'Коммерсантъ, 20.08.2025',
			'Вести Таганки (vestitaganka.moscow, со ссылкой на «Москва.Центр»), 26.02.2020',
			'Москва 24, 29.09.2025'
		]);
		expect(viewLink({ path: '/compare', param: 'pin', key: 'RU-MOW', locale: 'ru' })).toBe('/compare?pin=RU-MOW');
		expect(viewLink({ path: '/', param: 'region', key: 'RU-MOW', locale: 'en' })).toBe('/?region=RU-MOW&lang=en');
	});
});
