/**
 * Option builder for the rollout timeline: one horizontal strip per region, coloured by the access stage
 * known in each month (stacked bars on a month axis: no custom series needed), with a mark at every dated
 * observation. Before a region's first observation the strip is hatched («нет данных»). Tooltips are rich
 * text (drawn, never parsed as HTML).
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { RolloutRow } from './rollout-rows';
import { NO_DATA_HATCH } from '$lib/map/constants';
import { FONT_FAMILY, GRID_LINE, MUTED_TEXT, TEXT } from '../../lib/charts/theme';
import { plainRichText } from '../../lib/charts/rich-text';

export interface RolloutTimelineSettings {
	rows: readonly RolloutRow[];
	/** Month indices of the axis: from the first January to the month after the last. */
	start: number;
	end: number;
	/** Fill of each stage 0–3. */
	stageFills: readonly string[];
	selectedKey?: string | null;
	/** Tooltip of the hatched part before the first observation. */
	noDataTooltip: string;
	description: string;
}

/** Hatching for «нет данных», in the maps' colours. */
export const NO_DATA_DECAL = {
	symbol: 'rect',
	symbolSize: 1,
	color: NO_DATA_HATCH.line,
	backgroundColor: NO_DATA_HATCH.background,
	dashArrayX: [1, 0],
	dashArrayY: [2, 4],
	rotation: -Math.PI / 4
};

/** Chart height in px for `rows` regions (each name sits above its strip). */
export function rolloutChartHeight(rows: number): number {
	return 40 + 40 * rows;
}

export function rolloutTimelineOption(settings: RolloutTimelineSettings): EChartsCoreOption {
	const { rows, start, end, selectedKey } = settings;
	const pieces = Math.max(0, ...rows.map((r) => r.runs.length));
	const dim = (key: string) => (selectedKey && selectedKey !== key ? 0.4 : 1);
	const gap = {
		type: 'bar',
		stack: 'strip',
		barWidth: 12,
		silent: false,
		data: rows.map((r) => ({
			value: r.runs[0]?.from ?? end,
			itemStyle: { color: NO_DATA_HATCH.background, decal: NO_DATA_DECAL, opacity: dim(r.key) }
		})),
		tooltip: { formatter: () => plainRichText(settings.noDataTooltip) }
	};
	const runSeries = Array.from({ length: pieces }, (_, i) => ({
		type: 'bar',
		stack: 'strip',
		barWidth: 12,
		data: rows.map((r) => {
			const run = r.runs[i];
			return run
				? { value: run.to - run.from, itemStyle: { color: settings.stageFills[run.stage], opacity: dim(r.key) } }
				: { value: 0 };
		}),
		tooltip: {
			formatter: (p: { dataIndex: number }) => {
				const row = rows[p.dataIndex];
				const run = row?.runs[i];
				return row && run ? [row.name, ...run.tooltip].map(plainRichText).join('\n') : '';
			}
		}
	}));
	const marks = rows.flatMap((r, rowIndex) => r.marks.map((m) => ({ row: r, rowIndex, mark: m })));
	return {
		animation: false,
		aria: { enabled: true, label: { description: settings.description } },
		textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
		grid: { left: 8, right: 16, top: 20, bottom: 24, containLabel: true },
		xAxis: {
			type: 'value',
			min: start,
			max: end,
			interval: 12,
			splitLine: { lineStyle: { color: GRID_LINE } },
			axisLabel: { color: MUTED_TEXT, hideOverlap: true, formatter: (v: number) => String(Math.floor(v / 12)) }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			// These labels have a `rich` style (the selected name is bold), so data text must not read as markup.
			data: rows.map((r) => plainRichText(r.name)),
			axisTick: { show: false },
			axisLine: { show: false },
			// Names sit inside the plot, above their strips: the strips keep the full width even at 390 px.
			axisLabel: {
				inside: true,
				verticalAlign: 'bottom',
				padding: [0, 0, 9, 0],
				color: TEXT,
				fontSize: 13,
				formatter: (value: string, index: number) => (rows[index]?.key === selectedKey ? `{selected|${value}}` : value),
				rich: { selected: { fontWeight: 600, color: TEXT, fontSize: 13 } }
			}
		},
		tooltip: { trigger: 'item', renderMode: 'richText', confine: true },
		series: [
			gap,
			...runSeries,
			{
				type: 'scatter',
				symbol: 'circle',
				symbolSize: 8,
				z: 5,
				itemStyle: { color: '#ffffff', borderColor: TEXT, borderWidth: 1.5 },
				data: marks.map(({ mark, rowIndex, row }) => ({
					value: [mark.at, rowIndex],
					itemStyle: { opacity: dim(row.key) }
				})),
				tooltip: {
					formatter: (p: { dataIndex: number }) => {
						const item = marks[p.dataIndex];
						return item ? [item.row.name, ...item.mark.tooltip].map(plainRichText).join('\n') : '';
					}
				}
			}
		]
	};
}
