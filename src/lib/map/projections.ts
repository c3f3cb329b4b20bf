/**
 * Named map projections. Each entry is a factory so every map gets its own (mutable) projection,
 * fitted to its own size by `layoutGeoRegions`.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';

export type ProjectionName = 'russia';

export const PROJECTIONS: Record<ProjectionName, () => GeoProjection> = {
	/**
	 * Equal-area conic (Albers) centred on 100° E with standard parallels 52° and 64° N: areas stay
	 * comparable, and rotating the globe by −100° moves the cut line to 80° W, so the country from
	 * Kaliningrad (20° E) to Chukotka (169° W) is one piece.
	 */
	russia: () => geoConicEqualArea().rotate([-100, 0]).parallels([52, 64])
};
