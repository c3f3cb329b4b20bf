/**
 * The values of an imported metric chosen as the funding scatter's y measure (browser only): the metric
 * the `y=import:<id>.<n>` parameter names, and its values by region key. `metric` is null when this
 * browser holds no such import (a link from someone else's browser).
 */
import type { ImportedMetric } from '$lib/import/imported-metrics';
import type { ImportedYParam } from './funding-state';

export interface LoadedImportedY {
	param: ImportedYParam;
	metric: ImportedMetric | null;
	values: ReadonlyMap<string, number>;
}

export async function loadImportedY(param: ImportedYParam): Promise<LoadedImportedY> {
	const [{ findImportedMetric, importedMetricQuery }, { getConnectorWithImports }] = await Promise.all([
		import('$lib/import/imported-metrics'),
		import('$lib/import/imports')
	]);
	const metric = await findImportedMetric(param);
	if (!metric) return { param, metric: null, values: new Map() };
	const rows = await (await getConnectorWithImports()).rows<{ key: string; value: number | null }>(importedMetricQuery(metric));
	const values = new Map<string, number>();
	for (const row of rows) if (row.value !== null && Number.isFinite(row.value)) values.set(row.key, row.value);
	return { param, metric, values };
}
