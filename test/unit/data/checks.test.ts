import { describe, expect, it } from 'vitest';
import { checkAll } from '../../../src/lib/server/checks/check-all';
import {
	checkEmptyExplained,
	checkPeriods,
	checkReferences,
	checkShares,
	checkUnique,
	checkUsageRows
} from '../../../src/lib/server/checks/checks';
import {
	checkDuplicatePopulations,
	checkNestedFunding,
	checkPopulationTotal,
	checkRegionKeys,
	checkRegionRows
} from '../../../src/lib/server/checks/checks-regions';
import { hasErrors } from '../../../src/lib/data/issues';
import { readData } from '../../util/shipped';

const t = <R>(rows: R[]) => ({ file: 'f.csv', rows, lines: rows.map((_, i) => i + 2) });

describe('generic checks', () => {
	it('checkReferences flags unknown values and ignores empty ones', () => {
		const rows = t([{ k: 'RU-MOW' }, { k: 'RU-XXX' }, { k: null }]);
		expect(checkReferences(rows, 'k', new Set(['RU-MOW']), 'unknown_region')).toMatchObject([{ kind: 'unknown_region', line: 3, value: 'RU-XXX' }]);
	});

	it('checkUnique flags repeats', () => {
		expect(checkUnique(t([{ a: 'МОС' }, { a: 'МОС' }, { a: null }, { a: null }]), 'a')).toMatchObject([{ kind: 'duplicate_key', line: 3 }]);
	});

	it('checkShares flags shares outside 0–100 and shares not in percent', () => {
		const rows = t([
			{ value: 70, unit: 'percent', metric: 'share_x' },
			{ value: 140, unit: 'percent', metric: 'share_x' },
			{ value: 0.7, unit: 'ratio', metric: 'share_y' },
			{ value: 5, unit: 'persons', metric: 'emk_users' }
		]);
		expect(checkShares(rows).map((i) => [i.kind, i.line])).toEqual([
			['bad_share', 3],
			['inconsistent', 4]
		]);
	});

	it('checkPeriods flags a start after the end, comparing partial dates by their precision', () => {
		const rows = t([
			{ s: '2022', e: '2022-09' },
			{ s: '2025-09-01', e: '2025-08-01' },
			{ s: null, e: '2025' }
		]);
		expect(checkPeriods(rows, 's', 'e').map((i) => i.line)).toEqual([3]);
	});

	it('checkUsageRows flags a derived value without formula, a stray qualifier and a month not on day 1', () => {
		const ok = { derived: false, formula: null, approx: false, qualifier_ru: null, period_end: '2025-08-01', date_precision: 'month' };
		const rows = t([
			ok,
			{ ...ok, derived: true },
			{ ...ok, qualifier_ru: 'почти' },
			{ ...ok, period_end: '2025-08-20' },
			{ ...ok, date_precision: null }
		]);
		expect(checkUsageRows(rows).map((i) => [i.line, i.column])).toEqual([
			[3, 'formula'],
			[4, 'approx'],
			[5, 'period_end'],
			[6, 'date_precision']
		]);
	});
});

describe('registry checks', () => {
	it('checkRegionKeys: key equals the ISO code, the six use their fixed keys and statuses', () => {
		const rows = t([
			{ key: 'RU-MOW', iso_3166_2: 'RU-MOW', status: 'recognised' },
			{ key: 'MOSCOW', iso_3166_2: 'RU-MOW', status: 'recognised' },
			{ key: 'RU-CRI', iso_3166_2: null, status: 'disputed_2014' },
			{ key: 'CRIMEA', iso_3166_2: null, status: 'recognised' }
		]);
		expect(checkRegionKeys(rows).map((i) => [i.kind, i.line])).toEqual([
			['inconsistent', 3],
			['unknown_region', 4],
			['inconsistent', 5]
		]);
	});

	const pop = (key: string, population: number | null, status = 'recognised') => ({ key, status, population, population_date: population === null ? null : '2025-01-01' });
	const ref = { sourceIds: [], date: '2025-01-01', total: 1000, statuses: ['recognised'], tolerance: 0.005 };

	it('checkPopulationTotal: warns while figures are missing, fails once complete and off, ignores the excluded', () => {
		expect(checkPopulationTotal(t([pop('A', 600), pop('B', 400), pop('X', 999, 'annexed_2022')]), ref).issues).toEqual([]);
		const partial = checkPopulationTotal(t([pop('A', 600), pop('B', null)]), ref);
		expect(partial.missing).toEqual(['B']);
		expect(partial.difference).toBe(-400);
		expect(hasErrors(partial.issues)).toBe(false);
		expect(partial.issues).toHaveLength(1);
		expect(hasErrors(checkPopulationTotal(t([pop('A', 600), pop('B', 390)]), ref).issues)).toBe(true);
		expect(hasErrors(checkPopulationTotal(t([pop('A', 600), pop('B', 600), pop('C', null)]), ref).issues)).toBe(true);
	});

	it('checkPopulationTotal flags a population not dated 1 Jan 2025', () => {
		const rows = t([{ ...pop('A', 600), population_date: '2024-01-01' }, pop('B', 400)]);
		expect(checkPopulationTotal(rows, ref).issues.map((i) => i.kind)).toEqual(['inconsistent']);
	});

	it('checkDuplicatePopulations catches a copied row (the Kaluga/Kaliningrad fault)', () => {
		const rows = t([pop('RU-KLU', 1064747), pop('RU-KGD', 1064747), pop('RU-TUL', 1455911)]);
		expect(checkDuplicatePopulations(rows)).toMatchObject([{ line: 3, message: expect.stringContaining('RU-KLU') }]);
	});

	it('checkNestedFunding flags a Tyumen report that includes its okrugs, and passes the real shape', () => {
		const population = new Map([
			['RU-TYU', 1_600_000],
			['RU-KHM', 1_780_000],
			['RU-YAN', 520_000]
		]);
		const row = (key: string, value_rub: number) => ({ key, year: 2021, indicator: 'health_consolidated_budget', value_rub });
		const real = t([row('RU-TYU', 30e9), row('RU-KHM', 60e9), row('RU-YAN', 30e9)]);
		expect(checkNestedFunding(real, population)).toEqual([]);
		const inclusive = t([row('RU-TYU', 120e9), row('RU-KHM', 60e9), row('RU-YAN', 30e9)]);
		expect(checkNestedFunding(inclusive, population)).toMatchObject([{ kind: 'double_count', value: 'RU-TYU 2021|health_consolidated_budget' }]);
		const subsidy = t([{ ...row('RU-TYU', 120e9), indicator: 'digital_contour_subsidy' }, { ...row('RU-KHM', 1), indicator: 'digital_contour_subsidy' }, { ...row('RU-YAN', 1), indicator: 'digital_contour_subsidy' }]);
		expect(checkNestedFunding(subsidy, population)).toEqual([]);
	});
});

describe('checkAll', () => {
	it('passes the shipped data with no errors', () => {
		const report = checkAll(readData);
		expect(report.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
		expect(report.regionCount).toBe(89);
	});

	it('reports broken references across files', () => {
		const broken = (file: string) => {
			const text = readData(file);
			if (file === 'emr/usage.csv') return text.replace('RU-TUL,unique_visitors', 'RU-TLA,unique_visitors');
			if (file === 'emr/access.csv') return text.replace(',kommersant-2025-08-20\n', ',kommersant-2025-08-21\n');
			if (file === 'regions/regions.csv') return text.replace('1032904', '1064747');
			return text;
		};
		const kinds = checkAll(broken).issues.filter((i) => i.severity !== 'warning').map((i) => `${i.file}:${i.kind}`);
		expect(kinds).toEqual(
			expect.arrayContaining(['emr/usage.csv:unknown_region', 'emr/access.csv:missing_source', 'regions/regions.csv:inconsistent'])
		);
	});
});

describe('row-level fact checks', () => {
	it('checkEmptyExplained wants a note on every empty value', () => {
		const rows = t([{ v: null, note: 'no line in the report' }, { v: null, note: null }, { v: 1, note: null }]);
		expect(checkEmptyExplained(rows, 'v')).toMatchObject([{ kind: 'empty_required', line: 3 }]);
	});

	it('checkRegionRows wants a source for every figure and a formula for a derived one', () => {
		const ok = {
			population: 1,
			population_date: '2025-01-01',
			population_source_id: 's',
			population_derived: false,
			population_formula: null,
			area_km2: 1,
			area_source_id: 's'
		};
		const rows = t([ok, { ...ok, population_source_id: null }, { ...ok, population_derived: true }, { ...ok, area_source_id: null }]);
		expect(checkRegionRows(rows).map((i) => [i.line, i.column])).toEqual([
			[3, 'population_source_id'],
			[4, 'population_formula'],
			[5, 'area_source_id']
		]);
	});
});
