/**
 * The shipped geometry (`geometry/russia.topo.json`) projected once at the reference width.
 * Imported statically so geo mode renders during prerender; only the geo renderer imports this
 * module, so the default tile map never loads the geometry.
 */
import type { Topology } from 'topojson-specification';
import topology from './geometry/russia.topo.json';
import { FEDERAL_CITY_KEYS, GEO_REFERENCE_WIDTH } from './constants';
import { getRegionFeatures, layoutGeoRegions } from './geo';

const layout = layoutGeoRegions({
	features: getRegionFeatures(topology as unknown as Topology),
	width: GEO_REFERENCE_WIDTH
});
const isCity = (key: string) => (FEDERAL_CITY_KEYS as readonly string[]).includes(key);

/**
 * Shapes in drawing order: federal cities last, so their markers sit on top of their neighbours.
 */
export const GEO_LAYOUT = {
	...layout,
	shapes: [
		...layout.shapes.filter((s) => !isCity(s.key)),
		...layout.shapes.filter((s) => isCity(s.key))
	]
};
