/**
 * The data of each embeddable figure, from the same query modules as its full page: at build time in
 * Node (prerendering) and, for the funding scatter's other years and measures, in the browser.
 */
import type { Connector } from '$lib/data/connector';
import type { EmbedView } from '$lib/components/embed/embed-snippet';
import { usagePerHundredQuery, type UsagePerHundredRow } from '$lib/queries/usage-per-hundred';
import { loadHomeData, type HomeData } from '$lib/views/overview/home-data';
import { loadFundingData, type FundingData } from '$lib/views/funding/funding-data.svelte';
import { DEFAULT_X, DEFAULT_YEAR } from '$lib/views/funding/funding-state';

export type EmbedData =
	| { view: 'access-map'; home: HomeData }
	| { view: 'usage-chart'; usage: UsagePerHundredRow[] }
	| { view: 'funding-scatter'; funding: FundingData };

export async function loadEmbedData(db: Connector, view: EmbedView): Promise<EmbedData> {
	switch (view) {
		case 'access-map':
			return { view, home: await loadHomeData(db) };
		case 'usage-chart':
			return { view, usage: await db.rows<UsagePerHundredRow>(usagePerHundredQuery()) };
		case 'funding-scatter':
			return { view, funding: await loadFundingData(db, DEFAULT_YEAR, DEFAULT_X) };
	}
}
