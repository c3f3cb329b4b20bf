/**
 * The funding view's data, fetched with its query module: the same function runs in Node at build time
 * (prerendering the default view) and in the browser against DuckDB-WASM.
 */
import type { Connector } from '$lib/data/connector';
import { fundingScatterQuery, type FundingScatterRow } from '$lib/queries/funding-scatter';
import { X_INDICATOR, type FundingXAxis } from '$lib/charts/shape/funding-points';

export interface FundingData {
	/** `${year}:${x}`: which view these rows answer. */
	id: string;
	rows: FundingScatterRow[];
}

/** The id of the rows for a year and an x measure. */
export function fundingDataId(year: number, x: FundingXAxis): string {
	return `${year}:${x}`;
}

export async function loadFundingData(db: Connector, year: number, x: FundingXAxis): Promise<FundingData> {
	const rows = await db.rows<FundingScatterRow>(fundingScatterQuery({ year, indicator: X_INDICATOR[x] }));
	return { id: fundingDataId(year, x), rows };
}
