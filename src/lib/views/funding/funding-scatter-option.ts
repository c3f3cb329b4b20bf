/**
 * Option builder for the funding-vs-rollout scatter: points (already shaped) + settings → ECharts option.
 *
 * The axes' bounds and the plot's margins are fixed here (not left to ECharts), so the builder knows where
 * every point lands and can place the labels: most important first (the selected region, the outliers,
 * Moscow, then the rest from the right), each on the right of its marker, else left, above or below,
 * else not at all when it would cover another label or marker (`placeLabels`). Moscow gets no colour of its own: its
 * position and its label say enough. Outliers are diamonds. Tooltips and labels are rich text (drawn,
 * never parsed as HTML).
 */
import type { EChartsCoreOption } from 'echarts/core';
import { scaleLinear } from 'd3-scale';
import { MOSCOW_KEY, type FundingY, type ScatterPoint } from './funding-points';
import type { LineFit } from '../../charts/shape/robust-fit';
import { placeLabels, type LabelSide } from '../../charts/shape/label-placement';
import { ACCENT, FONT_FAMILY, GRID_LINE, MUTED_TEXT, TEXT } from '../../charts/theme';
import { plainRichText } from '../../charts/rich-text';

export interface FundingScatterSettings {
	points: readonly ScatterPoint[];
	/** ln(x) = intercept + slope·y; drawn as a dashed line when present. */
	fit: LineFit | null;
	yAxis: FundingY;
	logScale: boolean;
	selectedKey?: string | null;
	xAxisName: string;
	yAxisName: string;
	/** Axis label of each stage 0–3 («нет», «у врачей», «частичный», «полный»). */
	stageLabels: readonly string[];
	/** x tick labels: `20000` → `20 тыс. ₽`. */
	formatX: (value: number) => string;
	formatY: (value: number) => string;
	/** Accessible description (ECharts writes it into aria-label). */
	description: string;
	/** The chart's size in px; with width 0 (not measured yet) only the key labels are shown. */
	width: number;
	height: number;
	/** Width in px of a label's text (a canvas measure in the browser, an estimate in tests). */
	measure: (text: string) => number;
}

const SIZE = { point: 10, outlier: 13, selected: 17 } as const;
const LABEL_FONT = 12;

/** Size of a point's symbol. */
export function symbolSize(point: ScatterPoint, selectedKey: string | null | undefined): number {
	if (point.key === selectedKey) return SIZE.selected;
	return point.outlier ? SIZE.outlier : SIZE.point;
}

/** Plot margins in px: room for the stage names on the left, tick labels and axis name below. */
export function plotMargins(yAxis: FundingScatterSettings['yAxis']) {
	return { left: yAxis === 'access' ? 92 : 48, right: 16, top: 36, bottom: 52 };
}

function yBounds(ys: readonly number[], yAxis: FundingY): [number, number] {
	if (yAxis === 'access') return [-0.5, 3.5];
	if (yAxis === 'internet_use') {
		const [lo, hi] = scaleLinear().domain([Math.min(...ys) - 1, Math.max(...ys) + 1]).nice(5).domain() as [number, number];
		return [lo, Math.min(hi, 100)];
	}
	return [0, scaleLinear().domain([0, Math.max(...ys) * 1.05]).nice().domain()[1] as number];
}

/**
 * Axis bounds: nice round numbers around the data (powers of 2 on the log scale). Stages span −0.5…3.5;
 * internet use (shares between about 70 and 99 %) spans the data, capped at 100, not 0…100; other
 * measures start at 0.
 */
export function axisBounds(points: readonly ScatterPoint[], settings: Pick<FundingScatterSettings, 'logScale' | 'yAxis'>) {
	const xs = points.map((p) => p.x);
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	const [xMin, xMax] = settings.logScale
		? [2 ** Math.floor(Math.log2(lo)), 2 ** Math.ceil(Math.log2(hi * 1.0001))]
		: (scaleLinear().domain([lo * 0.95, hi * 1.05]).nice().domain() as [number, number]);
	const [yMin, yMax] = yBounds(points.map((p) => p.y), settings.yAxis);
	return { xMin, xMax, yMin, yMax };
}

/** Priority of labels: selected, outliers, Moscow, then from the largest x down. */
function byImportance(points: readonly ScatterPoint[], selectedKey: string | null | undefined): ScatterPoint[] {
	const rank = (p: ScatterPoint) => (p.key === selectedKey ? 0 : p.outlier ? 1 : p.key === MOSCOW_KEY ? 2 : 3);
	return [...points].sort((a, b) => rank(a) - rank(b) || b.x - a.x);
}

/** Label side of every point for the chart's size. */
export function labelSides(settings: FundingScatterSettings): Map<string, LabelSide> {
	const { points, width, height, selectedKey } = settings;
	const ordered = byImportance(points, selectedKey);
	if (width <= 0 || points.length === 0) {
		return new Map(ordered.map((p, i) => [p.key, i < 3 ? 'right' : null]));
	}
	const m = plotMargins(settings.yAxis);
	const b = axisBounds(points, settings);
	const share = (x: number) =>
		settings.logScale ? Math.log(x / b.xMin) / Math.log(b.xMax / b.xMin) : (x - b.xMin) / (b.xMax - b.xMin);
	const plotWidth = width - m.left - m.right;
	const plotHeight = height - m.top - m.bottom;
	return placeLabels({
		candidates: ordered.map((p) => ({
			key: p.key,
			px: m.left + share(p.x) * plotWidth,
			py: m.top + (1 - (p.yDrawn - b.yMin) / (b.yMax - b.yMin)) * plotHeight,
			radius: symbolSize(p, selectedKey) / 2,
			width: settings.measure(p.name),
			force: p.key === selectedKey
		})),
		plot: { left: m.left, right: width - m.right }
	});
}

function fitLine(settings: FundingScatterSettings): [number, number][] {
	const { fit, points } = settings;
	if (!fit || points.length === 0) return [];
	const ys = points.map((p) => p.y);
	const lo = settings.yAxis === 'access' ? -0.2 : Math.min(...ys);
	const hi = settings.yAxis === 'access' ? 3.2 : Math.max(...ys);
	const steps = 24;
	return Array.from({ length: steps + 1 }, (_, i) => {
		const y = lo + ((hi - lo) * i) / steps;
		return [Math.exp(fit.intercept + fit.slope * y), y];
	});
}

export function fundingScatterOption(settings: FundingScatterSettings): EChartsCoreOption {
	const { points, selectedKey } = settings;
	const dim = (key: string) => (selectedKey && selectedKey !== key ? 0.45 : 0.9);
	const yStage = settings.yAxis === 'access';
	const bounds = points.length ? axisBounds(points, settings) : null;
	const sides = labelSides(settings);
	const axisName = { color: MUTED_TEXT };
	return {
		animation: false,
		aria: { enabled: true, label: { description: settings.description } },
		textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
		grid: plotMargins(settings.yAxis),
		xAxis: {
			type: settings.logScale ? 'log' : 'value',
			logBase: 2,
			min: bounds?.xMin,
			max: bounds?.xMax,
			name: settings.xAxisName,
			nameLocation: 'middle',
			nameGap: 30,
			nameTextStyle: axisName,
			// At the bottom of the plot, not at y = 0 (where the «нет доступа» points are).
			axisLine: { onZero: false },
			splitLine: { lineStyle: { color: GRID_LINE } },
			axisLabel: { color: MUTED_TEXT, hideOverlap: true, formatter: (v: number) => settings.formatX(v) }
		},
		yAxis: {
			type: 'value',
			min: bounds?.yMin,
			max: bounds?.yMax,
			name: settings.yAxisName,
			nameTextStyle: { ...axisName, align: 'left' },
			splitLine: { lineStyle: { color: GRID_LINE } },
			...(yStage
				? {
						// Grid lines fall between stages (every half step); labels and ticks sit on the stages.
						interval: 1,
						axisTick: { customValues: [0, 1, 2, 3] },
						axisLabel: {
							color: TEXT,
							customValues: [0, 1, 2, 3],
							formatter: (v: number) => settings.stageLabels[Math.round(v)] ?? ''
						}
					}
				: { axisLabel: { color: MUTED_TEXT, formatter: (v: number) => settings.formatY(v) } })
		},
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			confine: true,
			formatter: (p: { seriesIndex: number; dataIndex: number }) => {
				const point = p.seriesIndex === 0 ? points[p.dataIndex] : undefined;
				return point ? [point.name, ...point.tooltip].map(plainRichText).join('\n') : '';
			}
		},
		series: [
			{
				type: 'scatter',
				// A safety net behind the placement above (text widths are measured, not known).
				labelLayout: { hideOverlap: true },
				data: points.map((p) => {
					const side = sides.get(p.key) ?? null;
					return {
						value: [p.x, p.yDrawn],
						key: p.key,
						symbol: p.outlier ? 'diamond' : 'circle',
						symbolSize: symbolSize(p, selectedKey),
						itemStyle: {
							color: ACCENT,
							opacity: dim(p.key),
							borderColor: p.key === selectedKey ? TEXT : '#fff',
							borderWidth: p.key === selectedKey ? 2 : 1
						},
						label: {
							show: side !== null,
							position: side ?? 'right',
							distance: 4,
							color: TEXT,
							fontSize: LABEL_FONT,
							fontWeight: p.key === selectedKey || p.outlier ? 600 : 400,
							// A white halo keeps a label readable where it crosses a grid line or the fit line.
							textBorderColor: '#fff',
							textBorderWidth: 2,
							formatter: () => p.name
						}
					};
				}),
				emphasis: { scale: 1.3, label: { show: true } }
			},
			{
				type: 'line',
				silent: true,
				showSymbol: false,
				data: fitLine(settings),
				lineStyle: { color: MUTED_TEXT, type: 'dashed', width: 1 },
				tooltip: { show: false },
				z: 1
			}
		]
	};
}
