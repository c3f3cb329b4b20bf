/**
 * The view state that lives in the URL: reloading or sharing a link reproduces the view exactly, and the
 * back button steps through changes. Pure functions (tested in Node); pages read `page.url.searchParams`
 * and navigate with the result of `withViewState`.
 *
 * Defaults are left out of the URL so links stay short; unknown or malformed values fall back to defaults
 * rather than breaking the page (a link edited by hand must still open).
 */

import { FEDERAL_DISTRICT_KEYS, REGION_KEY } from '$lib/domain/regions';
import { MEASURE_IDS, type MeasureId } from '$lib/domain/measures';
import { metricIdFromParam } from '$lib/import/imported-metrics';

export const MAP_MODES = ['tiles', 'geo'] as const;
export type MapModeParam = (typeof MAP_MODES)[number];

/** The built-in measures (the registry's). */
export const METRICS = MEASURE_IDS;
/** A built-in metric, or `import:<id>` for a dataset the user imported. */
export type MetricParam = MeasureId | `import:${string}`;

export const FEDERAL_DISTRICTS = FEDERAL_DISTRICT_KEYS;
export type DistrictParam = (typeof FEDERAL_DISTRICTS)[number];

export interface ViewState {
	lang: 'ru' | 'en';
	map: MapModeParam;
	metric: MetricParam;
	/** Selected subject key, or null. */
	region: string | null;
	/** Pinned subjects for comparison (at most 6, in pin order). */
	pinned: string[];
	district: DistrictParam | null;
	year: number | null;
	/** Date for the rollout map, `YYYY-MM` or `YYYY-MM-DD`. */
	date: string | null;
	logScale: boolean;
	withoutMoscow: boolean;
}

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = {
	lang: 'ru',
	map: 'tiles',
	metric: 'access',
	region: null,
	pinned: [],
	district: null,
	year: null,
	date: null,
	logScale: false,
	withoutMoscow: false
};

export const MAX_PINNED = 6;

const KEY_PATTERN = REGION_KEY;
const DATE_PATTERN = /^\d{4}-\d{2}(-\d{2})?$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
	return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Read the view state from URL parameters; anything invalid takes its default. */
export function readViewState(params: URLSearchParams): ViewState {
	const region = params.get('region');
	const metric = params.get('metric');
	const year = Number(params.get('year'));
	const date = params.get('date');
	const pinned = (params.get('pin') ?? '')
		.split(',')
		.filter((k) => KEY_PATTERN.test(k))
		.filter((k, i, all) => all.indexOf(k) === i)
		.slice(0, MAX_PINNED);
	return {
		lang: params.get('lang') === 'en' ? 'en' : 'ru',
		map: oneOf(MAP_MODES, params.get('map')) ?? DEFAULT_VIEW_STATE.map,
		metric:
			oneOf(METRICS, metric) ??
			// `import:<import id>[.<n>]`, the one grammar of $lib/import/imported-metrics.
			(metricIdFromParam(metric) ? (metric as MetricParam) : DEFAULT_VIEW_STATE.metric),
		region: region && KEY_PATTERN.test(region) ? region : null,
		pinned,
		district: oneOf(FEDERAL_DISTRICTS, params.get('district')),
		year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
		date: date && DATE_PATTERN.test(date) ? date : null,
		logScale: params.get('log') === '1',
		withoutMoscow: params.get('nomsk') === '1'
	};
}

/** URL parameters for `state`, defaults omitted, other (unknown) parameters of `base` kept. */
export function writeViewState(state: ViewState, base = new URLSearchParams()): URLSearchParams {
	const params = new URLSearchParams(base);
	const set = (name: string, value: string | null) => {
		if (value === null || value === '') params.delete(name);
		else params.set(name, value);
	};
	set('lang', state.lang === 'ru' ? null : state.lang);
	set('map', state.map === DEFAULT_VIEW_STATE.map ? null : state.map);
	set('metric', state.metric === DEFAULT_VIEW_STATE.metric ? null : state.metric);
	set('region', state.region);
	set('pin', state.pinned.length ? state.pinned.slice(0, MAX_PINNED).join(',') : null);
	set('district', state.district);
	set('year', state.year === null ? null : String(state.year));
	set('date', state.date);
	set('log', state.logScale ? '1' : null);
	set('nomsk', state.withoutMoscow ? '1' : null);
	return params;
}

/** The URL `current` with `changes` applied to its view state. */
export function withViewState(current: URL, changes: Partial<ViewState>): URL {
	const next = { ...readViewState(current.searchParams), ...changes };
	const url = new URL(current);
	url.search = writeViewState(next, current.searchParams).toString();
	return url;
}
