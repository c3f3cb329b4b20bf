/**
 * Keyboard navigation between regions: arrow keys move to the nearest region in that direction,
 * judged by the regions' anchor points. The same rule serves the tile grid (next tile in the row or
 * column) and the geographic map.
 */
import type { Point, RegionAnchor } from './types';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Record<string, Direction> = {
	ArrowLeft: 'left',
	ArrowRight: 'right',
	ArrowUp: 'up',
	ArrowDown: 'down'
};

const UNIT: Record<Direction, Point> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The key of the region nearest to `fromKey` in `direction`, or `null` at the edge. Candidates must
 * lie ahead (within 60° of the direction); sideways offset costs twice as much as distance ahead,
 * so the next tile of the same row wins over a closer one diagonally.
 */
export function findNeighbourKey(
	anchors: readonly RegionAnchor[],
	fromKey: string,
	direction: Direction
): string | null {
	const from = anchors.find((a) => a.key === fromKey);
	if (!from) return null;
	const [ux, uy] = UNIT[direction];
	let best: string | null = null;
	let bestCost = Infinity;
	for (const a of anchors) {
		if (a.key === fromKey) continue;
		const dx = a.centroid[0] - from.centroid[0];
		const dy = a.centroid[1] - from.centroid[1];
		const ahead = dx * ux + dy * uy;
		const side = Math.abs(dx * uy - dy * ux);
		if (ahead <= 0 || side > ahead * Math.tan(Math.PI / 3)) continue;
		const cost = ahead + 2 * side;
		if (cost < bestCost) {
			bestCost = cost;
			best = a.key;
		}
	}
	return best;
}
