import { describe, expect, it } from 'vitest';
import {
	perResidentBarsHeight,
	perResidentBarsOption,
	YEAR_BLUES,
	YEAR_GREYS,
	type PerResidentGroup
} from '../../../src/lib/charts/options/per-resident-bars';

type Item = { value: number; itemStyle: { color: string }; label?: { formatter: string } };
type Series = { name: string; data: Item[]; label: { formatter: (p: { value: number }) => string } };

const groups: PerResidentGroup[] = [
	{ key: 'a', name: 'Регион {A}', median: false, values: [10, 20, 30], tooltips: [['2019', 'x'], ['2020', 'y'], ['2021', 'z']] },
	{ key: 'b', name: 'B', median: false, values: [1, null, 3], tooltips: [['2019'], ['2020', 'нет данных'], ['2021']] },
	{ key: 'RU', name: 'Медиана', median: true, values: [5, 6, 7], tooltips: [['m19'], ['m20'], ['m21']] }
];

const option = perResidentBarsOption({
	years: [2019, 2020, 2021],
	groups,
	formatAxis: (v) => String(v),
	formatLabel: (year, v) => `${year}: ${v} ₽`,
	noDataLabel: (year) => `${year}: нет данных`,
	axisName: 'рублей на жителя',
	description: 'desc'
}) as {
	series: Series[];
	yAxis: { data: string[] };
	tooltip: { renderMode: string; formatter: (p: { dataIndex: number; seriesIndex: number }) => string };
	aria: { label: { description: string } };
};

describe('per-resident bars option', () => {
	it('draws one series per year, oldest first (ECharts puts the first series on top of a group)', () => {
		expect(option.series.map((s) => s.name)).toEqual(['2019', '2020', '2021']);
	});

	it('lists the groups top to bottom (category axis reversed), names drawn as they are', () => {
		expect(option.yAxis.data).toEqual(['Медиана', 'B', 'Регион {A}']);
	});

	it('colours regions blue and medians grey, darker for later years', () => {
		const s2019 = option.series[0] as Series;
		const s2021 = option.series[2] as Series;
		expect(s2019.data.map((d) => d.itemStyle.color)).toEqual([YEAR_GREYS[0], YEAR_BLUES[0], YEAR_BLUES[0]]);
		expect(s2021.data.map((d) => d.itemStyle.color)).toEqual([YEAR_GREYS[2], YEAR_BLUES[2], YEAR_BLUES[2]]);
	});

	it('labels bars directly and draws a missing value as «нет данных», not as a bar', () => {
		const s2020 = option.series[1] as Series;
		const missing = s2020.data[1] as Item;
		expect(missing.itemStyle.color).toBe('transparent');
		expect(missing.label?.formatter).toBe('2020: нет данных');
		expect(s2020.data[2]?.value).toBe(20);
		expect(s2020.label.formatter({ value: 20 })).toBe('2020: 20 ₽');
	});

	it('builds rich-text tooltips for the hovered group and year', () => {
		expect(option.tooltip.renderMode).toBe('richText');
		// dataIndex 2 = first group (reversed), seriesIndex 2 = 2021.
		expect(option.tooltip.formatter({ dataIndex: 2, seriesIndex: 2 })).toBe('Регион ｛A｝\n2021\nz');
		expect(option.tooltip.formatter({ dataIndex: 1, seriesIndex: 1 })).toBe('B\n2020\nнет данных');
		expect(option.aria.label.description).toBe('desc');
	});

	it('grows with the number of bars', () => {
		expect(perResidentBarsHeight(4, 3)).toBeGreaterThan(perResidentBarsHeight(3, 3));
	});
});
