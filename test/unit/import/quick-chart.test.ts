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

	it('draws names as text, never as rich-text markup', () => {
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
		}) as { yAxis: { data: string[] }; series: { data: number[] }[]; tooltip: { renderMode: string } };
		expect(option.yAxis.data).toEqual(['｛b｜<img src=x onerror=alert(1)>｝']);
		expect(option.series[0]?.data).toEqual([5]);
		expect(option.tooltip.renderMode).toBe('richText');
	});
});
