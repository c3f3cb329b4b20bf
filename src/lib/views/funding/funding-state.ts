/**
 * The funding view's state in the URL. Shared parameters (`year`, `log`, `nomsk`, `region`, `lang`) go
 * through `$lib/state/view-state`; the two axes are this view's own: `x` (health_per_resident |
 * subsidy_per_resident) and `y` (access | users_per_100 | `import:<id>.<n>`, a metric of the user's imported
 * file), left out of the URL at their defaults.
 */
import { readViewState, withViewState, type ViewState } from '$lib/state/view-state';
import { metricIdFromParam, METRIC_PARAM_PREFIX } from '$lib/import/imported-metrics';
import { FUNDING_X_AXES, FUNDING_Y_AXES, type FundingXAxis, type FundingYAxis } from '$lib/views/funding/funding-points';
import { FUNDING_YEARS, MEASURES } from '$lib/domain/measures';

export const DEFAULT_X: FundingXAxis = 'health_per_resident';
export const DEFAULT_Y: FundingYAxis = 'access';
export const DEFAULT_YEAR: number = MEASURES.health_per_resident.defaultYear;

/** An imported metric as the y measure, in the URL: `import:<import id>.<n>`. */
export type ImportedYParam = `import:${string}`;

export interface FundingView {
	x: FundingXAxis;
	y: FundingYAxis | ImportedYParam;
	year: number;
	logScale: boolean;
	withoutMoscow: boolean;
	region: string | null;
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
	return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** `import:<id>.<n>` when `value` names an imported metric, else null. */
export function importedYParam(value: string | null): ImportedYParam | null {
	const id = metricIdFromParam(value);
	return id ? `${METRIC_PARAM_PREFIX}${id}` as ImportedYParam : null;
}

/** Read the view from URL parameters; anything invalid takes its default. */
export function readFundingView(params: URLSearchParams): FundingView {
	const shared = readViewState(params);
	const year = shared.year !== null && (FUNDING_YEARS as readonly number[]).includes(shared.year) ? shared.year : DEFAULT_YEAR;
	return {
		x: oneOf(FUNDING_X_AXES, params.get('x'), DEFAULT_X),
		y: importedYParam(params.get('y')) ?? oneOf(FUNDING_Y_AXES, params.get('y'), DEFAULT_Y),
		year,
		logScale: shared.logScale,
		withoutMoscow: shared.withoutMoscow,
		region: shared.region
	};
}

/** `current` with `changes` applied (defaults dropped, other parameters kept). */
export function withFundingView(current: URL, changes: Partial<FundingView>): URL {
	const { x, y, year, ...rest } = changes;
	const shared: Partial<ViewState> = { ...rest };
	if (year !== undefined) shared.year = year === DEFAULT_YEAR ? null : year;
	const url = withViewState(current, shared);
	if (x !== undefined) {
		if (x === DEFAULT_X) url.searchParams.delete('x');
		else url.searchParams.set('x', x);
	}
	if (y !== undefined) {
		if (y === DEFAULT_Y) url.searchParams.delete('y');
		else url.searchParams.set('y', y);
	}
	return url;
}
