import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TILE_GAP } from '$lib/map/constants';
import { layoutTiles, parseTileGrid, validateTileGrid, type TileGrid } from '$lib/map/tile-grid';
import { readRegistry } from './registry';

const grid = parseTileGrid(
	readFileSync(new URL('../../../data/map/tile-grid.csv', import.meta.url), 'utf8')
);
const registry = readRegistry();
const at = (key: string) => grid.cells.find((c) => c.key === key);
/** Chebyshev distance between two tiles: 1 = touching (8-neighbourhood). */
function distance(a: string, b: string): number {
	const p = at(a);
	const q = at(b);
	if (!p || !q) throw new Error(`${a} or ${b} not placed`);
	return Math.max(Math.abs(p.row - q.row), Math.abs(p.col - q.col));
}
const sideBySide = (a: string, b: string) => {
	const p = at(a);
	const q = at(b);
	return !!p && !!q && Math.abs(p.row - q.row) + Math.abs(p.col - q.col) === 1;
};

describe('data/map/tile-grid.csv', () => {
	it('places every registry subject (89) once, with no two in one cell', () => {
		expect(registry).toHaveLength(89);
		expect(
			validateTileGrid(
				grid,
				registry.map((r) => r.key)
			)
		).toEqual([]);
		expect(grid.cells).toHaveLength(89);
	});

	it('keeps each federal city next to its region', () => {
		expect(sideBySide('RU-MOW', 'RU-MOS')).toBe(true);
		expect(sideBySide('RU-SPE', 'RU-LEN')).toBe(true);
		expect(distance('SEVASTOPOL', 'CRIMEA')).toBe(1);
	});

	it('puts Kaliningrad alone in the westernmost column and Chukotka in the easternmost', () => {
		expect(grid.cells.filter((c) => c.col === 1).map((c) => c.key)).toEqual(['RU-KGD']);
		expect(at('RU-CHU')?.col).toBe(grid.cols);
		expect(at('RU-CHU')?.row).toBeLessThanOrEqual(3);
	});

	it('puts Crimea by Krasnodar and the four subjects of 2022 by Rostov and Crimea', () => {
		expect(distance('CRIMEA', 'RU-KDA')).toBe(1);
		expect(distance('SEVASTOPOL', 'RU-KDA')).toBeLessThanOrEqual(2);
		for (const key of ['DPR', 'LPR']) expect(distance(key, 'RU-ROS'), key).toBeLessThanOrEqual(2);
		expect(distance('ZAPOROZHYE', 'DPR')).toBe(1);
		expect(distance('KHERSON', 'CRIMEA')).toBe(1);
	});

	it('keeps Moscow at least 20 × 20 px on a 390 px phone (page padding 16 px a side)', () => {
		const cell = (390 - 2 * 16) / grid.cols;
		expect(cell * (1 - TILE_GAP)).toBeGreaterThanOrEqual(20);
	});
});

describe('parseTileGrid / validateTileGrid', () => {
	it('reads the header and 1-based cells', () => {
		expect(parseTileGrid('key,row,col\nA,1,2\r\nB,3,1\n')).toEqual({
			cells: [
				{ key: 'A', row: 1, col: 2 },
				{ key: 'B', row: 3, col: 1 }
			],
			rows: 3,
			cols: 2
		});
	});

	it.each([
		['no header', 'A,1,1\n', /header/],
		['a zero row', 'key,row,col\nA,0,1\n', /line 2/],
		['a missing column', 'key,row,col\nA,1\n', /line 2/],
		['an extra column', 'key,row,col\nA,1,1,x\n', /line 2/]
	])('rejects %s', (_, csv, message) => {
		expect(() => parseTileGrid(csv)).toThrow(message);
	});

	it('names overlaps, repeats, missing and unknown keys', () => {
		const bad: TileGrid = {
			cells: [
				{ key: 'A', row: 1, col: 1 },
				{ key: 'B', row: 1, col: 1 },
				{ key: 'A', row: 2, col: 2 },
				{ key: 'X', row: 3, col: 3 }
			],
			rows: 3,
			cols: 3
		};
		expect(validateTileGrid(bad, ['A', 'B', 'C'])).toEqual([
			'B and A share row 1, col 1',
			'A is placed 2 times',
			'C is not placed',
			'X is not a known subject'
		]);
	});
});

describe('layoutTiles', () => {
	it('gives equal, non-overlapping squares inside the requested width', () => {
		const layout = layoutTiles({ grid, width: 640 });
		expect(layout.width).toBe(640);
		expect(layout.height).toBeCloseTo((640 / grid.cols) * grid.rows);
		const boxes = layout.tiles.map((t) => t.bbox);
		for (const b of boxes) {
			expect(b.width).toBeCloseTo(layout.size);
			expect(b.height).toBeCloseTo(layout.size);
			expect(b.x + b.width).toBeLessThanOrEqual(640);
		}
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i], boxes[j]] as [(typeof boxes)[0], (typeof boxes)[0]];
				const overlap =
					a.x < b.x + b.width &&
					b.x < a.x + a.width &&
					a.y < b.y + b.height &&
					b.y < a.y + a.height;
				expect(overlap, `${layout.tiles[i]?.key} / ${layout.tiles[j]?.key}`).toBe(false);
			}
		}
	});

	it('centres each tile on its cell', () => {
		const layout = layoutTiles({ grid: parseTileGrid('key,row,col\nA,2,3\n'), width: 120 });
		expect(layout.tiles[0]?.centroid).toEqual([100, 60]);
	});
});
