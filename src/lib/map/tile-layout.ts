/**
 * The shipped tile layout (`data/map/tile-grid.csv`), parsed once and laid out in SVG units.
 * Imported as raw text so the layout stays data, reviewable in a diff, with no build step.
 */
import csv from '../../../data/map/tile-grid.csv?raw';
import { layoutTiles, parseTileGrid } from './tile-grid';

export const TILE_GRID = parseTileGrid(csv);
export const TILE_LAYOUT = layoutTiles({ grid: TILE_GRID });
