/**
 * Option builder for "usage over time": one line per region and measure on a time axis, users per 100
 * residents on y. Published figures are filled dots; derived figures are hollow, with their formula in
 * the tooltip. Each line is labelled at its last point (no legend to decode). Rich-text tooltips only.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { UsageLine } from './usage-lines';
import { ACCENT, FONT_FAMILY, GRID_LINE, MUTED_TEXT, TEXT } from '../../lib/charts/theme';
import { plainRichText } from '../../lib/charts/rich-text';

export interface UsageSeriesSettings {
	lines: readonly UsageLine[];
	selectedKey?: string | null;
	axisName: string;
	formatValue: (value: number) => string;
	/** Formats a time-axis tick (ms since epoch) as a year. */
	formatYear: (time: number) => string;
	description: string;
}

/** Symbol of a point: hollow when derived. */
export function pointSymbol(derived: boolean): 'emptyCircle' | 'circle' {
	return derived ? 'emptyCircle' : 'circle';
}

/**
 * Side of a point on which its label goes, so it stays inside the chart: points in the right third of
 * the time extent are labelled on their left, the others on their right.
 * @example labelSide('2025-08-01', ['2021-01-01', '2025-08-01']) → 'left'
 */
export function labelSide(date: string, extent: readonly [string, string]): 'left' | 'right' {
	const [lo, hi] = extent.map((d) => Date.parse(d)) as [number, number];
	const at = hi > lo ? (Date.parse(date) - lo) / (hi - lo) : 1;
	return at > 2 / 3 ? 'left' : 'right';
}

export function usageSeriesOption(settings: UsageSeriesSettings): EChartsCoreOption {
	const { lines, selectedKey } = settings;
	const dates = lines.flatMap((l) => l.points.map((p) => p.date)).sort();
	const extent: [string, string] = [dates[0] ?? '', dates.at(-1) ?? ''];
	const dim = (key: string) => (selectedKey && selectedKey !== key ? 0.35 : 1);
	return {
		animation: false,
		aria: { enabled: true, label: { description: settings.description } },
		textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
		grid: { left: 8, right: 24, top: 24, bottom: 24, containLabel: true },
		xAxis: {
			type: 'time',
			splitLine: { show: false },
			axisLabel: { color: MUTED_TEXT, hideOverlap: true, formatter: (v: number) => settings.formatYear(v) },
			minInterval: 365 * 24 * 3600 * 1000
		},
		yAxis: {
			type: 'value',
			min: 0,
			name: settings.axisName,
			nameTextStyle: { color: MUTED_TEXT, align: 'left' },
			splitLine: { lineStyle: { color: GRID_LINE } },
			axisLabel: { color: MUTED_TEXT, formatter: (v: number) => settings.formatValue(v) }
		},
		tooltip: { trigger: 'item', renderMode: 'richText', confine: true },
		series: lines.map((line) => ({
			type: 'line',
			name: line.id,
			labelLayout: { hideOverlap: true },
			lineStyle: { color: ACCENT, width: line.key === selectedKey ? 3 : 2, opacity: dim(line.key) },
			itemStyle: { color: ACCENT, opacity: dim(line.key) },
			symbolSize: 9,
			data: line.points.map((p, i) => ({
				value: [p.date, p.perHundred],
				symbol: pointSymbol(p.derived),
				// An empty circle is stroked in the item colour and filled white by ECharts itself.
				itemStyle: p.derived ? { color: ACCENT, borderWidth: 2 } : { color: ACCENT, borderColor: '#fff', borderWidth: 1 },
				label: {
					show: i === line.points.length - 1,
					position: labelSide(p.date, extent),
					distance: 6,
					// A white halo keeps the label readable where a line crosses it.
					textBorderColor: '#fff',
					textBorderWidth: 3,
					color: TEXT,
					fontSize: 12,
					fontWeight: line.key === selectedKey ? 600 : 400,
					formatter: () => line.label
				}
			})),
			tooltip: {
				formatter: (p: { dataIndex: number }) => {
					const point = line.points[p.dataIndex];
					return point ? [line.label, ...point.tooltip].map(plainRichText).join('\n') : '';
				}
			}
		}))
	};
}
