import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/data/connector';
import { fundingScatterQuery, type FundingScatterRow } from '../../../src/lib/queries/funding-scatter';
import { shapeFundingScatter, type ScatterSettings } from '../../../src/lib/views/funding/funding-points';
import { scatterHeadline } from '../../../src/lib/views/funding/funding-headline';
import { fundingScatterOption, labelSides, symbolSize, type FundingScatterSettings } from '../../../src/lib/views/funding/funding-scatter-option';
import { placeLabels } from '../../../src/lib/charts/shape/label-placement';
import { readFundingView, withFundingView } from '../../../src/lib/views/funding/funding-state';
import { createText } from '../../../src/lib/i18n/text';
import { shippedDb } from '../../util/shipped-db';

const ru = createText('ru');
/** Russian formatting uses no-break spaces; compare with plain ones. */
const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
let db: Connector;
let health2021: FundingScatterRow[];

/** A value straight from the shipped CSV, to check the SQL against by hand. */
async function csvValue(file: string, prefix: string): Promise<number> {
	const line = (await readFile(`data/${file}`, 'utf8')).split('\n').find((l) => l.startsWith(prefix));
	if (!line) throw new Error(`${prefix} not in ${file}`);
	return Number(line.slice(prefix.length).split(',')[0]);
}

const settings = (over: Partial<ScatterSettings> = {}): ScatterSettings => ({
	x: 'health_per_resident',
	y: 'access',
	year: 2021,
	logScale: false,
	withoutMoscow: false,
	...over
});

beforeAll(async () => {
	db = await shippedDb();
	health2021 = await db.rows<FundingScatterRow>(fundingScatterQuery({ year: 2021, indicator: 'health_consolidated_incl_tfoms' }));
});

describe('funding scatter SQL on the shipped data, 2021', () => {
	it('lists every registry subject once; 13 have spending and an observed access stage', () => {
		expect(health2021).toHaveLength(89);
		const both = health2021.filter((r) => r.rub_per_resident !== null && r.stage !== null);
		expect(both.map((r) => r.key).sort()).toEqual(
			// Not Bashkortostan, Nizhny Novgorod or Voronezh: their rows are promises, which set no stage.
			['RU-AMU', 'RU-CHE', 'RU-KHA', 'RU-KLU', 'RU-MOS', 'RU-MOW', 'RU-PER', 'RU-PRI', 'RU-SA', 'RU-SPE', 'RU-STA', 'RU-TUL', 'RU-YEV']
		);
		// 85 reported, all with a Rosstat population on 1 Jan 2021 (was 83: Crimea and Sevastopol lacked the 2025 figure)
		expect(health2021.filter((r) => r.rub_per_resident !== null)).toHaveLength(85);
	});

	it("divides Moscow's 2021 spending by its population on 1 Jan 2021 (Rosstat table 1.1), as the row says", async () => {
		const moscow = health2021.find((r) => r.key === 'RU-MOW') as FundingScatterRow;
		const spent = await csvValue('funding/funding.csv', 'RU-MOW,2021,health_consolidated_incl_tfoms,');
		expect(spent).toBe(797997831156.88);
		expect(moscow.population_date).toBe('2021-01-01');
		expect(moscow.population).toBe(await csvValue('regions/population.csv', 'RU-MOW,2021-01-01,'));
		expect(moscow.population).toBe(12979400);
		expect(moscow.rub_per_resident).toBeCloseTo(spent / 12979400, 6);
		expect(moscow.rub_per_resident).toBeCloseTo(61481.87, 2); // was 60 188.72 (1 Jan 2025, unofficial)
		expect(moscow.stage).toBe(3);
	});

	it('gives St Petersburg 221.3 bn ₽ / 5 588 500 = 39 604.62 ₽ per resident', () => {
		const spb = health2021.find((r) => r.key === 'RU-SPE') as FundingScatterRow;
		expect(spb.value_rub).toBe(221330445607.54);
		expect(spb.rub_per_resident).toBeCloseTo(221330445607.54 / 5588500, 6);
		expect(spb.rub_per_resident).toBeCloseTo(39604.62, 2); // was 39 201.68
		// Users per 100 still use the registry's 1 Jan 2025 figure (unofficial copy).
		expect(spb.per_100).toBeCloseTo(2250000 / 5645943 * 100, 6);
	});

	it('uses the population of the same year where one exists (2019)', async () => {
		const rows = await db.rows<FundingScatterRow>(fundingScatterQuery({ year: 2019, indicator: 'health_consolidated_incl_tfoms' }));
		const moscow = rows.find((r) => r.key === 'RU-MOW') as FundingScatterRow;
		expect(moscow.population_date).toBe('2019-01-01');
		expect(moscow.rub_per_resident).toBeCloseTo(505742414256.55 / 12827700, 6); // 39 425.81, was 40 089.67
	});

	it('leaves Moscow out of the subsidy scatter: it received no digital-contour subsidy', async () => {
		const rows = await db.rows<FundingScatterRow>(fundingScatterQuery({ year: 2021, indicator: 'digital_contour_subsidy' }));
		expect(rows.find((r) => r.key === 'RU-MOW')?.rub_per_resident).toBeNull();
		const shape = shapeFundingScatter({ rows, settings: settings({ x: 'subsidy_per_resident' }), text: ru });
		expect(shape.coverage.both).toBe(12);
		expect(shape.points.some((p) => p.key === 'RU-MOW')).toBe(false);
	});

	it('computes the district median over the district’s subjects with a value', () => {
		const fe = health2021.filter((r) => r.federal_district === 'FE' && r.rub_per_resident !== null);
		const sorted = fe.map((r) => r.rub_per_resident as number).sort((a, b) => a - b);
		const mid = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
		expect(health2021.find((r) => r.key === 'RU-SA')?.district_median).toBeCloseTo(mid as number, 6);
	});
});

describe('funding scatter shaping', () => {
	it('states coverage and draws 13 points, 12 without Moscow', () => {
		const shape = shapeFundingScatter({ rows: health2021, settings: settings(), text: ru });
		expect(shape.coverage).toEqual({ total: 89, withX: 85, withY: 13, both: 13, shown: 13 });
		const without = shapeFundingScatter({ rows: health2021, settings: settings({ withoutMoscow: true }), text: ru });
		expect(without.coverage.shown).toBe(12);
		expect(without.points.some((p) => p.key === 'RU-MOW')).toBe(false);
	});

	// With 16 regions (three of them resting on promises) Yakutia was flagged; with the 13 observed stages
	// its spending is within the spread of the others, and the scatter says nothing it cannot defend.
	it('flags no outlier among the 13 observed stages; Yakutia is no longer one', () => {
		const shape = shapeFundingScatter({ rows: health2021, settings: settings(), text: ru });
		expect(shape.outliers).toEqual([]);
		expect(shape.points.find((p) => p.key === 'RU-SA')?.outlier).toBe(false);
	});

	it('explains an outlier in one line against its district median', () => {
		const sa = health2021.find((r) => r.key === 'RU-SA') as FundingScatterRow;
		// Yakutia spending three times its district median with doctors-only access would be flagged.
		const tripled = health2021.map((r) => (r.key === 'RU-SA' ? { ...r, rub_per_resident: (sa.rub_per_resident as number) * 3 } : r));
		const shape = shapeFundingScatter({ rows: tripled, settings: settings(), text: ru });
		expect(shape.outliers.map((o) => o.key)).toEqual(['RU-SA']);
		const pct = Math.round((((sa.rub_per_resident as number) * 3) / (sa.district_median as number) - 1) * 100);
		expect(plain(shape.outliers[0]?.text)).toBe(`Якутия: расходы выше медианы округа на ${pct} %, но доступ только у врачей`);
	});

	it('fits no line with users per 100 (three regions) and says why in the headline', () => {
		const shape = shapeFundingScatter({ rows: health2021, settings: settings({ y: 'users_per_100' }), text: ru });
		expect(shape.points.map((p) => p.key).sort()).toEqual(['RU-MOW', 'RU-SPE', 'RU-TUL']);
		expect(shape.fit).toBeNull();
		expect(scatterHeadline({ points: shape.points, y: 'users_per_100', text: ru })).toContain('лишь у 3 регионов');
	});

	it('puts the sourced facts into each tooltip', () => {
		const shape = shapeFundingScatter({ rows: health2021, settings: settings(), text: ru });
		const moscow = shape.points.find((p) => p.key === 'RU-MOW');
		expect(plain(moscow?.tooltip[0])).toBe('61 482 ₽ на жителя в 2021 г.');
		expect(plain(moscow?.tooltip.join('\n'))).toMatch(/население на 01\.01\.2021: 12 979 400/);
		expect(moscow?.tooltip.join('\n')).toMatch(/Источник: Москва 24, 29\.09\.2025/);
	});

	// Hand check: full = MOW 61 482, SPE 39 605 → 50 543 (was 49 695 with the 2025 population); the rest's
	// median depends on which regions have an observed stage.
	it('states the finding: full-access regions spend more (medians)', () => {
		const shape = shapeFundingScatter({ rows: health2021, settings: settings(), text: ru });
		expect(plain(scatterHeadline({ points: shape.points, y: 'access', text: ru }))).toMatch(
			/^Где доступ полный, тратят больше: медиана 50 543 ₽ на жителя против \d+ \d+ ₽ у остальных$/
		);
	});
});

describe('internet use as the y measure (Rosstat, survey of the same year)', () => {
	const internet = () => shapeFundingScatter({ rows: health2021, settings: settings({ y: 'internet_use' }), text: ru });

	it('brings each subject’s share of internet users in the scatter’s year, as in the Rosstat table', async () => {
		const withInternet = health2021.filter((r) => r.internet_percent !== null);
		expect(withInternet.length).toBeGreaterThanOrEqual(83);
		expect(withInternet).toHaveLength(85);
		const moscow = health2021.find((r) => r.key === 'RU-MOW') as FundingScatterRow;
		expect(moscow.internet_percent).toBe(await csvValue('rosstat/internet.csv', 'RU-MOW,2021,internet_use,'));
		expect([moscow.internet_percent, moscow.internet_year]).toEqual([97.9, 2021]);
		expect(moscow.internet_source_publisher).toMatch(/^Росстат/);
		for (const key of ['DPR', 'LPR', 'ZAPOROZHYE', 'KHERSON'])
			expect(health2021.find((r) => r.key === key)?.internet_percent, key).toBeNull();
	});

	it('draws every subject with both values (85), fits a line, and cites Rosstat with the year in the tooltip', () => {
		const shape = internet();
		expect(shape.coverage).toMatchObject({ total: 89, withX: 85, withY: 85, both: 85, shown: 85 });
		expect(shape.fit).not.toBeNull();
		const moscow = shape.points.find((p) => p.key === 'RU-MOW');
		expect(moscow?.y).toBe(97.9);
		const lines = plain(moscow?.tooltip.join('\n')) ?? '';
		expect(lines).toContain('Пользовались интернетом: 97,9 % населения 15–74 лет (2021 г.)');
		expect(lines).toMatch(/Источник: Росстат \(копия в heavenorlasvegas\/regions_parser\), 2023/);
		expect(lines).toMatch(/Доступ: /); // what patients see, beside money and connectivity
	});

	it('states the finding from the points: spending above and below the median share of internet users', () => {
		const shape = internet();
		const ys = shape.points.map((p) => p.y).sort((a, b) => a - b);
		expect(ys).toHaveLength(85);
		const headline = plain(scatterHeadline({ points: shape.points, y: 'internet_use', text: ru })) ?? '';
		expect(headline).toMatch(/^Где интернетом пользуются чаще медианы \(\d+(,\d)? %\), медиана расходов — [\d ]+ ₽ на жителя, в остальных — [\d ]+ ₽$/);
		expect(headline).toContain(`(${plain(ru.decimal(ys[42] as number))} %)`);
	});

	it('explains an outlier with the share of internet users', () => {
		const shape = internet();
		expect(shape.outliers.length).toBeGreaterThan(0);
		// Context, not a contrast: «…; интернетом пользуются 72,2 % …», never «но».
		for (const o of shape.outliers) expect(plain(o.text)).toMatch(/; интернетом пользуются \d+(,\d)? % жителей 15–74 лет$/);
	});

	it('spans the y axis around the data (never past 100 %), not from 0', () => {
		const shape = internet();
		const option = fundingScatterOption({
			points: shape.points, fit: shape.fit, yAxis: 'internet_use', logScale: false, selectedKey: null,
			xAxisName: 'x', yAxisName: 'y', stageLabels: [], formatX: String, formatY: String, description: 'd',
			width: 900, height: 380, measure: (t) => t.length * 7.5
		}) as { yAxis: { min: number; max: number } };
		const ys = shape.points.map((p) => p.y);
		expect(option.yAxis.min).toBeGreaterThan(0);
		expect(option.yAxis.min).toBeLessThanOrEqual(Math.min(...ys));
		expect(option.yAxis.max).toBeGreaterThanOrEqual(Math.max(...ys));
		expect(option.yAxis.max).toBeLessThanOrEqual(100);
	});

	it('keeps `y=internet_use` in the URL', () => {
		const url = withFundingView(new URL('https://atlas.example/funding'), { y: 'internet_use', year: 2020 });
		expect(url.search).toBe('?year=2020&y=internet_use');
		expect(readFundingView(url.searchParams)).toMatchObject({ y: 'internet_use', year: 2020 });
	});
});

describe('funding scatter option', () => {
	const shape = () => shapeFundingScatter({ rows: health2021, settings: settings(), text: ru });
	const optionSettings = (over: Partial<FundingScatterSettings> = {}): FundingScatterSettings => ({
		points: shape().points,
		fit: shape().fit,
		yAxis: 'access',
		logScale: false,
		selectedKey: null,
		xAxisName: 'x',
		yAxisName: 'y',
		stageLabels: ['нет', 'у врачей', 'частичный', 'полный'],
		formatX: String,
		formatY: String,
		description: 'd',
		width: 900,
		height: 420,
		measure: (text) => text.length * 7.5, // about right for 12 px Golos Text
		...over
	});
	type Option = {
		series: { data: { key: string; symbol: string; symbolSize: number; itemStyle: { color: string }; label: { show: boolean; position: string } }[] }[];
		xAxis: { type: string; min: number; max: number };
	};
	const build = (over: Partial<FundingScatterSettings> = {}) => fundingScatterOption(optionSettings(over)) as Option;

	it('draws one point per region, outliers as diamonds, the same colour for all (Moscow included)', () => {
		const option = build();
		const data = option.series[0]?.data ?? [];
		expect(data).toHaveLength(13);
		expect(data.filter((d) => d.symbol === 'diamond').map((d) => d.key)).toEqual([]);
		expect(new Set(data.map((d) => d.itemStyle.color)).size).toBe(1);
		expect(option.series[1]?.data.length).toBeGreaterThan(2); // the robust line
		expect([option.xAxis.min, option.xAxis.max]).toEqual([15000, 70000]);
	});

	it('labels Moscow and Yakutia, and no two labels or a label and a marker collide', () => {
		const option = build();
		const label = (key: string) => option.series[0]?.data.find((d) => d.key === key)?.label;
		expect(label('RU-MOW')?.show).toBe(true);
		expect(label('RU-SA')?.show).toBe(true);
		const shown = option.series[0]?.data.filter((d) => d.label.show).length ?? 0;
		expect(shown).toBeGreaterThanOrEqual(10);
		expect(shown).toBeLessThanOrEqual(13);
	});

	it('at 390 px keeps the selected region, the outlier and Moscow labelled', () => {
		const sides = labelSides(optionSettings({ width: 340, selectedKey: 'RU-TUL' }));
		expect(sides.get('RU-TUL')).not.toBeNull();
		expect(sides.get('RU-SA')).not.toBeNull();
		expect(sides.get('RU-MOW')).not.toBeNull();
	});

	it('before the chart is measured labels only the three most important points', () => {
		const sides = labelSides(optionSettings({ width: 0 }));
		expect([...sides].filter(([, side]) => side !== null).map(([key]) => key)).toEqual(['RU-MOW', 'RU-SA', 'RU-SPE']);
	});

	it('enlarges the selected point and switches the x axis to log (bounds at powers of two)', () => {
		const option = build({ selectedKey: 'RU-TUL', logScale: true });
		expect(option.xAxis.type).toBe('log');
		expect([option.xAxis.min, option.xAxis.max]).toEqual([16384, 65536]);
		expect(option.series[0]?.data.find((d) => d.key === 'RU-TUL')?.symbolSize).toBe(17);
		const point = shape().points.find((p) => p.key === 'RU-SA');
		expect(point && symbolSize(point, null)).toBe(10); // not an outlier, so not enlarged
	});
});

describe('label placement', () => {
	const plot = { left: 0, right: 400 };
	it.each([
		['alone: right of its marker', [{ key: 'a', px: 100, py: 50, radius: 5, width: 60 }], { a: 'right' }],
		['at the right edge: left', [{ key: 'a', px: 380, py: 50, radius: 5, width: 60 }], { a: 'left' }],
		[
			'a neighbour on the right: the second goes left, not over the first',
			[
				{ key: 'a', px: 100, py: 50, radius: 5, width: 60 },
				{ key: 'b', px: 140, py: 50, radius: 5, width: 60 }
			],
			{ a: 'left', b: 'right' }
		],
		[
			'boxed in on both sides: no label',
			[
				{ key: 'a', px: 100, py: 50, radius: 5, width: 60 },
				{ key: 'b', px: 130, py: 50, radius: 5, width: 60 },
				{ key: 'c', px: 70, py: 50, radius: 5, width: 60 }
			],
			{ a: 'top', b: 'right', c: 'left' }
		]
	] as const)('%s', (_name, candidates, expected) => {
		expect(Object.fromEntries(placeLabels({ candidates, plot }))).toEqual(expected);
	});

	it('still labels a forced point (the selected region) where nothing is free', () => {
		const row = (key: string, px: number) => ({ key, px, py: 50, radius: 5, width: 60 });
		const sides = placeLabels({
			candidates: [row('b', 130), row('c', 70), { ...row('x', 100), width: 380 }, { ...row('f', 100), force: true }],
			plot
		});
		expect(sides.get('x')).toBeNull();
		expect(sides.get('f')).not.toBeNull();
	});
});

describe('funding view state in the URL', () => {
	it('reads defaults from an empty query string and round-trips every field', () => {
		const base = new URL('https://atlas.example/funding');
		expect(readFundingView(base.searchParams)).toEqual({
			x: 'health_per_resident', y: 'access', year: 2021, logScale: false, withoutMoscow: false, region: null
		});
		const url = withFundingView(base, { x: 'subsidy_per_resident', y: 'users_per_100', year: 2019, logScale: true, withoutMoscow: true, region: 'RU-SA' });
		expect(url.search).toBe('?region=RU-SA&year=2019&log=1&nomsk=1&x=subsidy_per_resident&y=users_per_100');
		expect(readFundingView(url.searchParams)).toEqual({
			x: 'subsidy_per_resident', y: 'users_per_100', year: 2019, logScale: true, withoutMoscow: true, region: 'RU-SA'
		});
		expect(withFundingView(url, { year: 2021, x: 'health_per_resident' }).search).toBe('?region=RU-SA&log=1&nomsk=1&y=users_per_100');
	});

	it('ignores a year outside 2019–2021 and unknown axes', () => {
		expect(readFundingView(new URLSearchParams('year=2024&x=foo&y=bar'))).toMatchObject({
			year: 2021, x: 'health_per_resident', y: 'access'
		});
	});
});

describe('the user’s imported metric as the y measure', () => {
	// A made-up imported metric, as a user's file would give it: values for some regions only.
	const imported = {
		label: 'Пользователи ЭМК',
		unit: 'тыс. чел.',
		source: 'file.csv (ваши данные, загружено 26.11.2026)',
		values: new Map<string, number>([
			['RU-MOW', 6000],
			['RU-TUL', 120.5],
			['RU-TA', 1010.25],
			['RU-KHM', 300.2],
			['RU-SA', 150],
			['RU-NOPE', 5]
		])
	};

	it('plots only the regions with both numbers, with the file’s value, unit and source in the tooltip', () => {
		const shape = shapeFundingScatter({ rows: health2021, settings: settings({ y: 'imported', imported }), text: ru });
		expect(shape.points.map((p) => p.key).sort()).toEqual(['RU-KHM', 'RU-MOW', 'RU-SA', 'RU-TA', 'RU-TUL']);
		expect(shape.coverage).toMatchObject({ withY: 5, both: 5, shown: 5 });
		const tula = shape.points.find((p) => p.key === 'RU-TUL');
		expect(tula?.y).toBe(120.5);
		expect(tula?.yDrawn).toBe(120.5);
		expect(plain(tula?.tooltip.find((l) => l.startsWith('Пользователи ЭМК')))).toBe('Пользователи ЭМК: 120,5 тыс. чел.');
		expect(tula?.tooltip).toContain('file.csv (ваши данные, загружено 26.11.2026)');
		expect(scatterHeadline({ points: shape.points, y: 'imported', text: ru, imported })).toBe(
			'Расходы на жителя и «Пользователи ЭМК» из вашего файла: 5 регионов с обоими числами'
		);
	});

	it('without the values (none loaded) nothing is plotted, rather than zeros', () => {
		const shape = shapeFundingScatter({ rows: health2021, settings: settings({ y: 'imported', imported: null }), text: ru });
		expect(shape.points).toEqual([]);
		expect(shape.coverage.withY).toBe(0);
	});

	it('keeps `y=import:<id>.<n>` in the URL and reads a bare import id as its first column', () => {
		expect(readFundingView(new URLSearchParams('y=import:minzdrav_emk_2024.2')).y).toBe('import:minzdrav_emk_2024.2');
		expect(readFundingView(new URLSearchParams('y=import:minzdrav_emk_2024')).y).toBe('import:minzdrav_emk_2024.1');
		expect(readFundingView(new URLSearchParams('y=import:Bad Id')).y).toBe('access');
		const url = withFundingView(new URL('http://x/funding'), { y: 'import:minzdrav_emk_2024.2' });
		expect(url.search).toBe('?y=import%3Aminzdrav_emk_2024.2');
	});
});
