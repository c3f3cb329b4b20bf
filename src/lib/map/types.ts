/** Shared types of the map family (RegionMap, MapLegend and their pure helpers). */

/** One region as the map draws it: plain, already-formatted data, no numbers to interpret. */
export interface MapItem {
	/** Registry key (`RU-MOW`, `CRIMEA`, …). */
	key: string;
	/** Display name («Москва»). */
	name: string;
	/** Short tile label («МОС»). */
	abbr: string;
	/** CSS colour; `null` draws the hatched «нет данных» pattern. */
	fill: string | null;
	/**
	 * A promise (announced, planned or required) without an observed stage behind it: drawn as a hollow
	 * ring on the region, never as a colour.
	 */
	promised?: boolean;
	/** Accessible name, e.g. «Москва: полный доступ, 45,3 пользователя на 100 жителей». */
	ariaLabel: string;
	/** Tooltip content, plain text (rendered as text nodes, never as HTML). */
	tooltip: { title: string; lines: string[] };
}

export type MapMode = 'tiles' | 'geo';

/** A rectangle in SVG user units (also used as a viewBox). */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export type Point = [x: number, y: number];

/**
 * What both renderers need per region: where to anchor markers and tooltips, and how far it
 * reaches.
 */
export interface RegionAnchor {
	key: string;
	/**
	 * Anchor for tooltips and keyboard navigation (centre of the tile, or of the largest polygon).
	 */
	centroid: Point;
	bbox: Box;
}

/** A region drawn as an SVG path (geo mode). */
export interface RegionShape extends RegionAnchor {
	d: string;
}

/** A region drawn as a square tile (tiles mode). */
export interface RegionTile extends RegionAnchor {
	row: number;
	col: number;
}

/** One class of a legend; `fill: null` is the «нет данных» class. */
export interface LegendClass {
	label: string;
	fill: string | null;
	count: number;
}

/** What a renderer's `region` snippet gets from `MapFrame` for one region. */
export interface RegionSnippetArgs {
	anchor: RegionAnchor;
	/**
	 * `undefined` when the caller passed no item for this region (drawn hatched, not interactive).
	 */
	item: MapItem | undefined;
	/** CSS fill: the item's colour or the hatch pattern. */
	fill: string;
	/** Zoom as visible width / full width: multiply sizes by it to keep them constant on screen. */
	scale: number;
}

/** Props of `RegionMap` (and of both renderers it picks between). */
export interface RegionMapProps {
	mode: MapMode;
	items: MapItem[];
	/** Outlined region; `null`/absent for none. */
	selectedKey?: string | null;
	/** Called with the region's key on click, Enter or Space. */
	onselect?: (key: string) => void;
	/**
	 * Zoom to these regions (e.g. one federal district) and dim the rest; `null`/empty for the whole
	 * map.
	 */
	zoomKeys?: readonly string[] | null;
	/** Accessible name of the whole map. */
	title: string;
	/** Source line under the map; geo mode defaults to the Natural Earth credit. */
	credit?: string;
	/** Geo mode: label before the names of items that have no shape (the four subjects of 2022). */
	notDrawnLabel?: string;
}
