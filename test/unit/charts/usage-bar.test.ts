import { describe, expect, it } from 'vitest';
import { usageBarOption, type UsageBar } from '../../../src/lib/views/overview/usage-bar-option';
import { plainRichText } from '../../../src/lib/charts/rich-text';

const bars: UsageBar[] = [
	{ key: 'RU-TUL', name: 'Тульская область', perHundred: 34.3, tooltip: ['500 000'] },
	{ key: 'RU-MOW', name: 'Москва', perHundred: 45.3, tooltip: ['6 000 000', 'Источник: Коммерсантъ'] },
	{ key: 'RU-SPE', name: 'Санкт-Петербург', perHundred: 39.9, tooltip: ['2 250 000'] }
];

function build(selectedKey: string | null = null) {
	return usageBarOption({
		bars,
		formatValue: (v) => String(v).replace('.', ','),
		axisName: 'на 100 жителей',
		description: 'Описание',
		selectedKey
	}) as {
		yAxis: { data: string[] };
		series: { data: { value: number; itemStyle: { opacity: number } }[] }[];
		tooltip: { renderMode: string; formatter: (p: { dataIndex: number }) => string };
		aria: { enabled: boolean };
	};
}

describe('usageBarOption', () => {
	it('sorts bars so the largest is drawn at the top', () => {
		const option = build();
		// ECharts draws category axes bottom-up: the last category is the top bar.
		expect(option.yAxis.data).toEqual(['Тульская область', 'Санкт-Петербург', 'Москва']);
		expect(option.series[0]?.data.map((d) => d.value)).toEqual([34.3, 39.9, 45.3]);
	});

	it('renders tooltips as rich text (never HTML) with the source line', () => {
		const option = build();
		expect(option.tooltip.renderMode).toBe('richText');
		expect(option.tooltip.formatter({ dataIndex: 2 })).toBe('Москва\n6 000 000\nИсточник: Коммерсантъ');
		expect(option.aria.enabled).toBe(true);
	});

	it('dims the bars that are not selected', () => {
		const opacities = build('RU-MOW').series[0]?.data.map((d) => d.itemStyle.opacity);
		expect(opacities).toEqual([0.45, 0.45, 1]);
	});

	it('keeps rich-text markup characters from data inert', () => {
		expect(plainRichText('{b|x}')).toBe('｛b｜x｝');
		expect(plainRichText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
	});
});
