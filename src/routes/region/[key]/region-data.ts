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
import { regionChangesQuery, releasesQuery, type DataChangeItemRow, type ReleaseRow } from '$lib/queries/data-changes';

export interface RegionProfile {
	key: string;
	facts: RegionFactsRow;
	population: RegionPopulationRow[];
	access: RegionAccessRow[];
	usage: RegionUsageRow[];
	funding: RegionFundingRow[];
	/** Changes of the data that touched this subject, newest first. */
	changes: DataChangeItemRow[];
	/** Date of the latest data release: when the sources were last reviewed. */
	reviewedOn: string | null;
}

/** The profile of subject `key`, or null if the registry has no such subject. */
export async function loadRegionProfile(db: Connector, key: string): Promise<RegionProfile | null> {
	const [facts, population, access, usage, funding, changes, releases] = await Promise.all([
		db.rows<RegionFactsRow>(regionFactsQuery(key)),
		db.rows<RegionPopulationRow>(regionPopulationQuery(key)),
		db.rows<RegionAccessRow>(regionAccessQuery(key)),
		db.rows<RegionUsageRow>(regionUsageQuery(key)),
		db.rows<RegionFundingRow>(regionFundingQuery(key)),
		db.rows<DataChangeItemRow>(regionChangesQuery(key)),
		db.rows<ReleaseRow>(releasesQuery())
	]);
	const row = facts[0];
	if (!row) return null;
	return {
		key,
		facts: row,
		population,
		access,
		usage,
		funding,
		changes,
		reviewedOn: releases[0]?.release ?? null
	};
}
