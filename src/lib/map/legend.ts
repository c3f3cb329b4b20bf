/**
 * Colour encodings of the maps: classed legends for sequential metrics (d3-scale +
 * d3-scale-chromatic) and the fixed palette of access stages. Pure functions; labels come from an
 * injected formatter so the locale stays the caller's choice.
 */
import { scaleLinear } from 'd3-scale';
import { schemeBlues } from 'd3-scale-chromatic';
import { formatDecimal } from '$lib/i18n/format';
import { NO_DATA_LABEL_RU } from './constants';
import type { LegendClass } from './types';

/**
 * Access stages, most open first, in a colour-blind-safe order of lightness (YlGnBu). `none` is a
 * light grey that cannot be mistaken for the hatched «нет данных» pattern; `unknown` has no colour
 * of its own: it is drawn as «нет данных».
 */
export const ACCESS_STAGE_FILLS = {
	full: '#253494',
	partial: '#41b6c4',
	doctors_only: '#a1dab4',
	none: '#e3e3e3'
} as const;

export type AccessStage = keyof typeof ACCESS_STAGE_FILLS;
export const ACCESS_STAGES = Object.keys(ACCESS_STAGE_FILLS) as AccessStage[];

/**
 * Fill for an access stage; `unknown`, `null` and anything else → `null` (the «нет данных»
 * pattern).
 */
export function accessStageFill(stage: string | null | undefined): string | null {
	return stage && Object.hasOwn(ACCESS_STAGE_FILLS, stage)
		? ACCESS_STAGE_FILLS[stage as AccessStage]
		: null;
}

/**
 * A legend class of a sequential metric: values in [min, max) (the last class includes its max).
 */
export interface SequentialClass extends LegendClass {
	min: number;
	max: number;
	fill: string;
}

export interface SequentialLegend {
	classes: SequentialClass[];
	/**
	 * The «нет данных» class (count of null / non-finite values); always present, possibly with count
	 * 0.
	 */
	noData: LegendClass;
	/** Fill of a value's class; `null` for missing values (draw the hatch). */
	fillFor(value: number | null | undefined): string | null;
}

const isValue = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);

/**
 * Classes on "nice" breaks over the values' extent (d3 ticks: 0, 10, 20 …), about `classCount` of
 * them (the exact number follows the nice step), coloured from light to dark blue, with a count per
 * class. Pass `breaks` (ascending, including both ends) to fix the classes instead; values beyond
 * them count in the first or last class.
 *
 * @example buildSequentialLegend({ values: [1, 12, 18, 44, null] })
 * // → classes 0–10 (1), 10–20 (2), 20–30 (0), 30–40 (0), 40–50 (1); noData count 1
 */
export function buildSequentialLegend(options: {
	values: readonly (number | null | undefined)[];
	classCount?: number;
	breaks?: readonly number[];
	format?: (n: number) => string;
	noDataLabel?: string;
}): SequentialLegend {
	const values = options.values.filter(isValue);
	const format = options.format ?? ((n: number) => formatDecimal(n, 'ru'));
	const noData: LegendClass = {
		label: options.noDataLabel ?? NO_DATA_LABEL_RU,
		fill: null,
		count: options.values.length - values.length
	};
	const breaks = options.breaks ? [...options.breaks] : niceBreaks(values, options.classCount ?? 5);
	if (breaks.length < 2) return { classes: [], noData, fillFor: () => null };

	const n = breaks.length - 1;
	// The lightest blue of a scheme is nearly white: take one more colour than needed and drop it.
	const colours = schemeBlues[Math.min(Math.max(n + 1, 3), 9)]?.slice(1) ?? [];
	const classes: SequentialClass[] = breaks.slice(0, -1).map((min, i) => ({
		min,
		max: breaks[i + 1] as number,
		fill: colours[Math.min(i, colours.length - 1)] as string,
		label: `${format(min)}–${format(breaks[i + 1] as number)}`,
		count: 0
	}));
	// Values beyond fixed breaks belong to the end classes, never to «нет данных».
	const classOf = (v: number): SequentialClass | undefined =>
		classes.find((c, i) => (i === 0 || v >= c.min) && (i === n - 1 || v < c.max));
	for (const v of values) {
		const c = classOf(v);
		if (c) c.count++;
	}
	return { classes, noData, fillFor: (v) => (isValue(v) ? (classOf(v)?.fill ?? null) : null) };
}

/** Nice, evenly stepped breaks covering the values; one class when all values are equal. */
function niceBreaks(values: number[], classCount: number): number[] {
	if (!values.length) return [];
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	if (lo === hi) return [lo, hi];
	const scale = scaleLinear().domain([lo, hi]).nice(classCount);
	return scale.ticks(classCount);
}
