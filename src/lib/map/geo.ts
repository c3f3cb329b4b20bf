/**
 * Pure geometry for the geo mode: TopoJSON → features → projected SVG paths, plus the viewBox that
 * zooms to a set of regions. No DOM, so it runs the same in Node (tests, prerender) and in the
 * browser.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GEO_MARGIN, GEO_PATH_DIGITS } from './constants';
import { PROJECTIONS } from './projections';
import type { Point, RegionShape } from './types';

export type RegionFeature = Feature<Polygon | MultiPolygon, { name_en: string }> & { id: string };

export interface GeoLayout {
	width: number;
	height: number;
	shapes: RegionShape[];
}

/**
 * The `regions` object of a TopoJSON file as GeoJSON features keyed by registry key (`feature.id`).
 */
export function getRegionFeatures(topology: Topology, objectName = 'regions'): RegionFeature[] {
	const object = topology.objects[objectName];
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error(`getRegionFeatures: topology has no GeometryCollection "${objectName}"`);
	}
	const fc = feature(topology, object as GeometryCollection) as FeatureCollection;
	return fc.features.map((f) => {
		if (typeof f.id !== 'string')
			throw new Error('getRegionFeatures: every geometry needs a string id');
		return f as RegionFeature;
	});
}

/** Splits a feature into single polygons (for picking the largest one). */
function polygonsOf(f: RegionFeature): Feature<Polygon>[] {
	const coords = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	return coords.map((c) => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates: c }
	}));
}

/**
 * Projects features into a `width`-wide frame. Without `height` the frame is as tall as the fitted
 * map, so the caller can reserve exactly that aspect ratio. Each shape's `centroid` is the centre
 * of its largest polygon (Crimea's, not the sea between islands), used for markers and tooltips.
 *
 * @example
 * layoutGeoRegions({ features, width: 1000 })
 * // → { width: 1000, height: 546, shapes: [{ key: 'RU-MOW', d: 'M…Z', centroid, bbox }, …] }
 */
export function layoutGeoRegions(options: {
	features: RegionFeature[];
	width: number;
	height?: number;
	/** Margin kept free on every side (room for markers and strokes at the edge). */
	margin?: number;
	projection?: GeoProjection;
	digits?: number;
}): GeoLayout {
	const { features, width } = options;
	const margin = options.margin ?? GEO_MARGIN;
	const projection = options.projection ?? PROJECTIONS.russia();
	const collection: FeatureCollection = { type: 'FeatureCollection', features };
	// Fit to the width first; the natural height follows unless the caller fixes one.
	projection.fitWidth(width - 2 * margin, collection);
	const natural = geoPath(projection).bounds(collection);
	const height = options.height ?? Math.ceil(natural[1][1] - natural[0][1] + 2 * margin);
	projection.fitExtent(
		[
			[margin, margin],
			[width - margin, height - margin]
		],
		collection
	);
	const path = geoPath(projection).digits(options.digits ?? GEO_PATH_DIGITS);

	const shapes = features.map((f): RegionShape => {
		const [[x0, y0], [x1, y1]] = path.bounds(f);
		const largest = polygonsOf(f).reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
		return {
			key: f.id,
			d: path(f) ?? '',
			centroid: path.centroid(largest) as Point,
			bbox: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
		};
	});
	return { width, height, shapes };
}

export { getZoomBox, toViewBox, unionBox } from './viewbox';
