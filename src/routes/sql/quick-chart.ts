/**
 * The console's quick chart: the first rows of a result as horizontal bars, one text column as labels and
 * one number column as lengths. Pure: columns and rows in, an ECharts option out. Labels are drawn as
 * text (SVG), and the tooltip uses the rich-text renderer, never HTML.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { ColumnInfo, Row } from '$lib/data/arrow';
import { plainRichText } from '$lib/charts/rich-text';
import { ACCENT, FONT_FAMILY, GRID_LINE, MUTED_TEXT, TEXT } from '$lib/charts/theme';

export const CHART_ROWS = 30;

const NUMERIC = /^(Int|Uint|Float|Decimal)/i;

const NAME_LIKE = /name|назв|регион|region|субъект/i;

/** Columns that can label bars (text; name-like ones first) and that can size them (numbers), by name. */
export function chartableColumns(columns: readonly ColumnInfo[]): { labels: string[]; values: string[] } {
	const labels = columns.filter((c) => /^(Utf8|LargeUtf8|Dictionary)/i.test(c.type) || /Date/i.test(c.type)).map((c) => c.name);
	return {
		labels: [...labels.filter((n) => NAME_LIKE.test(n)), ...labels.filter((n) => !NAME_LIKE.test(n))],
		values: columns.filter((c) => NUMERIC.test(c.type)).map((c) => c.name)
	};
}

export interface QuickChartSettings {
	rows: readonly Row[];
	label: string;
	value: string;
	description: string;
	/** The value in full (tooltip). */
	formatValue: (value: number) => string;
	/** The value on the axis, short (`6 млн`), so labels fit a phone. */
	formatAxis: (value: number) => string;
}

/** Bars for the first `CHART_ROWS` rows with a number, in the result's order, top to bottom. */
export function quickChartOption(s: QuickChartSettings): EChartsCoreOption {
	const bars = s.rows
		.filter((r) => typeof r[s.value] === 'number')
		.slice(0, CHART_ROWS)
		.map((r) => ({ name: String(r[s.label] ?? '—'), value: r[s.value] as number }))
		.reverse();
	return {
		animation: false,
		aria: { enabled: true, label: { description: s.description } },
		textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
		grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
		xAxis: {
			type: 'value',
			splitNumber: 3,
			splitLine: { lineStyle: { color: GRID_LINE } },
			axisLabel: { color: MUTED_TEXT, hideOverlap: true, formatter: (v: number) => s.formatAxis(v) }
		},
		yAxis: {
			type: 'category',
			data: bars.map((b) => b.name),
			axisTick: { show: false },
			axisLabel: { color: TEXT, width: 140, overflow: 'truncate' }
		},
		tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p: { name: string; value: number }) => `${plainRichText(p.name)}: ${s.formatValue(p.value)}` },
		series: [{ type: 'bar', data: bars.map((b) => b.value), itemStyle: { color: ACCENT }, barMaxWidth: 18 }]
	};
}

/** Height in px for `count` bars. */
export function quickChartHeight(count: number): number {
	return Math.max(160, Math.min(CHART_ROWS, count) * 22 + 40);
}
