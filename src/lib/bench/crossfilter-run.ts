/**
 * The cross-filter benchmark run (SYNTHETIC data), independent of any page: generate the table inside
 * DuckDB, build the cube, then replay a seeded sequence of brush changes against the raw table and against
 * the cube, timing each change from the moment the brush moves to the paint that shows the linked views.
 *
 * The page supplies `draw` (apply the rows to its views) and `afterPaint` (resolve once the next frame is
 * painted); here we only time and summarize.
 */
import type { Connector } from '../data/connector';
import {
	brushSequence,
	buildCubeSql,
	generateFactsSql,
	linkedViewsQuery,
	regionDimensionSql,
	staleViews,
	XF_BRUSH_OWNER,
	XF_NO_SELECTION,
	XF_TABLES,
	XF_VIEWS,
	type XfRow,
	type XfSelection,
	type XfSource,
	type XfView
} from './crossfilter-queries';
import { round, summarize } from './stats.js';

export interface XfRunOptions {
	rows: number;
	seed: number;
	/** Timed brush changes per source (≥ 50 for a p95 worth the name). */
	changes: number;
	/** Untimed changes first (JIT, caches). */
	warmup: number;
	sources: readonly XfSource[];
}

export interface XfDrawing {
	/** Apply fresh rows of `views` (and the selection, for highlights) to the page's views. */
	draw(rows: XfRow[], views: readonly XfView[], selection: XfSelection): void | Promise<void>;
	/** Resolves with `performance.now()` once everything changed so far has been painted. */
	afterPaint(): Promise<number>;
	/** Progress line for the page. */
	log?(message: string): void;
}

export interface XfTiming {
	total_p50_ms: number | null;
	total_p95_ms: number | null;
	total_max_ms: number | null;
	query_p50_ms: number | null;
	query_p95_ms: number | null;
	render_p50_ms: number | null;
	render_p95_ms: number | null;
	changes: number;
	/** Every timed change, query + render, in ms (for the harness to re-summarize). */
	samples: number[];
}

export interface XfResult {
	synthetic: true;
	rows: number;
	seed: number;
	generate_ms: number | null;
	cube_build_ms: number | null;
	fact_rows: number;
	cube_rows: number;
	/** DuckDB's own accounting of its buffer memory after the tables exist. */
	duckdb_memory_mb: number | null;
	sources: Partial<Record<XfSource, XfTiming>>;
	/** Worker round trip of a trivial query: plain, and prepared with a bound parameter (prepare + run + close). */
	roundtrip_p50_ms: { plain: number | null; prepared: number | null };
	/** raw p95 ÷ cube p95 (how much the pre-aggregation buys). */
	raw_over_cube_p95: number | null;
	error: string | null;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
	const t0 = performance.now();
	const value = await fn();
	return [value, performance.now() - t0];
}

export async function runCrossfilter(db: Connector, options: XfRunOptions, ui: XfDrawing): Promise<XfResult> {
	const log = ui.log ?? (() => undefined);
	const result: XfResult = {
		synthetic: true,
		rows: options.rows,
		seed: options.seed,
		generate_ms: null,
		cube_build_ms: null,
		fact_rows: 0,
		cube_rows: 0,
		duckdb_memory_mb: null,
		roundtrip_p50_ms: { plain: null, prepared: null },
		sources: {},
		raw_over_cube_p95: null,
		error: null
	};
	try {
		await db.rows({ sql: regionDimensionSql() });
		const [regionCount] = await db.rows<{ n: number }>({ sql: `SELECT count(*)::INTEGER AS n FROM ${XF_TABLES.regions}` });
		const regions = regionCount?.n ?? 0;
		if (regions < 1) throw new Error('the regions table is empty');

		log(`generating ${options.rows.toLocaleString('en')} synthetic rows…`);
		const [, gen] = await timed(() => db.rows({ sql: generateFactsSql({ rows: options.rows, seed: options.seed }) }));
		result.generate_ms = round(gen);
		log(`building the cube…`);
		const [, cube] = await timed(() => db.rows({ sql: buildCubeSql() }));
		result.cube_build_ms = round(cube);
		const [counts] = await db.rows<{ facts: number; cube: number }>({
			sql: `SELECT (SELECT count(*) FROM ${XF_TABLES.facts})::BIGINT AS facts, (SELECT count(*) FROM ${XF_TABLES.cube})::BIGINT AS cube`
		});
		result.fact_rows = Number(counts?.facts ?? 0);
		result.cube_rows = Number(counts?.cube ?? 0);
		try {
			const [mem] = await db.rows<{ bytes: number }>({
				sql: 'SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()'
			});
			result.duckdb_memory_mb = round((mem?.bytes ?? 0) / 2 ** 20);
		} catch {
			// Older engines have no duckdb_memory(); the figure stays null.
		}

		const plain: number[] = [];
		const prepared: number[] = [];
		for (let i = 0; i < 25; i++) {
			plain.push((await timed(() => db.rows({ sql: 'SELECT 1 AS one' })))[1]);
			prepared.push((await timed(() => db.rows({ sql: 'SELECT ?::INTEGER AS one', params: [i] })))[1]);
		}
		result.roundtrip_p50_ms = { plain: round(summarize(plain).p50, 2), prepared: round(summarize(prepared).p50, 2) };

		const steps = brushSequence(options.warmup + options.changes, options.seed, regions);
		for (const source of options.sources) {
			log(`${source}: ${options.changes} brush changes…`);
			// Start from nothing selected, all views drawn.
			await ui.draw(await db.rows<XfRow>(linkedViewsQuery(XF_NO_SELECTION, source)), XF_VIEWS, XF_NO_SELECTION);
			await ui.afterPaint();
			const totals: number[] = [];
			const queries: number[] = [];
			const renders: number[] = [];
			for (const [i, step] of steps.entries()) {
				const views = staleViews(XF_BRUSH_OWNER[step.changed]);
				const t0 = performance.now();
				const rows = await db.rows<XfRow>(linkedViewsQuery(step.selection, source, views));
				const t1 = performance.now();
				await ui.draw(rows, views, step.selection);
				const t2 = await ui.afterPaint();
				if (i < options.warmup) continue;
				totals.push(t2 - t0);
				queries.push(t1 - t0);
				renders.push(t2 - t1);
			}
			const total = summarize(totals);
			const query = summarize(queries);
			const render = summarize(renders);
			result.sources[source] = {
				total_p50_ms: round(total.p50),
				total_p95_ms: round(total.p95),
				total_max_ms: round(total.max),
				query_p50_ms: round(query.p50),
				query_p95_ms: round(query.p95),
				render_p50_ms: round(render.p50),
				render_p95_ms: round(render.p95),
				changes: total.n,
				samples: totals.map((t) => round(t, 2) ?? 0)
			};
		}
		const raw = result.sources.raw?.total_p95_ms;
		const cubeP95 = result.sources.cube?.total_p95_ms;
		if (raw && cubeP95) result.raw_over_cube_p95 = round(raw / cubeP95, 2);
	} catch (error) {
		result.error = error instanceof Error ? error.message : String(error);
	}
	return result;
}
