import { readFileSync, statSync } from 'node:fs';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { GEO_ASPECT } from '$lib/map/constants';
import { getRegionFeatures, layoutGeoRegions, type RegionFeature } from '$lib/map/geo';
import { readCsv, readRegistry } from './registry';

const FILE = new URL('../../../src/lib/map/geometry/russia.topo.json', import.meta.url);
const topology = JSON.parse(readFileSync(FILE, 'utf8')) as Topology;
const features = getRegionFeatures(topology);
const byKey = new Map(features.map((f) => [f.id, f]));
const registry = readRegistry();
const EARTH_RADIUS_KM = 6371.0088;
const areaKm2 = (f: RegionFeature) => geoArea(f) * EARTH_RADIUS_KM ** 2;
const KREMLIN: [number, number] = [37.617, 55.752];

describe('russia.topo.json', () => {
	it('is at most 250 KB', () => {
		expect(statSync(FILE).size).toBeLessThanOrEqual(250 * 1024);
	});

	it('has one shape per subject with boundaries (85: not the four of 2022), none unknown', () => {
		const expected = registry.filter((r) => r.status !== 'annexed_2022').map((r) => r.key);
		expect(expected).toHaveLength(85);
		expect([...byKey.keys()].sort()).toEqual([...expected].sort());
		expect(features).toHaveLength(85); // no duplicates
		expect(byKey.has('CRIMEA') && byKey.has('SEVASTOPOL')).toBe(true);
	});

	it('carries the registry English name', () => {
		for (const r of registry.filter((x) => byKey.has(x.key))) {
			expect(byKey.get(r.key)?.properties.name_en, r.key).toBe(r.name_en);
		}
	});

	it('winds every ring the d3 way (no region is "the globe minus itself")', () => {
		for (const f of features) expect(geoArea(f), f.id).toBeLessThan(0.1);
	});

	it("matches each subject's registered area (a wrong join shows up as a wrong size)", () => {
		for (const r of registry.filter((x) => byKey.has(x.key))) {
			const ratio = areaKm2(byKey.get(r.key) as RegionFeature) / Number(r.area_km2);
			// St Petersburg's Natural Earth outline includes water of the Neva Bay.
			const tolerance = r.key === 'RU-SPE' ? 0.5 : 0.15;
			expect(Math.abs(ratio - 1), `${r.key}: ratio ${ratio.toFixed(2)}`).toBeLessThan(tolerance);
		}
	});

	it.each([
		// key, lat, lon, tolerance in degrees
		['RU-MOW', 55.75, 37.6, 0.35],
		['RU-MOS', 55.7, 37.7, 0.5],
		['RU-SPE', 59.9, 30.25, 0.2],
		['RU-LEN', 60.0, 31.7, 0.6],
		['SEVASTOPOL', 44.6, 33.6, 0.15],
		['CRIMEA', 45.3, 34.4, 0.4],
		['RU-KGD', 54.7, 21.4, 0.4],
		['RU-CHU', 66.5, 173.0, 1.5]
	])('puts the centroid of %s near %f N, %f E', (key, lat, lon, tol) => {
		const [x, y] = geoCentroid(byKey.get(key) as RegionFeature);
		expect(Math.abs(y - lat), `${key} lat ${y}`).toBeLessThan(tol);
		expect(Math.abs(((x + 360) % 360) - lon), `${key} lon ${x}`).toBeLessThan(tol);
	});

	it('keeps Moscow city and Moscow Oblast apart (Natural Earth swaps their ISO codes)', () => {
		const city = byKey.get('RU-MOW') as RegionFeature;
		const oblast = byKey.get('RU-MOS') as RegionFeature;
		expect(geoContains(city, KREMLIN)).toBe(true);
		expect(geoContains(oblast, KREMLIN)).toBe(false);
		expect(areaKm2(city)).toBeLessThan(3500);
		expect(areaKm2(oblast)).toBeGreaterThan(40000);
	});

	it('puts every anchor town of data/map/ne-admin1-ru.csv in its own subject only', () => {
		const anchors = readCsv<{
			key: string;
			anchor_place: string;
			anchor_lat: string;
			anchor_lon: string;
		}>('data/map/ne-admin1-ru.csv');
		expect(anchors).toHaveLength(85);
		for (const a of anchors) {
			const point: [number, number] = [Number(a.anchor_lon), Number(a.anchor_lat)];
			const hits = features.filter((f) => geoContains(f, point)).map((f) => f.id);
			expect(hits, `${a.anchor_place} (${a.key})`).toEqual([a.key]);
		}
	});
});

describe('layoutGeoRegions (Russia projection)', () => {
	const layout = layoutGeoRegions({ features, width: 1000 });
	const shape = (key: string) => layout.shapes.find((s) => s.key === key);

	it('has the aspect ratio the loading placeholder reserves', () => {
		expect(layout.width / layout.height).toBeCloseTo(GEO_ASPECT, 2);
	});

	it('produces finite paths, centroids and boxes inside the frame', () => {
		for (const s of layout.shapes) {
			expect(s.d, s.key).toMatch(/^M[\d.,MLZ-]+$/);
			expect(s.d, s.key).not.toMatch(/NaN|Infinity/);
			expect(s.centroid.every(Number.isFinite), s.key).toBe(true);
			expect(s.bbox.x, s.key).toBeGreaterThanOrEqual(0);
			expect(s.bbox.y, s.key).toBeGreaterThanOrEqual(0);
			expect(s.bbox.x + s.bbox.width, s.key).toBeLessThanOrEqual(layout.width + 0.5);
			expect(s.bbox.y + s.bbox.height, s.key).toBeLessThanOrEqual(layout.height + 0.5);
		}
	});

	it('draws Chukotka in one piece, in the east: no path jumps across the antimeridian', () => {
		const chukotka = shape('RU-CHU');
		expect(chukotka?.bbox.width).toBeLessThan(layout.width * 0.2);
		expect(chukotka?.centroid[0]).toBeGreaterThan(layout.width * 0.8);
		// A ring cut at the antimeridian would draw a segment across the whole map; islands start new
		// subpaths (M), so only segments inside one subpath are measured.
		for (const s of layout.shapes) {
			for (const sub of s.d.split('M').filter(Boolean)) {
				const xs = [...sub.matchAll(/(-?[\d.]+),-?[\d.]+/g)].map((m) => Number(m[1]));
				for (let i = 1; i < xs.length; i++) {
					const jump = Math.abs((xs[i] ?? 0) - (xs[i - 1] ?? 0));
					expect(jump, `${s.key} segment ${i}`).toBeLessThan(layout.width * 0.1);
				}
			}
		}
	});

	it('spans the frame from Kaliningrad in the west to Chukotka in the east', () => {
		expect(shape('RU-KGD')?.centroid[0]).toBeLessThan(layout.width * 0.1);
		const west = Math.min(...layout.shapes.map((s) => s.bbox.x));
		const east = Math.max(...layout.shapes.map((s) => s.bbox.x + s.bbox.width));
		expect(east - west).toBeGreaterThan(layout.width * 0.95);
	});

	it('leaves Moscow a few pixels wide at 1000 px: the reason for markers and the tile grid', () => {
		const moscow = shape('RU-MOW');
		expect(moscow?.bbox.width).toBeGreaterThan(3);
		expect(moscow?.bbox.width).toBeLessThan(30);
	});
});
