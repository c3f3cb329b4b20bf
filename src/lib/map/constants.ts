/** Named numbers and strings of the map family. */

/**
 * Width of the geo map's coordinate system; the SVG scales to its container through the viewBox.
 */
export const GEO_REFERENCE_WIDTH = 1000;
/**
 * Free margin around the geo map, so markers and strokes at the edge (Sevastopol) are not clipped.
 */
export const GEO_MARGIN = 10;
/** Fraction digits in projected path strings: 0.1 unit at 1000 wide is far below a screen pixel. */
export const GEO_PATH_DIGITS = 1;
/** Tile grid: size of one cell in SVG units and the gap left between tiles (fraction of a cell). */
export const TILE_CELL = 40;
export const TILE_GAP = 0.06;
/**
 * Regions too small to see or hit in geo mode get a marker circle of this radius (SVG units at full
 * view).
 */
export const FEDERAL_CITY_MARKER_RADIUS = 6;
export const FEDERAL_CITY_KEYS = ['RU-MOW', 'RU-SPE', 'SEVASTOPOL'] as const;
/** Space around a zoomed-in set of regions, as a share of its size. */
export const ZOOM_PADDING = 0.08;

export const NO_DATA_LABEL_RU = 'нет данных';
export const GEO_CREDIT_RU = 'Границы: Natural Earth (общественное достояние)';
export const NOT_DRAWN_LABEL_RU = 'Нет границ в источнике карты';

/** The «нет данных» hatch: grey diagonal lines on white, spacing in SVG units at full view. */
export const NO_DATA_HATCH = { background: '#ffffff', line: '#8f8f8f', spacing: 6 } as const;
/**
 * Tile label size in SVG units (a tile is ~38 units): ~7 px at 390 px page width, ~15 px at 1280.
 */
export const TILE_LABEL_SIZE = 13;
/**
 * Aspect ratio (width / height) of the geo map at `GEO_REFERENCE_WIDTH`, reserved while it loads; a
 * test keeps it in step.
 */
export const GEO_ASPECT = 1000 / 546;
