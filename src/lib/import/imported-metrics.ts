/**
 * Imported data as metrics: the API other views (map, ranking, scatter, profiles) use to show a user's
 * own file. Each value column of an import is one metric:
 *
 * - id `<import id>.<n>` (n = 1-based value column), in URLs as `?metric=import:<import id>.<n>`;
 * - a DuckDB view `imp_<import id>__<n>` with columns `key VARCHAR` (registry region key, as in
 *   `regions.key`) and `value DOUBLE`, one row per region that has a value (totals, districts and
 *   unmatched rows are not in it), so any query can `JOIN … USING (key)`;
 * - its label, unit and date as the user gave them, and the file name and import date, so a view can
 *   mark it as the user's own data («ваши данные: file.csv, 12.03.2025»).
 *
 * @example
 * const metric = await findImportedMetric(page.url.searchParams.get('metric'));
 * if (metric) rows = await db.rows<{ key: string; value: number }>(importedMetricQuery(metric));
 */
import type { BoundQuery } from '../data/connector';
import { ident } from '../queries/sql';
import { importTables, type ImportRecipe } from './recipe';

export interface ImportedMetric {
	/** `<import id>.<n>`. */
	id: string;
	/** The URL parameter value: `import:<import id>.<n>`. */
	param: string;
	importId: string;
	/** The imported table (all rows and columns, plus `record_no`, `region_kind`, `key`). */
	table: string;
	/** The `(key, value)` view of this metric. */
	view: string;
	/** The column's name in the file and in `table`. */
	column: string;
	label: string;
	unit: string;
	date: string;
	/** Name of the dataset as the user called it. */
	title: string;
	fileName: string;
	/** ISO timestamp of the import. */
	importedAt: string;
	/** Always true: the metric is the user's own data, not the atlas's. */
	userData: true;
}

export const METRIC_PARAM_PREFIX = 'import:';

/** The metrics of one import (one per value column). */
export function metricsOf(recipe: ImportRecipe): ImportedMetric[] {
	const t = importTables(recipe.id);
	return recipe.values.map((v, i) => {
		const id = `${recipe.id}.${i + 1}`;
		return {
			id,
			param: METRIC_PARAM_PREFIX + id,
			importId: recipe.id,
			table: t.table,
			view: t.view(i + 1),
			column: recipe.columns[v.index] as string,
			label: v.label || (recipe.columns[v.index] as string),
			unit: v.unit,
			date: v.date,
			title: recipe.title,
			fileName: recipe.fileName,
			importedAt: recipe.importedAt,
			userData: true
		};
	});
}

/**
 * The metric id in a `metric` URL parameter, or null if it does not name an imported metric.
 *
 * @example metricIdFromParam('import:minzdrav_2024.2') → 'minzdrav_2024.2'
 * @example metricIdFromParam('import:minzdrav_2024') → 'minzdrav_2024.1'
 */
export function metricIdFromParam(param: string | null | undefined): string | null {
	if (!param?.startsWith(METRIC_PARAM_PREFIX)) return null;
	const m = /^([a-z0-9]+(?:_[a-z0-9]+)*)(?:\.(\d+))?$/.exec(param.slice(METRIC_PARAM_PREFIX.length));
	return m ? `${m[1]}.${m[2] ?? '1'}` : null;
}

/** `SELECT key, value FROM <view>`: the metric's rows for any view to use. */
export function importedMetricQuery(metric: Pick<ImportedMetric, 'view'>): BoundQuery {
	return { sql: `SELECT key, value FROM ${ident(metric.view)} ORDER BY key` };
}

/** Every imported metric now in the database (restoring stored imports first). Browser only. */
export async function listImportedMetrics(): Promise<ImportedMetric[]> {
	const { restoreImports, currentImports } = await import('./imports');
	await restoreImports();
	return currentImports().flatMap(metricsOf);
}

/** The imported metric a `metric` URL parameter names, or null. Browser only. */
export async function findImportedMetric(param: string | null | undefined): Promise<ImportedMetric | null> {
	const id = metricIdFromParam(param);
	if (!id) return null;
	return (await listImportedMetrics()).find((m) => m.id === id) ?? null;
}
