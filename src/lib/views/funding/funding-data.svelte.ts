/**
 * The funding view's data, fetched with its query module: the same function runs in Node at build time
 * (prerendering the default view) and in the browser against DuckDB-WASM.
 */
import type { Connector } from '$lib/data/connector';
import { LiveView } from '$lib/data/live-view.svelte';
import { fundingScatterQuery, type FundingScatterRow } from '$lib/queries/funding-scatter';
import { X_INDICATOR, type FundingXAxis } from '$lib/views/funding/funding-points';

export interface FundingData {
	/** `${year}:${x}`: which view these rows answer. */
	id: string;
	rows: FundingScatterRow[];
}

/** The id of the rows for a year and an x measure. */
export function fundingDataId(year: number, x: FundingXAxis): string {
	return `${year}:${x}`;
}

/** The year and x measure of an id made by `fundingDataId`. */
export function fundingView(id: string): { year: number; x: FundingXAxis } {
	const [year, x] = id.split(':');
	return { year: Number(year), x: x as FundingXAxis };
}

/**
 * The funding rows for the view in the URL: the prerendered ones when they answer it (the default year
 * and measure), else the browser's DuckDB answer once it arrives (null meanwhile). Only the year and the x
 * measure make a new query.
 */
export function liveFundingData(options: { initial: () => FundingData; view: () => { year: number; x: FundingXAxis } }) {
	return new LiveView<FundingData>({
		initial: options.initial,
		initialKey: () => options.initial().id,
		key: () => fundingDataId(options.view().year, options.view().x),
		load: (db, id) => {
			const { year, x } = fundingView(id);
			return loadFundingData(db, year, x);
		}
	});
}

export async function loadFundingData(db: Connector, year: number, x: FundingXAxis): Promise<FundingData> {
	const rows = await db.rows<FundingScatterRow>(fundingScatterQuery({ year, indicator: X_INDICATOR[x] }));
	return { id: fundingDataId(year, x), rows };
}
