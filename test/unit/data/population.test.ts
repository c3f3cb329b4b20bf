import { beforeAll, describe, expect, it } from 'vitest';
import { checkAll } from '../../../src/lib/server/checks/check-all';
import {
	checkNestedPopulation,
	checkPopulationAgainstRegistry,
	checkPopulationCopies,
	checkPopulationDates,
	checkPopulationTotals
} from '../../../src/lib/server/checks/checks-population';
import { ROSSTAT_POPULATION_TOTALS } from '../../../src/lib/server/checks/rosstat-population-totals';
import type { Connector } from '../../../src/lib/data/connector';
import { hasErrors } from '../../../src/lib/data/issues';
import { population } from '../../../src/lib/data/schemas';
import { loadShipped, readData } from '../../util/shipped';
import { shippedDb } from '../../util/shipped-db';

const t = <R>(rows: R[]) => ({ file: 'p.csv', rows, lines: rows.map((_, i) => i + 2) });
const row = (key: string, population: number, date = '2019-01-01') => ({ key, date, population });
const registry = [
	{ key: 'A', status: 'recognised', population: 600 },
	{ key: 'B', status: 'recognised', population: 400 },
	{ key: 'C', status: 'disputed_2014', population: null },
	{ key: 'X', status: 'annexed_2022', population: null }
];
const totals = [{ date: '2019-01-01', total: 1100, sourceIds: [], note: '' }];

describe('population checks', () => {
	it('accepts a complete date that matches the national total, and reports the sum', () => {
		const { issues, reports } = checkPopulationTotals(t([row('A', 600), row('B', 400), row('C', 100)]), registry, { totals });
		expect(issues).toEqual([]);
		expect(reports).toEqual([{ date: '2019-01-01', subjects: 3, sum: 1100, total: 1100, difference: 0, share: 0, missing: [] }]);
	});

	it('warns while subjects are missing, fails once complete and off by 0.5 % or more, or when over the total', () => {
		const partial = checkPopulationTotals(t([row('A', 600), row('B', 400)]), registry, { totals });
		expect(partial.reports[0]?.missing).toEqual(['C']);
		expect(hasErrors(partial.issues)).toBe(false);
		expect(partial.issues).toHaveLength(1);
		expect(hasErrors(checkPopulationTotals(t([row('A', 600), row('B', 400), row('C', 90)]), registry, { totals }).issues)).toBe(true);
		expect(hasErrors(checkPopulationTotals(t([row('A', 600), row('B', 600)]), registry, { totals }).issues)).toBe(true);
	});

	it('rejects a figure for a subject Rosstat did not count (the four of 2022), and reports dates without a total', () => {
		const { issues, reports } = checkPopulationTotals(t([row('X', 5, '2021-01-01')]), registry, { totals });
		expect(issues.map((i) => [i.kind, i.value])).toEqual([['inconsistent', 'X']]);
		expect(reports[0]).toMatchObject({ date: '2021-01-01', total: null, missing: ['A', 'B', 'C'] });
	});

	it('wants an exact match when the total comes from the same table (tolerance 0)', () => {
		const exact = [{ ...totals[0]!, tolerance: 0 }];
		expect(checkPopulationTotals(t([row('A', 600), row('B', 400), row('C', 100)]), registry, { totals: exact }).issues).toEqual([]);
		const off = checkPopulationTotals(t([row('A', 600), row('B', 400), row('C', 99)]), registry, { totals: exact });
		expect(off.issues.map((i) => [i.kind, i.severity ?? 'error'])).toEqual([['population_total', 'error']]);
	});

	it('wants the oblast without its okrugs plus the okrugs to equal the oblast with them', () => {
		const totals = [{ date: '2019-01-01', parent: 'RU-TYU', total: 3_738_500 }];
		const parts = [row('RU-TYU', 1_552_500), row('RU-KHM', 1_646_400), row('RU-YAN', 539_600)];
		expect(checkNestedPopulation(t(parts), totals)).toEqual([]);
		// The oblast taken *with* its okrugs counts them twice.
		const inclusive = [row('RU-TYU', 3_738_500), row('RU-KHM', 1_646_400), row('RU-YAN', 539_600)];
		expect(checkNestedPopulation(t(inclusive), totals)).toMatchObject([{ kind: 'double_count', value: 'RU-TYU 2019-01-01' }]);
		expect(checkNestedPopulation(t(parts.slice(0, 2)), totals)).toHaveLength(1);
	});

	it('wants 1 January dates', () => {
		expect(checkPopulationDates(t([row('A', 1), row('B', 1, '2019-07-01')])).map((i) => i.line)).toEqual([3]);
	});

	it('catches a row copied to another subject within one date, not across dates', () => {
		const rows = t([row('A', 500), row('B', 500), row('A', 500, '2020-01-01')]);
		expect(checkPopulationCopies(rows)).toMatchObject([{ line: 3, message: expect.stringContaining('A') }]);
	});

	it('warns when a yearly figure is far from the 2025 registry figure (a misaligned row)', () => {
		const issues = checkPopulationAgainstRegistry(t([row('A', 590), row('B', 4000), row('C', 5)]), registry);
		expect(issues.map((i) => [i.line, i.severity])).toEqual([[3, 'warning']]);
	});
});

describe('the shipped population table (Rosstat table 1.1, «Регионы России. 2023»)', () => {
	const { rows } = loadShipped(population);
	const get = (key: string, date: string) => rows.find((r) => r.key === key && r.date === date)?.population;
	const DATES = ['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01'];

	it('has the 85 subjects Rosstat counted on every 1 January 2019–2023, Crimea and Sevastopol included, none of the four of 2022', () => {
		for (const date of DATES) {
			const keys = rows.filter((r) => r.date === date).map((r) => r.key);
			expect(keys, date).toHaveLength(85);
			expect(keys, date).toEqual(expect.arrayContaining(['CRIMEA', 'SEVASTOPOL', 'RU-NEN', 'RU-KHM', 'RU-YAN']));
			expect(keys.filter((k) => ['DPR', 'LPR', 'ZAPOROZHYE', 'KHERSON'].includes(k)), date).toEqual([]);
		}
		expect(new Set(rows.map((r) => r.source_id))).toEqual(new Set(['rosstat-regions-2023']));
	});

	it('is the table in persons: thousands with one decimal × 1000 (Moscow 12 827,7 thousand on 1 Jan 2019, cell T26)', () => {
		expect(get('RU-MOW', '2019-01-01')).toBe(12_827_700);
		expect(get('RU-MOW', '2021-01-01')).toBe(12_979_400);
		expect(get('SEVASTOPOL', '2021-01-01')).toBe(531_800);
		for (const r of rows) expect(r.population % 100, `${r.key} ${r.date}`).toBe(0);
	});

	it('keeps nested okrugs apart: Arkhangelsk and Tyumen without their okrugs add up to the rows with them', () => {
		for (const t of ROSSTAT_POPULATION_TOTALS) {
			expect(get('RU-ARK', t.date)! + get('RU-NEN', t.date)!, t.date).toBe(t.withOkrugs['RU-ARK']);
			expect(get('RU-TYU', t.date)! + get('RU-KHM', t.date)! + get('RU-YAN', t.date)!, t.date).toBe(t.withOkrugs['RU-TYU']);
		}
		expect(get('RU-ARK', '2019-01-01')! + get('RU-NEN', '2019-01-01')!).toBe(1_071_600);
	});

	it('adds up exactly to the country row of the same table, with no subject missing', () => {
		const report = checkAll(readData);
		expect(report.issues.filter((i) => i.file === 'regions/population.csv')).toEqual([]);
		const byDate = new Map(report.populationByDate.map((d) => [d.date, d]));
		expect(byDate.get('2019-01-01')).toMatchObject({ subjects: 85, sum: 147_840_700, difference: 0, missing: [] });
		expect(byDate.get('2023-01-01')).toMatchObject({ subjects: 85, sum: 146_447_400, difference: 0, missing: [] });
		expect(report.populationByDate.map((d) => d.difference)).toEqual([0, 0, 0, 0, 0]);
	});
});

interface PerResidentRow {
	key: string;
	year: number;
	indicator: string;
	value_rub: number | null;
	population: number;
	population_date: string;
	rub_per_resident: number | null;
}

describe('v_funding_per_resident divides each year by that year’s population', () => {
	let db: Connector;
	const get = async (key: string, year: number, indicator = 'health_consolidated_incl_tfoms') => {
		const rows = await db.rows<PerResidentRow>({
			sql: 'SELECT * FROM v_funding_per_resident WHERE key = ? AND year = ? AND indicator = ?',
			params: [key, year, indicator]
		});
		expect(rows, `${key} ${year} ${indicator}`).toHaveLength(1);
		return rows[0]!;
	};

	beforeAll(async () => {
		db = await shippedDb();
	});

	it('Moscow: every year by the population of 1 January of the year (Rosstat table 1.1)', async () => {
		const y2019 = await get('RU-MOW', 2019);
		expect([y2019.population, y2019.population_date]).toEqual([12_827_700, '2019-01-01']);
		expect(y2019.rub_per_resident).toBeCloseTo(505_742_414_256.55 / 12_827_700, 6); // 39 425.81 (was 40 089.67)
		const y2020 = await get('RU-MOW', 2020);
		expect([y2020.population, y2020.population_date]).toEqual([12_946_600, '2020-01-01']);
		expect(y2020.rub_per_resident).toBeCloseTo(774_061_888_014.55 / 12_946_600, 6); // 59 788.82 (was 60 985.93)
		const y2021 = await get('RU-MOW', 2021);
		expect([y2021.population, y2021.population_date]).toEqual([12_979_400, '2021-01-01']);
		expect(y2021.rub_per_resident).toBeCloseTo(797_997_831_156.88 / 12_979_400, 6); // 61 481.87 (was 60 188.72 on 1 Jan 2025)
	});

	it('Moscow’s missing digital-contour subsidy stays empty per resident, not 0', async () => {
		const row = await get('RU-MOW', 2020, 'digital_contour_subsidy');
		expect(row.value_rub).toBeNull();
		expect(row.rub_per_resident).toBeNull();
		expect(row.population_date).toBe('2020-01-01');
	});

	it('St Petersburg', async () => {
		const y2019 = await get('RU-SPE', 2019);
		expect([y2019.population, y2019.population_date]).toEqual([5_546_400, '2019-01-01']);
		expect(y2019.rub_per_resident).toBeCloseTo(174_405_594_228.62 / 5_546_400, 6); // 31 444.83 (was 32 393.97)
		const y2020 = await get('RU-SPE', 2020);
		expect(y2020.rub_per_resident).toBeCloseTo(235_152_109_835.31 / 5_580_800, 6); // 42 135.91 (was 43 603.27)
	});

	it('Tula, including the digital-contour subsidy', async () => {
		const y2019 = await get('RU-TUL', 2019);
		expect([y2019.population, y2019.population_date]).toEqual([1_525_800, '2019-01-01']);
		expect(y2019.rub_per_resident).toBeCloseTo(27_902_658_472.74 / 1_525_800, 6); // 18 287.23 (was 18 868.22)
		const subsidy = await get('RU-TUL', 2020, 'digital_contour_subsidy');
		expect([subsidy.population, subsidy.population_date]).toEqual([1_519_000, '2020-01-01']);
		expect(subsidy.rub_per_resident).toBeCloseTo(262_401_649.15 / 1_519_000, 6); // 172.75 (was 178.99)
		const y2021 = await get('RU-TUL', 2021);
		expect(y2021.population_date).toBe('2021-01-01');
		expect(y2021.rub_per_resident).toBeCloseTo(38_373_140_559.49 / 1_507_600, 6); // 25 453.13 (was 26 356.79)
	});

	it('Crimea and Sevastopol have per-resident figures for all three years (Rosstat counts them)', async () => {
		const y2019 = await get('CRIMEA', 2019);
		expect(y2019.rub_per_resident).toBeCloseTo(37_089_581_528.33 / 1_932_800, 6); // 19 189.56 (was 19 400.16)
		const y2021 = await get('CRIMEA', 2021);
		expect([y2021.population, y2021.population_date]).toEqual([1_932_000, '2021-01-01']); // was: no value
		const sev = await get('SEVASTOPOL', 2021);
		expect(sev.population).toBe(531_800);
	});

	it('never divides by another vintage: the four subjects of 2022 have no population and no per-resident rows', async () => {
		const rows = await db.rows<{ n: number }>({
			sql: `SELECT count(*) AS n FROM v_funding_per_resident WHERE population_date <> make_date(year, 1, 1)
				OR key IN ('DPR', 'LPR', 'ZAPOROZHYE', 'KHERSON')`,
			params: []
		});
		expect(Number(rows[0]?.n)).toBe(0);
	});

	it('keeps every funding row of a subject with any population once, and its columns', async () => {
		const [count] = await db.rows<{ n: number }>({
			sql: `SELECT count(*) AS n FROM v_funding_per_resident`,
			params: []
		});
		// 85 subjects × 3 years × 4 indicators (every funding row; was 83 × 12 + 2 × 2 × 4).
		expect(Number(count?.n)).toBe(85 * 12);
		const cols = await db.rows<{ column_name: string }>({
			sql: `SELECT column_name FROM (DESCRIBE v_funding_per_resident)`,
			params: []
		});
		expect(cols.map((c) => c.column_name)).toEqual([
			'key', 'year', 'indicator', 'value_rub', 'source_id', 'note', 'population', 'population_date', 'rub_per_resident'
		]);
	});
});
