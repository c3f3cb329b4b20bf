/**
 * One region's values in the user's imported metrics, for its profile page: the value, its place among
 * the regions the file covers (1 = largest) and how many regions that is. One row per metric view given;
 * a region the file does not cover comes back with `value` null.
 */
import type { BoundQuery } from '$lib/data/connector';
import { ident } from './sql';

export interface ImportedRegionValueRow {
	/** The metric's `(key, value)` view, as passed in. */
	view: string;
	value: number | null;
	/** 1 = the largest value among the file's regions; shared values share a place. Null without a value. */
	place: number | null;
	/** Regions with a value in this metric. */
	regions: number;
}

/** `views`: the metrics' `(key, value)` views (`ImportedMetric.view`); none → no query. */
export function importedRegionValuesQuery(views: readonly string[], key: string): BoundQuery | null {
	if (views.length === 0) return null;
	const parts = views.map((view, i) => {
		const v = ident(view);
		return `SELECT ${i} AS ord, ? AS view, t.value,
			CASE WHEN t.value IS NULL THEN NULL ELSE (SELECT count(*) FROM ${v} WHERE value > t.value) + 1 END::INTEGER AS place,
			(SELECT count(*) FROM ${v} WHERE value IS NOT NULL)::INTEGER AS regions
		FROM (SELECT (SELECT max(value) FROM ${v} WHERE key = ?) AS value) t`;
	});
	return {
		sql: `SELECT view, value, place, regions FROM (${parts.join('\nUNION ALL\n')}) ORDER BY ord`,
		params: views.flatMap((view) => [view, key])
	};
}
