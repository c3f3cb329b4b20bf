/**
 * Everything the timeline page shows, fetched with its query modules. The data does not depend on the
 * view state (the date is looked up in the change rows), so one load serves every date: at build time in
 * Node to prerender the page, then in the browser against DuckDB-WASM.
 */
import type { Connector } from '$lib/data/connector';
import {
	accessAtDateQuery,
	accessChangesQuery,
	accessMonthRangeQuery,
	type AccessAtDateRow,
	type AccessChangeRow,
	type MonthRangeRow
} from '$lib/queries/access-at-date';
import {
	rolloutTimelineQuery,
	undatedOnlyQuery,
	type RolloutObservationRow,
	type UndatedCountRow
} from '$lib/queries/rollout-timeline';
import { usageSeriesQuery, type UsageSeriesRow } from '$lib/queries/usage-series';

export interface TimelineData {
	observations: RolloutObservationRow[];
	changes: AccessChangeRow[];
	/** Every registry subject at the last month (names for the map, and the latest state). */
	regions: AccessAtDateRow[];
	range: MonthRangeRow;
	undatedOnly: number;
	usage: UsageSeriesRow[];
}

export async function loadTimelineData(db: Connector): Promise<TimelineData> {
	const [range] = await db.rows<MonthRangeRow>(accessMonthRangeQuery());
	if (!range) throw new Error('accessMonthRangeQuery returned no row');
	const [observations, changes, regions, undated, usage] = await Promise.all([
		db.rows<RolloutObservationRow>(rolloutTimelineQuery()),
		db.rows<AccessChangeRow>(accessChangesQuery()),
		db.rows<AccessAtDateRow>(accessAtDateQuery({ month: range.last })),
		db.rows<UndatedCountRow>(undatedOnlyQuery()),
		db.rows<UsageSeriesRow>(usageSeriesQuery())
	]);
	return { observations, changes, regions, range, undatedOnly: undated[0]?.undated_only ?? 0, usage };
}
