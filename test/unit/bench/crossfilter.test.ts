/**
 * The cross-filter benchmark's SQL on the real engine (DuckDB-WASM under Node), over SYNTHETIC data
 * generated from a seed: the generator is deterministic, and the pre-aggregated cube answers exactly what
 * the raw table answers for any brush combination.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createConnector, type Connector } from '../../../src/lib/data/connector';
import { createNodeEngine } from '../../../src/lib/server/duckdb-node';
import {
	brushSequence,
	buildCubeSql,
	generateFactsSql,
	linkedViewsQuery,
	regionDimensionSql,
	staleViews,
	XF_BINS,
	XF_MONTHS,
	XF_NO_SELECTION,
	type XfRow,
	type XfSelection
} from '../../../src/lib/bench/crossfilter-queries';
import type { Engine } from '../../../src/lib/data/engine';

const ROWS = 20_000;
let engine: Engine;
let db: Connector;

beforeAll(async () => {
	engine = await createNodeEngine();
	db = createConnector(engine);
	// The real region keys would come from the shipped `regions` table; 89 stand-ins are enough here.
	await engine.run(
		"CREATE TABLE regions AS SELECT 'RU-' || lpad(i::VARCHAR, 2, '0') AS key FROM range(89) r(i)"
	);
	await engine.run(regionDimensionSql());
	await engine.run(generateFactsSql({ rows: ROWS, seed: 7 }));
	await engine.run(buildCubeSql());
}, 60_000);

function sorted(rows: XfRow[]): XfRow[] {
	return [...rows].sort((x, y) => x.view.localeCompare(y.view) || x.k - y.k);
}

describe('synthetic cross-filter tables', () => {
	it('generates the requested number of rows with values in range', async () => {
		const [stats] = await db.rows<Record<string, number>>({
			sql:
				'SELECT count(*) AS n, min(region_id) AS r0, max(region_id) AS r1, min(month) AS m0, max(month) AS m1, ' +
				'min(visits) AS v0, max(visits) AS v1, bool_and(opened <= visits) AS ok, ' +
				'count(DISTINCT region_id) AS regions FROM xf_facts'
		});
		expect(stats).toMatchObject({ n: ROWS, r0: 0, r1: 88, m0: 0, m1: XF_MONTHS - 1, ok: true, regions: 89 });
		expect(stats?.v0).toBeGreaterThanOrEqual(50);
		expect(stats?.v1).toBeLessThan(5050);
	});

	it('is a pure function of the seed', async () => {
		const digest = async () =>
			(await db.rows<{ h: string }>({ sql: 'SELECT sum(hash(region_id, month, facility_id, visits, opened))::VARCHAR AS h FROM xf_facts' }))[0]?.h;
		const first = await digest();
		await engine.run(generateFactsSql({ rows: ROWS, seed: 7 }));
		expect(await digest()).toBe(first);
		await engine.run(generateFactsSql({ rows: ROWS, seed: 8 }));
		expect(await digest()).not.toBe(first);
		await engine.run(generateFactsSql({ rows: ROWS, seed: 7 }));
	});

	it('the cube is much smaller than the fact table and bounded by region × month × bin', async () => {
		const [c] = await db.rows<{ n: number; rows: number }>({ sql: 'SELECT count(*) AS n, sum(n) AS rows FROM xf_cube' });
		expect(c?.rows).toBe(ROWS);
		expect(c?.n).toBeLessThanOrEqual(89 * XF_MONTHS * XF_BINS);
	});
});

describe('linked views', () => {
	it('without a selection, every view adds up to the whole table', async () => {
		const rows = await db.rows<XfRow>(linkedViewsQuery(XF_NO_SELECTION, 'raw'));
		const total = (view: string, m: 'a' | 'b') => rows.filter((r) => r.view === view).reduce((s, r) => s + r[m], 0);
		expect(total('hist', 'a')).toBe(ROWS);
		expect(total('map', 'b')).toBe(total('series', 'b'));
		expect(total('map', 'a')).toBe(total('series', 'a'));
		expect(rows.filter((r) => r.view === 'map')).toHaveLength(89);
		expect(rows.filter((r) => r.view === 'series')).toHaveLength(XF_MONTHS);
	});

	it('a view is never filtered by its own brush', async () => {
		const sel: XfSelection = { regions: [3], months: null, bins: null };
		const rows = await db.rows<XfRow>(linkedViewsQuery(sel, 'raw', ['map']));
		expect(rows).toHaveLength(89);
	});

	it('cube and raw table give the same answer for 60 seeded brush changes', async () => {
		for (const step of brushSequence(60, 11, 89)) {
			const views = staleViews(step.changed === 'regions' ? 'map' : step.changed === 'months' ? 'series' : 'hist');
			const raw = await db.rows<XfRow>(linkedViewsQuery(step.selection, 'raw', views));
			const cube = await db.rows<XfRow>(linkedViewsQuery(step.selection, 'cube', views));
			expect(sorted(cube)).toEqual(sorted(raw));
		}
	});

	it('binds every selection value as a parameter', () => {
		const q = linkedViewsQuery({ regions: [1, 2], months: [3, 4], bins: [5, 6] }, 'cube');
		expect(q.params).toEqual([3, 4, 5, 6, 1, 2, 5, 6, 1, 2, 3, 4]);
		expect(q.sql).not.toMatch(/IN \(\d|BETWEEN \d|AND \d/);
	});

	it('refuses selections that are not integers in range', () => {
		expect(() => linkedViewsQuery({ regions: [1.5], months: null, bins: null }, 'raw')).toThrow();
		expect(() => linkedViewsQuery({ regions: null, months: [5, 2], bins: null }, 'raw')).toThrow();
		expect(() => linkedViewsQuery({ regions: null, months: null, bins: [0, 20] }, 'raw')).toThrow();
		expect(() => generateFactsSql({ rows: 0, seed: 1 })).toThrow();
		expect(() => generateFactsSql({ rows: 10, seed: -1 })).toThrow();
	});
});

describe('brushSequence', () => {
	it('is deterministic and changes each brush in turn', () => {
		const a = brushSequence(30, 5, 89);
		expect(brushSequence(30, 5, 89)).toEqual(a);
		expect(a.map((s) => s.changed).slice(0, 3)).toEqual(['regions', 'months', 'bins']);
		for (const { selection } of a) expect(() => linkedViewsQuery(selection, 'cube')).not.toThrow();
	});
});
