/**
 * Everything the overview page shows, fetched with the view's queries. The same function runs in Node at
 * build time (to prerender the page) and in the browser against DuckDB-WASM (to take the page over).
 */
import type { Connector } from '$lib/data/connector';
import { accessMapQuery, type AccessMapRow } from '$lib/queries/access-map';
import { coverageQuery, type CoverageRow } from '$lib/queries/coverage';
import { usagePerHundredQuery, type UsagePerHundredRow } from '$lib/queries/usage-per-hundred';

export interface HomeData {
	access: AccessMapRow[];
	usage: UsagePerHundredRow[];
	coverage: CoverageRow;
}

export async function loadHomeData(db: Connector): Promise<HomeData> {
	const [access, usage, coverage] = await Promise.all([
		db.rows<AccessMapRow>(accessMapQuery()),
		db.rows<UsagePerHundredRow>(usagePerHundredQuery()),
		db.rows<CoverageRow>(coverageQuery())
	]);
	const coverageRow = coverage[0];
	if (!coverageRow) throw new Error('coverage query returned no row');
	return { access, usage, coverage: coverageRow };
}
