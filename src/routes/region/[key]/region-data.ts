/**
 * Everything a region's page shows, fetched with the view's queries. The same function runs in Node at
 * build time (to prerender one page per subject) and in the browser against DuckDB-WASM (to take over).
 */
import type { Connector } from '$lib/data/connector';
import {
	regionAccessQuery,
	regionFactsQuery,
	regionPopulationQuery,
	regionUsageQuery,
	type RegionAccessRow,
	type RegionFactsRow,
	type RegionPopulationRow,
	type RegionUsageRow
} from '$lib/queries/region-profile';
import { regionFundingQuery, type RegionFundingRow } from '$lib/queries/region-funding';

export interface RegionProfile {
	key: string;
	facts: RegionFactsRow;
	population: RegionPopulationRow[];
	access: RegionAccessRow[];
	usage: RegionUsageRow[];
	funding: RegionFundingRow[];
}

/** The profile of subject `key`, or null if the registry has no such subject. */
export async function loadRegionProfile(db: Connector, key: string): Promise<RegionProfile | null> {
	const [facts, population, access, usage, funding] = await Promise.all([
		db.rows<RegionFactsRow>(regionFactsQuery(key)),
		db.rows<RegionPopulationRow>(regionPopulationQuery(key)),
		db.rows<RegionAccessRow>(regionAccessQuery(key)),
		db.rows<RegionUsageRow>(regionUsageQuery(key)),
		db.rows<RegionFundingRow>(regionFundingQuery(key))
	]);
	const row = facts[0];
	if (!row) return null;
	return { key, facts: row, population, access, usage, funding };
}
