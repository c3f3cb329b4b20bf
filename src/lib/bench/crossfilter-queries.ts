/**
 * The cross-filter benchmark's SQL (SYNTHETIC data only; used by `/lab/crossfilter` and its unit tests).
 *
 * A synthetic fact table of facility × month reports is generated INSIDE DuckDB from a seed: one row per
 * (synthetic) facility and month, over the 89 real region keys of the `regions` table. Nothing here is real
 * data; every table name starts with `xf_` and the page labels every figure "synthetic".
 *
 * Three linked views read it, as on a cross-filtering dashboard:
 * - `map`:    per region, visits and visits with the EMK opened (the choropleth);
 * - `series`: per month, the same sums (a line chart);
 * - `hist`:   facility-months per 5 % bin of "share of visits with the EMK opened" (a histogram).
 * Each view is filtered by the selections of the OTHER views (a region set, a month range, a bin range),
 * never by its own, which is the usual cross-filter semantics.
 *
 * Two ways to answer the same question:
 * - `raw`:  every query scans `xf_facts` (N rows) and bins on the fly;
 * - `cube`: the queries read `xf_cube`, built once: region × month × bin with row counts and sums
 *   (at most 89 × 60 × 20 = 106,800 rows whatever N is). This is the data-cube index Mosaic builds.
 * Both give identical numbers (tested in `test/unit/bench/crossfilter.test.ts`).
 *
 * Sizes and seeds are validated integers written into the SQL (DuckDB's `range()` takes no parameter of
 * an untyped kind); every selection value is bound as a `?` parameter.
 */
import type { BoundQuery } from '../data/connector';
import type { SqlParam } from '../data/engine';

/** Months in the synthetic series: January 2020 … December 2024 (month 0 = 2020-01). */
export const XF_MONTHS = 60;
/** Bins of the share of visits with the EMK opened: 5 % each. */
export const XF_BINS = 20;
/** The table names (all prefixed `xf_`, all synthetic). */
export const XF_TABLES = { regions: 'xf_regions', facts: 'xf_facts', cube: 'xf_cube' } as const;
/** Synthetic facilities per region (facility ids are `region_id * 1000 + n`). */
export const XF_FACILITIES_PER_REGION = 1000;

export type XfView = 'map' | 'series' | 'hist';
export const XF_VIEWS: readonly XfView[] = ['map', 'series', 'hist'];
export type XfSource = 'raw' | 'cube';

/** The current brushes. `null` = nothing selected in that view. Ranges are inclusive. */
export interface XfSelection {
	/** Region ids (`xf_regions.region_id`) picked on the map. */
	regions: readonly number[] | null;
	/** Month range [from, to], 0-based. */
	months: readonly [number, number] | null;
	/** Bin range [from, to], 0 … 19. */
	bins: readonly [number, number] | null;
}

export const XF_NO_SELECTION: XfSelection = { regions: null, months: null, bins: null };

/** One row of `linkedViewsQuery`: view name, its key (region id, month or bin) and two measures. */
export interface XfRow {
	view: XfView;
	k: number;
	/** map, series: visits with the EMK opened; hist: facility-months. */
	a: number;
	/** Visits (all views). */
	b: number;
}

function checkInt(name: string, value: number, min: number, max: number): number {
	if (!Number.isSafeInteger(value) || value < min || value > max) {
		throw new Error(`crossfilter: ${name} must be an integer in [${min}, ${max}], got ${value}`);
	}
	return value;
}

/** The 89 region keys of `regions`, numbered 0 … 88 in key order. */
export function regionDimensionSql(): string {
	return (
		`CREATE OR REPLACE TABLE ${XF_TABLES.regions} AS ` +
		`SELECT (row_number() OVER (ORDER BY key) - 1)::UTINYINT AS region_id, key FROM regions ORDER BY key`
	);
}

/**
 * The synthetic fact table: `rows` facility-month reports, a pure function of (`rows`, `seed`).
 *
 * - region: uniform over the regions; facility: one of 1000 per region; month: uniform over 60;
 * - visits: 50 … 5049;
 * - share of visits with the EMK opened: a per-region base (0–40 %) + a trend over the months (0–40 %)
 *   + noise (±10 %), clamped to [0, 99.9 %]; `opened` = ⌊visits × share⌋.
 */
export function generateFactsSql({ rows, seed }: { rows: number; seed: number }): string {
	checkInt('rows', rows, 1, 100_000_000);
	checkInt('seed', seed, 0, 2 ** 31 - 1);
	const h = (salt: number, of = 'i') => `hash(${of}, ${seed}, ${salt})`;
	return `CREATE OR REPLACE TABLE ${XF_TABLES.facts} AS
WITH n AS (SELECT count(*)::UBIGINT AS regions FROM ${XF_TABLES.regions}),
base AS (
	SELECT
		(${h(1)} % n.regions)::UTINYINT AS region_id,
		(${h(2)} % ${XF_MONTHS})::UTINYINT AS month,
		(${h(3)} % ${XF_FACILITIES_PER_REGION})::UINTEGER AS facility_n,
		(50 + ${h(4)} % 5000)::USMALLINT AS visits,
		(${h(5)} % 2001)::INTEGER - 1000 AS noise
	FROM range(${rows}) r(i), n
),
shared AS (
	SELECT region_id, month, facility_n, visits,
		greatest(0.0, least(0.999,
			(${h(6, 'region_id')} % 401) / 1000.0 + month / ${XF_MONTHS - 1}.0 * 0.4 + noise / 10000.0
		)) AS share
	FROM base
)
SELECT region_id, month, (region_id::UINTEGER * ${XF_FACILITIES_PER_REGION} + facility_n)::UINTEGER AS facility_id,
	visits, floor(visits * share)::USMALLINT AS opened
FROM shared`;
}

/** The bin (0 … 19) of a row of `xf_facts`: its share of visits with the EMK opened, in 5 % steps. */
export function binSql(opened = 'opened', visits = 'visits'): string {
	return `least(floor(${opened} * ${XF_BINS}.0 / ${visits}), ${XF_BINS - 1})::UTINYINT`;
}

/** The pre-aggregated cube: region × month × bin → facility-months, visits, opened. Built once. */
export function buildCubeSql(): string {
	return (
		`CREATE OR REPLACE TABLE ${XF_TABLES.cube} AS ` +
		`SELECT region_id, month, ${binSql()} AS bin, count(*)::UINTEGER AS n, ` +
		`sum(visits)::UBIGINT AS visits, sum(opened)::UBIGINT AS opened ` +
		`FROM ${XF_TABLES.facts} GROUP BY ALL ORDER BY region_id, month, bin`
	);
}

function checkSelection(sel: XfSelection): void {
	if (sel.regions) {
		if (sel.regions.length === 0) throw new Error('crossfilter: an empty region selection must be null');
		for (const r of sel.regions) checkInt('region id', r, 0, 254);
	}
	if (sel.months) {
		checkInt('month', sel.months[0], 0, XF_MONTHS - 1);
		checkInt('month', sel.months[1], sel.months[0], XF_MONTHS - 1);
	}
	if (sel.bins) {
		checkInt('bin', sel.bins[0], 0, XF_BINS - 1);
		checkInt('bin', sel.bins[1], sel.bins[0], XF_BINS - 1);
	}
}

/** WHERE conditions for `view` (the other views' brushes), with their parameters appended to `params`. */
function conditions(view: XfView, sel: XfSelection, source: XfSource, params: SqlParam[]): string {
	const where: string[] = [];
	const bin = source === 'cube' ? 'bin' : binSql();
	if (view !== 'map' && sel.regions) {
		where.push(`region_id IN (${sel.regions.map(() => '?').join(', ')})`);
		params.push(...sel.regions);
	}
	if (view !== 'series' && sel.months) {
		where.push('month BETWEEN ? AND ?');
		params.push(sel.months[0], sel.months[1]);
	}
	if (view !== 'hist' && sel.bins) {
		where.push(`${bin} BETWEEN ? AND ?`);
		params.push(sel.bins[0], sel.bins[1]);
	}
	return where.length ? ` WHERE ${where.join(' AND ')}` : '';
}

function viewSql(view: XfView, sel: XfSelection, source: XfSource, params: SqlParam[]): string {
	const table = source === 'cube' ? XF_TABLES.cube : XF_TABLES.facts;
	const rows = source === 'cube' ? 'sum(n)' : 'count(*)';
	const key = view === 'map' ? 'region_id' : view === 'series' ? 'month' : source === 'cube' ? 'bin' : binSql();
	const a = view === 'hist' ? rows : 'sum(opened)';
	const where = conditions(view, sel, source, params);
	return (
		`SELECT '${view}' AS view, ${key}::INTEGER AS k, (${a})::DOUBLE AS a, sum(visits)::DOUBLE AS b ` +
		`FROM ${table}${where} GROUP BY 1, 2`
	);
}

/**
 * One round trip for the views that must be redrawn: `views` (by default all three), each filtered by the
 * other views' brushes, as one UNION ALL ordered by view and key.
 */
export function linkedViewsQuery(
	sel: XfSelection,
	source: XfSource,
	views: readonly XfView[] = XF_VIEWS
): BoundQuery {
	checkSelection(sel);
	if (views.length === 0) throw new Error('crossfilter: no view to query');
	const params: SqlParam[] = [];
	const parts = views.map((v) => viewSql(v, sel, source, params));
	return { sql: `${parts.join('\nUNION ALL\n')}\nORDER BY view, k`, params };
}

/**
 * The views a change of one brush makes stale: every view but the brushed one (its own brush never
 * filters it).
 */
export function staleViews(changed: XfView): XfView[] {
	return XF_VIEWS.filter((v) => v !== changed);
}

/** Which view owns each brush. */
export const XF_BRUSH_OWNER = { regions: 'map', months: 'series', bins: 'hist' } as const satisfies Record<
	keyof XfSelection,
	XfView
>;

/** Row and byte counts of the generated tables (to report alongside timings). */
export function tableStatsQuery(): BoundQuery {
	return {
		sql:
			`SELECT table_name, estimated_size::BIGINT AS rows FROM duckdb_tables() ` +
			`WHERE table_name IN ('${XF_TABLES.facts}', '${XF_TABLES.cube}') ORDER BY 1`
	};
}

/**
 * A seeded sequence of brush changes, as a user would make them: pick a few regions, drag a month range,
 * drag a bin range, clear one. Deterministic for a given seed. Each step names the brush it changed.
 */
export function brushSequence(
	count: number,
	seed: number,
	regionCount: number
): { changed: keyof XfSelection; selection: XfSelection }[] {
	checkInt('count', count, 1, 100_000);
	checkInt('regionCount', regionCount, 1, 255);
	let state = seed >>> 0 || 1;
	const next = () => {
		// mulberry32
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const out: { changed: keyof XfSelection; selection: XfSelection }[] = [];
	let sel: XfSelection = XF_NO_SELECTION;
	const brushes = ['regions', 'months', 'bins'] as const;
	for (let i = 0; i < count; i++) {
		const changed = brushes[i % 3] as keyof XfSelection;
		const clear = int(6) === 0;
		if (changed === 'regions') {
			const picked = new Set<number>();
			const n = 1 + int(5);
			while (picked.size < n) picked.add(int(regionCount));
			sel = { ...sel, regions: clear ? null : [...picked].sort((a, b) => a - b) };
		} else if (changed === 'months') {
			const from = int(XF_MONTHS);
			sel = { ...sel, months: clear ? null : [from, from + int(XF_MONTHS - from)] };
		} else {
			const from = int(XF_BINS);
			sel = { ...sel, bins: clear ? null : [from, from + int(XF_BINS - from)] };
		}
		out.push({ changed, selection: sel });
	}
	return out;
}
