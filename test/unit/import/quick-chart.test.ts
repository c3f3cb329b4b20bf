import { describe, expect, it } from 'vitest';
import { chartableColumns, quickChartOption } from '../../../src/routes/sql/quick-chart';

describe('quick chart of a console result', () => {
	const columns = [
		{ name: 'key', type: 'Utf8' },
		{ name: 'name_ru', type: 'Utf8' },
		{ name: 'population', type: 'Int32' }
	];

	it('labels bars with a name-like text column and sizes them with a number column', () => {
		expect(chartableColumns(columns)).toEqual({ labels: ['name_ru', 'key'], values: ['population'] });
	});

	it('draws names literally on the axis and never as rich-text markup in the tooltip', () => {
		const option = quickChartOption({
			rows: [
				{ key: 'a', name_ru: '{b|<img src=x onerror=alert(1)>}', population: 5 },
				{ key: 'b', name_ru: 'Тула', population: null }
			],
			label: 'name_ru',
			value: 'population',
			description: 'd',
			formatValue: String,
			formatAxis: String
		}) as {
			yAxis: { data: string[]; axisLabel: { rich?: unknown } };
			series: { data: number[] }[];
			tooltip: { renderMode: string; formatter: (p: { name: string; value: number }) => string };
		};
		// No `rich` style on the axis: ECharts draws the label as the characters it is.
		expect(option.yAxis.axisLabel.rich).toBeUndefined();
		expect(option.yAxis.data).toEqual(['{b|<img src=x onerror=alert(1)>}']);
		expect(option.series[0]?.data).toEqual([5]);
		expect(option.tooltip.renderMode).toBe('richText');
		expect(option.tooltip.formatter({ name: '{b|<img src=x onerror=alert(1)>}', value: 5 })).toBe('｛b｜<img src=x onerror=alert(1)>｝: 5');
	});
});
