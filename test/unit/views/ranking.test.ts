import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/data/connector';
import { createText } from '../../../src/lib/i18n/text';
import { rankingQuery, federalDistrictsQuery, type RankingRow } from '../../../src/lib/queries/ranking';
import {
	missingNames,
	rankingCsv,
	rankingEntries,
	sortRanking,
	splitRanking
} from '../../../src/lib/components/ranking/ranking-shape';
import { shippedDb } from '../../util/shipped-db';

let db: Connector;
const ru = createText('ru');
const en = createText('en');

beforeAll(async () => {
	db = await shippedDb();
});

/** Intl groups digits with (narrow) no-break spaces; compare as plain spaces. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const byKey = (rows: RankingRow[], key: string) => rows.find((r) => r.key === key);

describe('ranking query on the shipped data', () => {
	it('ranks Moscow first by users per 100 residents, then St Petersburg and Tula', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'users_per_100' }));
		expect(rows).toHaveLength(89);
		expect(rows.slice(0, 3).map((r) => [r.key, r.rank])).toEqual([
			['RU-MOW', 1],
			['RU-SPE', 2],
			['RU-TUL', 3]
		]);
		const tula = byKey(rows, 'RU-TUL');
		expect(tula?.value).toBeCloseTo(34.34, 2);
		expect(tula?.value).toBeCloseTo((500_000 / 1_455_911) * 100, 9);
		expect(tula?.amount_metric).toBe('unique_visitors');
		expect(tula?.date).toBe('2025-08');
		expect(byKey(rows, 'RU-MOW')).toMatchObject({
			amount: 6_000_000,
			qualifier_ru: 'почти',
			source_publisher: 'Коммерсантъ',
			source_url: 'https://www.kommersant.ru/doc/7974277'
		});
	});

	it('lists subjects without a figure with a null value and no rank, after the ranked ones', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'users_per_100' }));
		const missing = rows.filter((r) => r.value === null);
		expect(missing).toHaveLength(86);
		expect(missing.every((r) => r.rank === null && r.rank_country === null)).toBe(true);
		expect(rows.findIndex((r) => r.value === null)).toBe(3);
		expect(byKey(rows, 'RU-KRS')?.value).toBeNull();
	});

	it('lets tied subjects share a rank and skips the next (1, 1, 3 …)', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'access' }));
		expect(byKey(rows, 'RU-MOW')?.rank).toBe(1);
		expect(byKey(rows, 'RU-SPE')?.rank).toBe(1);
		const partial = rows.filter((r) => r.access_level === 'partial');
		expect(partial.length).toBeGreaterThan(1);
		expect(new Set(partial.map((r) => r.rank))).toEqual(new Set([3]));
		const doctors = rows.filter((r) => r.access_level === 'doctors_only');
		expect(new Set(doctors.map((r) => r.rank))).toEqual(new Set([3 + partial.length]));
		// `unknown` (a system, patient access not described) is no data, not a stage.
		expect(byKey(rows, 'RU-SVE')).toMatchObject({ access_level: 'unknown', value: null, rank: null });
	});

	it("ranks Moscow's 2021 health spending per resident first in the Central district, eighth in Russia", async () => {
		const rows = await db.rows<RankingRow>(
			rankingQuery({ metric: 'health_per_resident', year: 2021, district: 'CEN' })
		);
		expect(rows).toHaveLength(18);
		expect(rows.every((r) => r.federal_district === 'CEN')).toBe(true);
		const moscow = rows[0] as RankingRow;
		expect(moscow.key).toBe('RU-MOW');
		expect(moscow.rank).toBe(1);
		expect(moscow.rank_country).toBe(8);
		// 797 997 831 156.88 ₽ in 2021 / 12 979 400 residents on 1 Jan 2021 (Rosstat table 1.1).
		expect(moscow.value).toBeCloseTo(797_997_831_156.88 / 12_979_400, 6); // 61 481.87, was 60 188.72
		expect(moscow.population_date).toBe('2021-01-01');
		expect(moscow.date).toBe('2021');
		// The Central district's median (18 subjects, even count: mean of the 9th and 10th).
		const sorted = rows.map((r) => r.value as number).sort((a, b) => a - b);
		expect((sorted[8]! + sorted[9]!) / 2).toBeCloseTo(23_867.76, 2); // was 24 518.83
	});

	it('divides each year by the population of that year where known', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'health_per_resident', year: 2019 }));
		const moscow = byKey(rows, 'RU-MOW');
		expect(moscow?.population).toBe(12_827_700);
		expect(moscow?.population_date).toBe('2019-01-01');
		expect(moscow?.value).toBeCloseTo(505_742_414_256.55 / 12_827_700, 6);
	});

	it('ranks internet use of a survey year (Rosstat 17.7.1): 85 subjects, the four of 2022 without data', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'internet_use', year: 2022 }));
		expect(rows).toHaveLength(89);
		expect(rows.filter((r) => r.value !== null)).toHaveLength(85);
		expect(rows.filter((r) => r.value === null).map((r) => r.key).sort()).toEqual(['DPR', 'KHERSON', 'LPR', 'ZAPOROZHYE']);
		const moscow = byKey(rows, 'RU-MOW');
		expect(moscow).toMatchObject({ value: 97.9, rank: 1, date: '2022', source_id: 'rosstat-regions-2023' });
		const entry = rankingEntries(rows, 'internet_use', ru).find((e) => e.key === 'RU-MOW');
		expect(plain(entry?.valueText)).toBe('97,9 %');
		expect(entry?.date).toBe('2022');
		expect(entry?.source?.text).toMatch(/^Росстат .*, 2023$/);
	});

	it('takes the year of the metric: a funding year for internet use is kept, a year it lacks falls back to 2022', async () => {
		const y2014 = await db.rows<RankingRow>(rankingQuery({ metric: 'internet_use', year: 2014 }));
		expect(y2014.filter((r) => r.value !== null)).toHaveLength(83); // Crimea and Sevastopol «…» in 2014
		const fallback = await db.rows<RankingRow>(rankingQuery({ metric: 'internet_use', year: 2030 }));
		expect(byKey(fallback, 'RU-MOW')?.date).toBe('2022');
		const health = await db.rows<RankingRow>(rankingQuery({ metric: 'health_per_resident', year: 2016 }));
		expect(byKey(health, 'RU-MOW')?.date).toBe('2021');
	});

	it("never ranks Moscow's missing digital-contour subsidy as zero", async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'subsidy_per_resident', year: 2020 }));
		expect(byKey(rows, 'RU-MOW')).toMatchObject({ value: null, rank: null });
		expect(rows.filter((r) => r.value !== null)).toHaveLength(84);
		expect(rows.at(-1)?.value).toBeNull();
	});

	it('binds the district as a parameter', async () => {
		const rows = await db.rows<RankingRow>(
			rankingQuery({ metric: 'access', district: "CEN' OR '1'='1" })
		);
		expect(rows).toEqual([]);
	});

	it('lists the eight federal districts west to east', async () => {
		const districts = await db.rows<{ key: string }>(federalDistrictsQuery());
		expect(districts.map((d) => d.key)).toEqual(['CEN', 'NW', 'SOU', 'NCA', 'VOL', 'URA', 'SIB', 'FE']);
	});
});

describe('ranking shaping', () => {
	it('formats values with their unit, the count behind them, the date and the source', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'users_per_100' }));
		const [moscow] = rankingEntries(rows, 'users_per_100', ru);
		expect(plain(moscow?.detail)).toBe('почти 6 000 000 — пользователи ЭМК');
		expect(moscow).toMatchObject({
			name: 'Москва',
			rankText: '1',
			valueText: '45,3 на 100 жителей',
			date: 'август 2025',
			source: { text: 'Коммерсантъ, 20.08.2025', url: 'https://www.kommersant.ru/doc/7974277' }
		});
		const [moscowEn] = rankingEntries(rows, 'users_per_100', en);
		expect(moscowEn?.valueText).toBe('45.3 per 100 residents');
		expect(moscowEn?.name).toBe('Moscow');
	});

	it('shows a shared rank as a range and says so', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'access' }));
		const entries = rankingEntries(rows, 'access', ru);
		const moscow = entries.find((e) => e.key === 'RU-MOW');
		expect(moscow?.rankText).toBe('1–2');
		expect(moscow?.rankLabel).toBe('места 1–2, поровну');
		expect(moscow?.valueText).toBe('полный доступ');
		const primorye = entries.find((e) => e.key === 'RU-PRI');
		expect(primorye?.rankText).toBe('13'); // last of the 13 subjects with an observed stage
	});

	it('splits off the subjects without data and sorts them by name, marking disputed ones', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'health_per_resident', year: 2021 }));
		const { ranked, missing } = splitRanking(rankingEntries(rows, 'health_per_resident', ru));
		expect(ranked).toHaveLength(85); // was 83: Crimea and Sevastopol now have a 2021 population
		expect(missing.map((e) => e.key).sort()).toEqual(['DPR', 'KHERSON', 'LPR', 'ZAPOROZHYE']);
		expect(missing.every((e) => e.marked && e.valueText === 'нет данных')).toBe(true);
		const names = missingNames(missing, 'ru').map((e) => e.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')));
		expect(plain(ranked[0]?.valueText)).toBe('122 036 ₽ на жителя'); // Chukotka; was 121 266
	});

	it('sorts by rank either way (ties alphabetical) or by name', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'access' }));
		const { ranked } = splitRanking(rankingEntries(rows, 'access', ru));
		const asc = sortRanking(ranked, { by: 'rank', direction: 'asc' }, 'ru');
		expect(asc.slice(0, 2).map((e) => e.name)).toEqual(['Москва', 'Санкт-Петербург']);
		const desc = sortRanking(ranked, { by: 'rank', direction: 'desc' }, 'ru');
		expect(desc[0]?.key).toBe('RU-PRI');
		const byName = sortRanking(ranked, { by: 'name', direction: 'asc' }, 'ru');
		expect(byName.map((e) => e.name)).toEqual([...byName.map((e) => e.name)].sort((a, b) => a.localeCompare(b, 'ru')));
	});

	it('writes the ranking as CSV with a BOM, ranked subjects first, empty cells for no data', async () => {
		const rows = await db.rows<RankingRow>(rankingQuery({ metric: 'users_per_100' }));
		const csv = rankingCsv(rows, 'users_per_100', ru);
		const lines = csv.slice(1).trim().split('\r\n');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines).toHaveLength(90);
		expect(lines[0]).toMatch(/^rank,rank_country,key,region,federal_district,metric,year,value,unit,/);
		expect(lines[1]).toMatch(/^1,1,RU-MOW,Москва,CEN,users_per_100,,45\.25\d+,на 100 жителей,,2025-08,6000000,emk_users,/);
		expect(lines[4]).toMatch(/^,,RU-AD,Адыгея,SOU,users_per_100,,,на 100 жителей,/);
	});
});
