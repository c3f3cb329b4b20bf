/**
 * Option builder for the "EMR users per 100 residents" bar chart: plain rows in, an ECharts option out.
 *
 * Tooltips use ECharts' rich-text renderer: the text is drawn, never parsed as HTML, so a region or source
 * name can contain `<img onerror=…>` and still show as those characters.
 */
import { plainRichText } from '../../charts/rich-text';
import type { EChartsCoreOption } from 'echarts/core';
import { ACCENT, FONT_FAMILY, GRID_LINE, MUTED_TEXT, TEXT } from '../../charts/theme';

export interface UsageBar {
	key: string;
	/** Region name as shown on the axis. */
	name: string;
	perHundred: number;
	/** Tooltip lines, plain text (value with its measure, date, source). */
	tooltip: string[];
}

export interface UsageBarSettings {
	bars: readonly UsageBar[];
	/** Formats an axis/label value: `45.25` → `45,3`. */
	formatValue: (value: number) => string;
	axisName: string;
	/** Accessible description of the chart (ECharts writes it into aria-label). */
	description: string;
	selectedKey?: string | null;
}

export function usageBarOption(settings: UsageBarSettings): EChartsCoreOption {
	// Largest first, drawn top to bottom: ECharts' category axis runs bottom-up, so reverse.
	const bars = [...settings.bars].sort((a, b) => b.perHundred - a.perHundred).reverse();
	return {
		animation: false,
		aria: { enabled: true, label: { description: settings.description } },
		textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
		grid: { left: 8, right: 56, top: 8, bottom: 28, containLabel: true },
		xAxis: {
			type: 'value',
			name: settings.axisName,
			nameLocation: 'middle',
			nameGap: 24,
			nameTextStyle: { color: MUTED_TEXT },
			max: 100,
			splitLine: { lineStyle: { color: GRID_LINE } },
			axisLabel: { color: MUTED_TEXT, formatter: (v: number) => settings.formatValue(v) }
		},
		yAxis: {
			type: 'category',
			data: bars.map((b) => b.name),
			axisTick: { show: false },
			axisLabel: { color: TEXT, fontSize: 14 }
		},
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			confine: true,
			formatter: (p: { dataIndex: number }) => {
				const bar = bars[p.dataIndex];
				return bar ? [bar.name, ...bar.tooltip].map(plainRichText).join('\n') : '';
			}
		},
		series: [
			{
				type: 'bar',
				barMaxWidth: 28,
				data: bars.map((b) => ({
					value: b.perHundred,
					itemStyle: {
						color: ACCENT,
						opacity: settings.selectedKey && settings.selectedKey !== b.key ? 0.45 : 1
					}
				})),
				label: {
					show: true,
					position: 'right',
					color: TEXT,
					formatter: (p: { value: number }) => settings.formatValue(p.value)
				}
			}
		]
	};
}
