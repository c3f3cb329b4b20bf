/**
 * Links from an import to where it is used: the overview map (`?metric=import:<id>.<n>`, read by the
 * overview) and the SQL console with a ready join against the registry.
 */
import { ident } from '$lib/queries/sql';
import type { ImportedMetric } from '$lib/import/imported-metrics';

/** The query string of the overview map showing `metric`. */
export function mapSearch(metric: Pick<ImportedMetric, 'param'>): string {
	return `?metric=${encodeURIComponent(metric.param)}`;
}

/** A join of the metric's view with the registry, to open in the SQL console. */
export function joinSql(metric: Pick<ImportedMetric, 'view'>): string {
	return `SELECT r.name_ru, m.value\nFROM ${ident(metric.view)} m\nJOIN regions r USING (key)\nORDER BY m.value DESC`;
}

/** The query string of the SQL console opened with `sql`. */
export function sqlSearch(sql: string): string {
	return `?q=${encodeURIComponent(sql)}`;
}
