import { describe, expect, it } from 'vitest';
import { datasets } from '../../../src/lib/data/schemas/index';
import { formatIssue } from '../../../src/lib/data/issues';
import { parseCsv } from '../../../src/lib/data/validate';
import { readData } from '../../util/shipped';

describe('every shipped file parses against its schema', () => {
	it.each(datasets.map((d) => [d.file, d] as const))('%s', (_file, spec) => {
		const { rows, issues } = parseCsv(readData(spec.file), spec);
		expect(issues.map(formatIssue)).toEqual([]);
		expect(rows.length).toBeGreaterThan(0);
	});

	it('names each DuckDB table once and describes every column in both languages', () => {
		const names = datasets.map((d) => d.name);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toEqual(
			expect.arrayContaining(['regions', 'federal_districts', 'region_aliases', 'sources', 'emr_access', 'usage', 'funding'])
		);
		for (const d of datasets)
			for (const [name, col] of Object.entries(d.columns)) {
				expect(col.description.ru, `${d.name}.${name}`).not.toBe('');
				expect(col.description.en, `${d.name}.${name}`).not.toBe('');
			}
	});
});

describe('contract details the other modules rely on', () => {
	const get = (file: string) => {
		const spec = datasets.find((d) => d.file === file)!;
		return parseCsv(readData(file), spec).rows as Record<string, unknown>[];
	};

	it('regions: 89 subjects, the six without ISO code use fixed keys', () => {
		const rows = get('regions/regions.csv');
		expect(rows).toHaveLength(89);
		const nonIso = rows.filter((r) => r.iso_3166_2 === null).map((r) => r.key);
		expect(nonIso.sort()).toEqual(['CRIMEA', 'DPR', 'KHERSON', 'LPR', 'SEVASTOPOL', 'ZAPOROZHYE']);
		const mow = rows.find((r) => r.key === 'RU-MOW')!;
		expect([mow.abbr_ru, mow.abbr_en, mow.subject_code, mow.okato]).toEqual(['МОС', 'MOW', '77', '45']);
	});

	it('usage: the three headline figures of the Kommersant article are there', () => {
		const rows = get('emr/usage.csv');
		const find = (key: string, metric: string, end: string) =>
			rows.find((r) => r.key === key && r.metric === metric && r.period_end === end);
		expect(find('RU-MOW', 'emk_users', '2025-08-01')?.value).toBe(6_000_000);
		expect(find('RU-SPE', 'registered_users', '2025-08-01')?.value).toBe(2_250_000);
		const tula = find('RU-TUL', 'unique_visitors', '2025-08-01');
		expect([tula?.value, tula?.period_start]).toEqual([500_000, '2025-01-01']);
	});

	it('access: the eight article regions have a row dated 2025-08-20', () => {
		const keys = new Set(get('emr/access.csv').filter((r) => r.observed_on === '2025-08-20').map((r) => r.key));
		for (const k of ['RU-MOW', 'RU-MOS', 'RU-SPE', 'RU-CHE', 'RU-TUL', 'RU-SA', 'RU-STA', 'RU-KHA']) expect(keys).toContain(k);
	});

	it('funding: 85 subjects × 3 years × 4 indicators, Moscow subsidy empty not zero', () => {
		const rows = get('funding/funding.csv');
		expect(rows).toHaveLength(85 * 3 * 4);
		const mow = rows.filter((r) => r.key === 'RU-MOW' && r.indicator === 'digital_contour_subsidy');
		expect(mow.map((r) => r.value_rub)).toEqual([null, null, null]);
	});
});
