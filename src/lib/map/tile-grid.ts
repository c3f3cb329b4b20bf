/**
 * The tile-grid cartogram: every subject one equal square at a (row, col) cell. The layout is data
 * (`data/map/tile-grid.csv`, columns `key,row,col`, 1-based from the top left); this module parses
 * and validates it and turns it into tile rectangles.
 */
import { TILE_CELL, TILE_GAP } from './constants';
import type { RegionTile } from './types';

export interface TileCell {
	key: string;
	row: number;
	col: number;
}

export interface TileGrid {
	cells: TileCell[];
	rows: number;
	cols: number;
}

/**
 * Parses `key,row,col` CSV text (header required, no quoting needed: keys are plain codes).
 * Throws on a malformed line, naming it; use `validateTileGrid` for overlaps and coverage.
 *
 * @example
 * parseTileGrid('key,row,col\nRU-MOW,5,4\n')
 * // → { cells: [{ key: 'RU-MOW', row: 5, col: 4 }], rows: 5, cols: 4 }
 */
export function parseTileGrid(csv: string): TileGrid {
	const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
	if (lines[0]?.trim() !== 'key,row,col') {
		throw new Error('parseTileGrid: the first line must be the header "key,row,col"');
	}
	const cells = lines.slice(1).map((line, i): TileCell => {
		const [key, row, col, ...rest] = line.split(',').map((s) => s.trim());
		const r = Number(row);
		const c = Number(col);
		if (!key || rest.length || !Number.isInteger(r) || !Number.isInteger(c) || r < 1 || c < 1) {
			throw new Error(
				`parseTileGrid: line ${i + 2} "${line}" is not "key,row,col" with row, col ≥ 1`
			);
		}
		return { key, row: r, col: c };
	});
	return {
		cells,
		rows: Math.max(0, ...cells.map((c) => c.row)),
		cols: Math.max(0, ...cells.map((c) => c.col))
	};
}

/**
 * Problems with a layout, as readable sentences (empty when it is sound): a key placed twice, two
 * keys in one cell, and — when `expectedKeys` is given — keys missing from the layout or unknown to
 * it.
 */
export function validateTileGrid(grid: TileGrid, expectedKeys?: readonly string[]): string[] {
	const problems: string[] = [];
	const byKey = new Map<string, number>();
	const byCell = new Map<string, string>();
	for (const { key, row, col } of grid.cells) {
		byKey.set(key, (byKey.get(key) ?? 0) + 1);
		const cell = `${row},${col}`;
		const other = byCell.get(cell);
		if (other) problems.push(`${key} and ${other} share row ${row}, col ${col}`);
		else byCell.set(cell, key);
	}
	for (const [key, n] of byKey) if (n > 1) problems.push(`${key} is placed ${n} times`);
	if (expectedKeys) {
		const expected = new Set(expectedKeys);
		for (const key of expected) if (!byKey.has(key)) problems.push(`${key} is not placed`);
		for (const key of byKey.keys())
			if (!expected.has(key)) problems.push(`${key} is not a known subject`);
	}
	return problems;
}

export interface TileLayout {
	width: number;
	height: number;
	/** Side of one tile (cell minus gap), in the same units as `width`. */
	size: number;
	tiles: RegionTile[];
}

/**
 * Tile rectangles for a grid drawn `width` units wide (default: `TILE_CELL` units per column). Each
 * tile is its cell shrunk by `gap` (a share of the cell) so neighbours stay visibly apart.
 */
export function layoutTiles(options: { grid: TileGrid; width?: number; gap?: number }): TileLayout {
	const { grid } = options;
	const width = options.width ?? grid.cols * TILE_CELL;
	const cell = width / grid.cols;
	const inset = (cell * (options.gap ?? TILE_GAP)) / 2;
	const size = cell - 2 * inset;
	const tiles = grid.cells.map(({ key, row, col }): RegionTile => {
		const x = (col - 1) * cell + inset;
		const y = (row - 1) * cell + inset;
		return {
			key,
			row,
			col,
			bbox: { x, y, width: size, height: size },
			centroid: [x + size / 2, y + size / 2]
		};
	});
	return { width, height: grid.rows * cell, size, tiles };
}
