/**
 * Loads the geo renderer (and with it the ~90 KB geometry) on demand, once. `RegionMap` starts the
 * load when geo mode is first shown; a route that must prerender geo mode can `await loadGeoMap()`
 * in its `load` function, after which `RegionMap` renders it synchronously.
 */
import type { Component } from 'svelte';
import type { RegionMapProps } from './types';

type GeoMap = Component<Omit<RegionMapProps, 'mode'>>;

let component = $state.raw<GeoMap | null>(null);
let loading: Promise<GeoMap> | null = null;

export const geoMap = {
	/** The loaded renderer, or `null` until `loadGeoMap()` has resolved. */
	get current(): GeoMap | null {
		return component;
	}
};

export function loadGeoMap(): Promise<GeoMap> {
	loading ??= import('./RegionMap.geo.svelte').then((m) => (component = m.default));
	return loading;
}
