/**
 * Option builder for "rubles per resident by year": horizontal bars, one group per region (or median),
 * one bar per fiscal year inside each group. Bars are labelled directly («2021: 60,2 тыс. ₽»), so the
 * picture needs no legend and exports (PNG/SVG) read on their own. Medians are drawn in greys, regions in
 * blues (darker = later year); no region gets a colour of its own.
 *
 * A missing value is not drawn as a bar and is labelled «нет данных»: never a zero.
 * Tooltips use ECharts' rich-text renderer (plain text, never HTML).
 */
import type { EChartsCoreOption } from 'echarts/core';
import { FONT_FAMILY, GRID_LINE, MUTED_TEXT, TEXT } from '../theme';
import { plainRichText } from '../rich-text';

/** Blues for the years of a region, oldest (lightest) first. */
export const YEAR_BLUES = ['#9ecae1', '#4292c6', '#08519c'] as const;
/** Greys for the years of a median, oldest (lightest) first. */
export const YEAR_GREYS = ['#d4d4d4', '#a3a3a3', '#6b6b6b'] as const;

export interface PerResidentGroup {
	key: string;
	/** Category label (region name, «Медиана ЦФО»). */
	name: string;
	/** A median rather than a region: drawn grey. */
	median: boolean;
	/** One value per year (aligned with `years`); null = no data. */
	values: readonly (number | null)[];
	/** Tooltip lines per year (aligned with `years`), plain text. */
	tooltips: readonly (readonly string[])[];
}

export interface PerResidentBarsSettings {
	years: readonly number[];
	groups: readonly PerResidentGroup[];
	/** Axis value: `60000` → `60 тыс.`. */
	formatAxis: (value: number) => string;
	/** Bar label: (2021, 60188.7) → `2021: 60,2 тыс. ₽`. */
	formatLabel: (year: number, value: number) => string;
	/** Label of a bar without data: `2021: нет данных`. */
	noDataLabel: (year: number) => string;
	axisName: string;
	/** Accessible description of the chart (ECharts writes it into aria-label). */
	description: string;
	/** A phone-width chart: narrower category labels, smaller bar labels, fewer axis ticks. */
	narrow?: boolean;
}

/** Below this width (px) a chart should be built with `narrow: true`. */
export const NARROW_CHART_WIDTH = 520;

/** Height in px that fits `groups` groups of `years` bars with their labels. */
export function perResidentBarsHeight(groups: number, years: number): number {
	return 48 + groups * (years * 20 + 14);
}

function shade(palette: readonly string[], index: number, count: number): string {
	// With fewer years than shades, use the darker end.
	return palette[palette.length - count + index] ?? (palette[palette.length - 1] as string);
}

export function perResidentBarsOption(settings: PerResidentBarsSettings): EChartsCoreOption {
	// ECharts' category axis runs bottom-up: reverse so the first group is drawn at the top.
	const groups = [...settings.groups].reverse();
	const years = settings.years;
	const narrow = settings.narrow ?? false;
	return {
		animation: false,
		aria: { enabled: true, label: { description: settings.description } },
		textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
		grid: { left: 4, right: narrow ? 92 : 112, top: 8, bottom: 28, containLabel: true },
		xAxis: {
			type: 'value',
			name: settings.axisName,
			nameLocation: 'middle',
			nameGap: 24,
			nameTextStyle: { color: MUTED_TEXT },
			splitLine: { lineStyle: { color: GRID_LINE } },
			splitNumber: narrow ? 2 : 5,
			axisLabel: { color: MUTED_TEXT, formatter: (v: number) => settings.formatAxis(v), hideOverlap: true }
		},
		yAxis: {
			type: 'category',
			data: groups.map((g) => g.name),
			axisTick: { show: false },
			axisLabel: {
				color: TEXT,
				fontSize: narrow ? 12 : 13,
				lineHeight: narrow ? 14 : 16,
				width: narrow ? 108 : 132,
				overflow: 'break',
				margin: 6
			}
		},
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			confine: true,
			formatter: (p: { dataIndex: number; seriesIndex: number }) => {
				const group = groups[p.dataIndex];
				const lines = group?.tooltips[p.seriesIndex] ?? [];
				return group ? [group.name, ...lines].map(plainRichText).join('\n') : '';
			}
		},
		// Within a group ECharts draws the first series on top: oldest year first, in reading order.
		series: years.map((year, y) => {
			return {
				type: 'bar',
				name: String(year),
				barMaxWidth: 18,
				barGap: '15%',
				data: groups.map((g) => {
					const value = g.values[y] ?? null;
					const colour = shade(g.median ? YEAR_GREYS : YEAR_BLUES, y, years.length);
					return value === null
						? {
								value: 0,
								itemStyle: { color: 'transparent' },
								label: { formatter: settings.noDataLabel(year), color: MUTED_TEXT }
							}
						: { value, itemStyle: { color: colour } };
				}),
				label: {
					show: true,
					position: 'right',
					color: TEXT,
					fontSize: narrow ? 11 : 12,
					formatter: (p: { value: number }) => settings.formatLabel(year, p.value)
				}
			};
		})
	};
}
