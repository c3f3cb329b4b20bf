import { beforeAll, describe, expect, it } from 'vitest';
import { usageSeriesQuery, type UsageSeriesRow } from '../../../src/lib/queries/usage-series';
import { growthText, usageHeadline, usageLines } from '../../../src/routes/timeline/usage-lines';
import { pointSymbol, usageSeriesOption } from '../../../src/routes/timeline/usage-series-option';
import { createText } from '../../../src/lib/i18n/text';
import { shippedDb } from '../../util/shipped-db';

const ru = createText('ru');
const plain = (s: string | null | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
let rows: UsageSeriesRow[];

beforeAll(async () => {
	rows = await (await shippedDb()).rows<UsageSeriesRow>(usageSeriesQuery());
});

describe('usage series SQL on the shipped data', () => {
	it('lists the people-counting figures with a date, in series order', () => {
		expect(rows.map((r) => [r.key, r.metric, r.period_end, r.value, r.derived])).toEqual([
			['RU-MOW', 'emk_users', '2021-10-01', 4000000, false],
			['RU-MOW', 'emk_users', '2025-08-01', 6000000, false],
			['RU-SPE', 'gosuslugi_users', '2022-01-01', 1800000, false],
			['RU-SPE', 'registered_users', '2021-01-01', 1100000, true],
			['RU-SPE', 'registered_users', '2022-01-01', 1500000, false],
			['RU-SPE', 'registered_users', '2025-08-01', 2250000, false],
			['RU-TUL', 'unique_visitors', '2025-08-01', 500000, false]
		]);
	});

	it('computes growth against the previous figure of the same series (v_usage_growth)', () => {
		const spb = rows.filter((r) => r.key === 'RU-SPE' && r.metric === 'registered_users');
		expect(spb.map((r) => r.growth)).toEqual([null, expect.closeTo(1500000 / 1100000 - 1, 9), expect.closeTo(0.5, 9)]);
		expect(spb[2]?.years_between).toBeCloseTo(43 / 12, 9);
		// Moscow: about 4 mln in October 2021 (RT), almost 6 mln in August 2025; no derived point any more.
		expect(rows[1]?.growth).toBeCloseTo(0.5, 9);
		expect(rows.filter((r) => r.key === 'RU-MOW').every((r) => r.formula === null)).toBe(true);
		expect(rows[1]?.per_100).toBeCloseTo(6000000 / 13258262 * 100, 9);
	});
});

describe('usage lines', () => {
	it('makes one line per region and measure; derived points keep their formula', () => {
		const lines = usageLines(rows, ru);
		expect(lines.map((l) => l.label)).toEqual(['Москва · ЭМК', 'Санкт-Петербург · Госуслуги', 'Санкт-Петербург · портал', 'Тульская область · посетители портала']);
		expect(lines[0]?.points.map((p) => p.derived)).toEqual([false, false]);
		const portal = lines[2];
		expect(portal?.points.map((p) => p.derived)).toEqual([true, false, false]);
		expect(portal?.points[0]?.tooltip.join('\n')).toContain('Расчётное значение, в источнике напрямую не названо: 1 500 000 − 400 000');
	});

	it('states growth, and the yearly average when the gap is not a year', () => {
		const spb = rows.filter((r) => r.key === 'RU-SPE' && r.metric === 'registered_users');
		expect(plain(growthText(spb[1] as UsageSeriesRow, ru))).toBe('Рост +36 % (предыдущее значение — 2021)');
		expect(plain(growthText(spb[2] as UsageSeriesRow, ru))).toBe('Рост +50 % (предыдущее значение — 2022); в среднем +12 % в год');
		expect(growthText(spb[0] as UsageSeriesRow, ru)).toBeNull();
	});

	it('takes the headline from published figures only', () => {
		// Moscow: 4 mln (Oct 2021) → 6 mln (Aug 2025), both published; St Petersburg's 2021 point is derived.
		expect(usageHeadline(rows, ru)).toEqual({ name: 'Москва', ratio: 1.5, from: '2021-10' });
	});

	it('draws derived points hollow and labels each line at its end', () => {
		const option = usageSeriesOption({
			lines: usageLines(rows, ru),
			axisName: 'на 100',
			formatValue: String,
			formatYear: String,
			description: 'd'
		}) as { series: { data: { symbol: string; label: { show: boolean } }[] }[] };
		expect(option.series).toHaveLength(4);
		expect(option.series[2]?.data.map((d) => d.symbol)).toEqual(['emptyCircle', 'circle', 'circle']);
		expect(option.series[0]?.data.map((d) => d.label.show)).toEqual([false, true]);
		expect(pointSymbol(true)).toBe('emptyCircle');
	});
});
