/**
 * Everything the overview page shows, fetched with the view's queries. The same function runs in Node at
 * build time (to prerender the page) and in the browser against DuckDB-WASM (to take the page over).
 */
import type { Connector } from '$lib/data/connector';
import { accessMapQuery, type AccessMapRow } from '$lib/queries/access-map';
import { coverageQuery, type CoverageRow } from '$lib/queries/coverage';
import { usagePerHundredQuery, type UsagePerHundredRow } from '$lib/queries/usage-per-hundred';
import {
	headlineCapitalsQuery,
	headlineSummaryQuery,
	type HeadlineRow,
	type HeadlineSummaryRow
} from '$lib/queries/headline';

import {
	federalDistrictsQuery,
	rankingQuery,
	type FederalDistrictRow,
	type RankingRow
} from '$lib/queries/ranking';

export interface HomeData {
	access: AccessMapRow[];
	usage: UsagePerHundredRow[];
	coverage: CoverageRow;
	capitals: HeadlineRow[];
	summary: HeadlineSummaryRow;
	/** The default ranking (access stage, all of Russia); other rankings are queried in the browser. */
	ranking: RankingRow[];
	districts: FederalDistrictRow[];
}

export async function loadHomeData(db: Connector): Promise<HomeData> {
	const [access, usage, coverage, capitals, summary, ranking, districts] = await Promise.all([
		db.rows<AccessMapRow>(accessMapQuery()),
		db.rows<UsagePerHundredRow>(usagePerHundredQuery()),
		db.rows<CoverageRow>(coverageQuery()),
		db.rows<HeadlineRow>(headlineCapitalsQuery()),
		db.rows<HeadlineSummaryRow>(headlineSummaryQuery()),
		db.rows<RankingRow>(rankingQuery({ metric: 'access' })),
		db.rows<FederalDistrictRow>(federalDistrictsQuery())
	]);
	const coverageRow = coverage[0];
	const summaryRow = summary[0];
	if (!coverageRow || !summaryRow) throw new Error('coverage or headline query returned no row');
	return {
		access,
		usage,
		coverage: coverageRow,
		capitals,
		summary: summaryRow,
		ranking,
		districts
	};
}
