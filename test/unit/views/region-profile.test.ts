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
		expect(moscow.population.map((p) => p.date)).toEqual(['2019-01-01', '2020-01-01']);
		expect(typeText(moscow.facts.type, ru)).toBe('Город федерального значения');
		expect(typeText(moscow.facts.type, en)).toBe('Federal city');
	});

	it("lists Moscow's access history oldest first, with the Kommersant article and the current row marked", () => {
		expect(moscow.access.map((a) => [a.as_of, a.access_level, a.is_current])).toEqual([
			['2020', 'partial', false],
			['2025-08-20', 'full', false],
			['2025-09-29', 'full', true]
		]);
		expect(moscow.access[1]).toMatchObject({
			source_publisher: 'Коммерсантъ',
			source_url: 'https://www.kommersant.ru/doc/7974277',
			source_published: '2025-08-20'
		});
		const items = accessItems(moscow.access, ru);
		expect(items[1]?.features).toEqual([
			'результаты анализов',
			'снимки',
			'протоколы приёмов',
			'загрузка своих документов',
			'история лечения'
		]);
		expect(items[1]?.level).toBe('полный доступ');
		expect(items[1]?.source?.text).toBe('Коммерсантъ, 20.08.2025');
		expect(items[1]?.evidence).toMatch(/^В приложении видны результаты/);
		expect(accessItems(moscow.access, en)[1]?.evidence).toMatch(/^The app shows lab/);
	});

	it("shows Moscow's usage figures with qualifier, period, per 100 and the derived one with its formula", () => {
		const users = moscow.usage.find((u) => u.metric === 'emk_users' && !u.derived);
		expect(users?.per_100).toBeCloseTo((6_000_000 / 13_258_262) * 100, 9);
		expect(plain(usageValueText(users!, ru))).toBe('почти 6 000 000');
		expect(plain(usageValueText(users!, en))).toBe('almost 6,000,000');
		expect(usagePeriodText(users!, ru)).toBe('на август 2025');
		const derived = usageItems(moscow.usage, ru).find((u) => u.derived);
		expect(plain(derived?.value)).toBe('4 000 000');
		expect(derived?.derived).toBe('Вычислено нами, не опубликовано: 6 000 000 / 1.5');
		expect(usageItems(moscow.usage, ru).at(-1)?.derived).toBe(derived?.derived); // derived last
		const growth = moscow.usage.find((u) => u.metric === 'emk_users_growth');
		expect(usageValueText(growth!, ru)).toBe('в 1,5 раза');
	});

	it("states Tula's visitors as a window from 1 January to August 2025", async () => {
		const tula = await profile('RU-TUL');
		const visitors = tula.usage.find((u) => u.metric === 'unique_visitors');
		expect(usagePeriodText(visitors!, ru)).toBe('с 01.01.2025 по август 2025');
		expect(visitors?.per_100).toBeCloseTo(34.34, 2);
		expect(usageItems(tula.usage, ru)[0]?.perHundred).toBe('34,3 на 100 жителей (население на 01.01.2025)');
	});

	it("sets Moscow's 2021 health spending per resident against the Central district and Russia", () => {
		const health = rowsOf(moscow.funding, 'health_consolidated_incl_tfoms');
		expect(health.map((r) => r.year)).toEqual([2019, 2020, 2021]);
		const y2021 = health[2]!;
		expect(y2021.rub_per_resident).toBeCloseTo(797_997_831_156.88 / 13_258_262, 6); // 60 188,72
		expect(y2021.district_median).toBeCloseTo(24_518.83, 2);
		expect(y2021.district_n).toBe(18);
		expect(y2021.country_n).toBe(83);
		expect(y2021.country_median).toBeCloseTo(24_859.38, 2);
		expect(plain(fundingTitle({ rows: health, regionName: 'Москва', districtAbbr: 'ЦФО', text: ru }))).toBe(
			'Москва: 60 189 ₽ на жителя в 2021 году — в 2,5 раза больше медианы ЦФО'
		);
		expect(plain(fundingTitle({ rows: health, regionName: 'Moscow', districtAbbr: 'CFD', text: en }))).toBe(
			'Moscow: ₽60,189 per resident in 2021, 2.5 times the CFD median'
		);
		const groups = fundingGroups({ rows: health, regionName: 'Москва', districtAbbr: 'ЦФО', text: ru });
		expect(groups.map((g) => [g.name, g.median])).toEqual([
			['Москва', false],
			['Медиана ЦФО', true],
			['Медиана по России', true]
		]);
		expect(groups[1]?.values[2]).toBeCloseTo(24_518.83, 2);
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
		// Crimea is in the 2021 report but has no population to divide by.
		const crimea2021 = rowsOf(crimea.funding, 'health_consolidated_incl_tfoms').find((r) => r.year === 2021);
		expect(crimea2021?.value_rub).toBeGreaterThan(0);
		expect(crimea2021?.rub_per_resident).toBeNull();
		expect(fundingLines([crimea2021!], ru)[0]?.value).toBe('нет данных: нет численности населения за этот год');
	});

	it('lists each source once and links to the other views with the subject in the URL', () => {
		const refs = accessItems(moscow.access, ru).map((a) => a.source);
		expect(distinctSources(refs).map((s) => s.text)).toEqual([
			'Коммерсантъ, 20.08.2025',
			'Москва 24, 29.09.2025'
		]);
		expect(viewLink({ path: '/compare', param: 'pin', key: 'RU-MOW', locale: 'ru' })).toBe('/compare?pin=RU-MOW');
		expect(viewLink({ path: '/', param: 'region', key: 'RU-MOW', locale: 'en' })).toBe('/?region=RU-MOW&lang=en');
	});
});
