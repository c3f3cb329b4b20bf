import { beforeAll, describe, expect, it } from 'vitest';
import { checkAll } from '../../../src/lib/data/check-all';
import {
	checkPopulationAgainstRegistry,
	checkPopulationCopies,
	checkPopulationDates,
	checkPopulationTotals
} from '../../../src/lib/data/checks-population';
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

describe('the shipped population table', () => {
	const { rows } = loadShipped(population);

	it('has the 85 subjects Rosstat counted for 1 Jan 2019 and 1 Jan 2020, and none of the four of 2022', () => {
		for (const date of ['2019-01-01', '2020-01-01']) {
			const keys = rows.filter((r) => r.date === date).map((r) => r.key);
			expect(keys, date).toHaveLength(85);
			expect(keys, date).toEqual(expect.arrayContaining(['CRIMEA', 'SEVASTOPOL', 'RU-NEN', 'RU-KHM', 'RU-YAN']));
			expect(keys.filter((k) => ['DPR', 'LPR', 'ZAPOROZHYE', 'KHERSON'].includes(k)), date).toEqual([]);
		}
	});

	it('keeps nested okrugs apart: Arkhangelsk and Tyumen without their okrugs', () => {
		const get = (key: string, date: string) => rows.find((r) => r.key === key && r.date === date)?.population;
		expect(get('RU-ARK', '2019-01-01')! + get('RU-NEN', '2019-01-01')!).toBe(1_144_119);
		expect(get('RU-TYU', '2019-01-01')! + get('RU-KHM', '2019-01-01')! + get('RU-YAN', '2019-01-01')!).toBe(3_723_969);
		expect(get('RU-TYU', '2020-01-01')! + get('RU-KHM', '2020-01-01')! + get('RU-YAN', '2020-01-01')!).toBe(3_755_778);
	});

	it('adds up to Rosstat’s national figures within 0.5 %, with no subject missing', () => {
		const report = checkAll(readData);
		expect(report.issues.filter((i) => i.file === 'regions/population.csv')).toEqual([]);
		const byDate = new Map(report.populationByDate.map((d) => [d.date, d]));
		expect(byDate.get('2019-01-01')).toMatchObject({ subjects: 85, sum: 146_780_720, missing: [] });
		expect(byDate.get('2020-01-01')).toMatchObject({ subjects: 85, sum: 146_745_098, missing: [] });
		for (const d of report.populationByDate) expect(Math.abs(d.share ?? 1), d.date).toBeLessThan(0.005);
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

	it('Moscow: 2019 and 2020 by the population of 1 January of the year, 2021 by the 2025 registry figure', async () => {
		const y2019 = await get('RU-MOW', 2019);
		expect([y2019.population, y2019.population_date]).toEqual([12_615_279, '2019-01-01']);
		expect(y2019.rub_per_resident).toBeCloseTo(505_742_414_256.55 / 12_615_279, 6); // 40 089.67
		const y2020 = await get('RU-MOW', 2020);
		expect([y2020.population, y2020.population_date]).toEqual([12_692_466, '2020-01-01']);
		expect(y2020.rub_per_resident).toBeCloseTo(774_061_888_014.55 / 12_692_466, 6); // 60 985.93
		const y2021 = await get('RU-MOW', 2021);
		expect([y2021.population, y2021.population_date]).toEqual([13_258_262, '2025-01-01']);
		expect(y2021.rub_per_resident).toBeCloseTo(797_997_831_156.88 / 13_258_262, 6); // 60 188.72
	});

	it('Moscow’s missing digital-contour subsidy stays empty per resident, not 0', async () => {
		const row = await get('RU-MOW', 2020, 'digital_contour_subsidy');
		expect(row.value_rub).toBeNull();
		expect(row.rub_per_resident).toBeNull();
		expect(row.population_date).toBe('2020-01-01');
	});

	it('St Petersburg', async () => {
		const y2019 = await get('RU-SPE', 2019);
		expect([y2019.population, y2019.population_date]).toEqual([5_383_890, '2019-01-01']);
		expect(y2019.rub_per_resident).toBeCloseTo(174_405_594_228.62 / 5_383_890, 6); // 32 393.97
		const y2020 = await get('RU-SPE', 2020);
		expect(y2020.rub_per_resident).toBeCloseTo(235_152_109_835.31 / 5_392_992, 6); // 43 603.27
	});

	it('Tula, including the digital-contour subsidy', async () => {
		const y2019 = await get('RU-TUL', 2019);
		expect([y2019.population, y2019.population_date]).toEqual([1_478_818, '2019-01-01']);
		expect(y2019.rub_per_resident).toBeCloseTo(27_902_658_472.74 / 1_478_818, 6); // 18 868.22
		const subsidy = await get('RU-TUL', 2020, 'digital_contour_subsidy');
		expect([subsidy.population, subsidy.population_date]).toEqual([1_466_025, '2020-01-01']);
		expect(subsidy.rub_per_resident).toBeCloseTo(262_401_649.15 / 1_466_025, 6); // 178.99
		const y2021 = await get('RU-TUL', 2021);
		expect(y2021.population_date).toBe('2025-01-01');
		expect(y2021.rub_per_resident).toBeCloseTo(38_373_140_559.49 / 1_455_911, 6); // 26 356.79
	});

	it('Crimea now has per-resident figures for 2019–2020, but none for 2021 (no population of its own for 2021 or 2025)', async () => {
		const y2019 = await get('CRIMEA', 2019);
		expect(y2019.rub_per_resident).toBeCloseTo(37_089_581_528.33 / 1_911_818, 6); // 19 400.16
		const none = await db.rows<PerResidentRow>({
			sql: "SELECT * FROM v_funding_per_resident WHERE key = 'CRIMEA' AND year = 2021",
			params: []
		});
		expect(none).toEqual([]);
	});

	it('keeps every funding row of a subject with any population once, and its columns', async () => {
		const [count] = await db.rows<{ n: number }>({
			sql: `SELECT count(*) AS n FROM v_funding_per_resident`,
			params: []
		});
		// 83 subjects with a 2025 figure × 12 rows, plus Crimea and Sevastopol × 2 years × 4 indicators.
		expect(Number(count?.n)).toBe(83 * 12 + 2 * 2 * 4);
		const cols = await db.rows<{ column_name: string }>({
			sql: `SELECT column_name FROM (DESCRIBE v_funding_per_resident)`,
			params: []
		});
		expect(cols.map((c) => c.column_name)).toEqual([
			'key', 'year', 'indicator', 'value_rub', 'source_id', 'note', 'population', 'population_date', 'rub_per_resident'
		]);
	});
});
