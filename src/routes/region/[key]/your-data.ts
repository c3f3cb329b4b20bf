/**
 * The user's own imported metrics for one region (browser only): which metrics there are, and this
 * region's value and place in each. Empty when nothing has been imported in this browser.
 */
import type { ImportedMetric } from '$lib/import/imported-metrics';
import { importedRegionValuesQuery, type ImportedRegionValueRow } from '$lib/queries/imported-region-values';

export interface YourDataItem {
	metric: ImportedMetric;
	value: number | null;
	place: number | null;
	/** Regions with a value in the metric. */
	regions: number;
}

export async function loadYourData(key: string): Promise<YourDataItem[]> {
	const [{ listImportedMetrics }, { getConnectorWithImports }] = await Promise.all([
		import('$lib/import/imported-metrics'),
		import('$lib/import/imports')
	]);
	const metrics = await listImportedMetrics();
	const query = importedRegionValuesQuery(
		metrics.map((m) => m.view),
		key
	);
	if (!query) return [];
	const rows = await (await getConnectorWithImports()).rows<ImportedRegionValueRow>(query);
	const byView = new Map(rows.map((r) => [r.view, r]));
	return metrics.map((metric) => {
		const row = byView.get(metric.view);
		return { metric, value: row?.value ?? null, place: row?.place ?? null, regions: row?.regions ?? 0 };
	});
}
