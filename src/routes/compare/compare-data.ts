/**
 * What the compare page fetches, with the view's queries. At build time (Node DuckDB) every subject is
 * fetched, so the prerendered page can show any pinned set at once; in the browser (DuckDB-WASM) only the
 * pinned subjects are, whenever the pins change.
 */
import type { Connector } from '$lib/data/connector';
import {
	compareMediansQuery,
	compareRegionsQuery,
	regionChoicesQuery,
	type CompareMedianRow,
	type CompareRegionRow,
	type RegionChoiceRow
} from '$lib/queries/compare';
import {
	federalDistrictsQuery,
	rankingQuery,
	type FederalDistrictRow,
	type RankingParams,
	type RankingRow
} from '$lib/queries/ranking';

export interface CompareData {
	/** Rows of the requested subjects (all of them when `keys` was null). */
	regions: CompareRegionRow[];
	medians: CompareMedianRow[];
}

export interface CompareStatic {
	choices: RegionChoiceRow[];
	districts: FederalDistrictRow[];
}

/** Rows for `keys` (or every subject) and the medians of every district and of Russia. */
export async function loadCompareData(db: Connector, keys: readonly string[] | null): Promise<CompareData> {
	const [regions, medians] = await Promise.all([
		db.rows<CompareRegionRow>(compareRegionsQuery({ keys })),
		db.rows<CompareMedianRow>(compareMediansQuery())
	]);
	return { regions, medians };
}

/** The region picker's list and the districts for the ranking's filter. */
export async function loadCompareStatic(db: Connector): Promise<CompareStatic> {
	const [choices, districts] = await Promise.all([
		db.rows<RegionChoiceRow>(regionChoicesQuery()),
		db.rows<FederalDistrictRow>(federalDistrictsQuery())
	]);
	return { choices, districts };
}

/** The ranking the page shows under the comparison (to pin regions from). */
export function loadRanking(db: Connector, params: RankingParams): Promise<RankingRow[]> {
	return db.rows<RankingRow>(rankingQuery(params));
}
