import { describe, expect, it } from 'vitest';
import { findNeighbourKey } from '$lib/map/navigation';
import { getZoomBox, toViewBox, unionBox } from '$lib/map/viewbox';
import type { RegionAnchor } from '$lib/map/types';

/** A 3 × 3 grid of unit tiles keyed by position: "r1c1" … "r3c3". */
const grid: RegionAnchor[] = [1, 2, 3].flatMap((r) =>
	[1, 2, 3].map((c) => ({
		key: `r${r}c${c}`,
		centroid: [c * 10 - 5, r * 10 - 5] as [number, number],
		bbox: { x: c * 10 - 10, y: r * 10 - 10, width: 10, height: 10 }
	}))
);
const frame = { x: 0, y: 0, width: 300, height: 150 };

describe('getZoomBox', () => {
	it('returns the whole frame for no keys, unknown keys or a set as big as the frame', () => {
		expect(getZoomBox({ anchors: grid, keys: null, frame })).toEqual(frame);
		expect(getZoomBox({ anchors: grid, keys: [], frame })).toEqual(frame);
		expect(getZoomBox({ anchors: grid, keys: ['nowhere'], frame })).toEqual(frame);
		expect(
			getZoomBox({
				anchors: grid,
				keys: ['r1c1', 'r3c3'],
				frame: { x: 0, y: 0, width: 30, height: 30 }
			})
		).toEqual({
			x: 0,
			y: 0,
			width: 30,
			height: 30
		});
	});

	it("keeps the frame's aspect ratio and holds the regions with padding", () => {
		const box = getZoomBox({ anchors: grid, keys: ['r2c2'], frame, padding: 0.1 });
		expect(box.width / box.height).toBeCloseTo(2);
		expect(box.height).toBeCloseTo(12); // 10 + 2 × 1 padding
		expect(box.x).toBeLessThanOrEqual(10);
		expect(box.x + box.width).toBeGreaterThanOrEqual(20);
	});

	it('slides the box back inside the frame at an edge', () => {
		const box = getZoomBox({ anchors: grid, keys: ['r1c1'], frame, padding: 0.1 });
		expect(box.x).toBe(0);
		expect(box.y).toBe(0);
	});

	it('unions boxes and prints viewBoxes compactly', () => {
		expect(unionBox([])).toBeNull();
		expect(unionBox(grid.slice(0, 2).map((a) => a.bbox))).toEqual({
			x: 0,
			y: 0,
			width: 20,
			height: 10
		});
		expect(toViewBox({ x: 1, y: 2, width: 3.14159, height: 4 })).toBe('1 2 3.14 4');
	});
});

describe('findNeighbourKey', () => {
	it.each([
		['r2c2', 'left', 'r2c1'],
		['r2c2', 'right', 'r2c3'],
		['r2c2', 'up', 'r1c2'],
		['r2c2', 'down', 'r3c2'],
		['r2c3', 'right', null],
		['r1c1', 'up', null],
		['unknown', 'left', null]
	] as const)('from %s going %s reaches %s', (from, direction, expected) => {
		expect(findNeighbourKey(grid, from, direction)).toBe(expected);
	});

	it('prefers the next region straight ahead over a closer one off to the side', () => {
		const anchors = [
			{ key: 'a', centroid: [0, 0] as [number, number], bbox: { x: 0, y: 0, width: 1, height: 1 } },
			{
				key: 'side',
				centroid: [3, 2] as [number, number],
				bbox: { x: 0, y: 0, width: 1, height: 1 }
			},
			{
				key: 'ahead',
				centroid: [6, 0] as [number, number],
				bbox: { x: 0, y: 0, width: 1, height: 1 }
			}
		];
		expect(findNeighbourKey(anchors, 'a', 'right')).toBe('ahead');
	});
});
