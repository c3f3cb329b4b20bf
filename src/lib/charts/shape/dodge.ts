/**
 * Nudging points that share a row (the same access stage) apart vertically, so that two regions with
 * nearly the same spending do not hide each other. Deterministic: the same data always gives the same
 * picture; the exact value is in the tooltip and the table.
 */

/** Offsets tried in order, in row units (a row is one stage apart). */
const OFFSETS = [0, 0.16, -0.16, 0.32, -0.32] as const;

/**
 * For each point, the row value plus a small offset chosen so that points of the same row closer than
 * `minGap` (share of the x extent, measured on the log scale when `logScale`) do not share an offset.
 * @example dodgeRows({ points: [{x: 100, row: 2}, {x: 101, row: 2}, {x: 500, row: 2}] }) → [2, 2.16, 2]
 */
export function dodgeRows(options: {
	points: readonly { x: number; row: number }[];
	logScale?: boolean;
	minGap?: number;
}): number[] {
	const { points, logScale = false, minGap = 0.04 } = options;
	const pos = points.map((p) => (logScale ? Math.log(Math.max(p.x, Number.MIN_VALUE)) : p.x));
	const lo = Math.min(...pos);
	const span = Math.max(...pos) - lo || 1;
	const scaled = pos.map((v) => (v - lo) / span);
	const result = points.map((p) => p.row);
	const placed: { at: number; row: number; offset: number }[] = [];
	const order = points.map((_, i) => i).sort((a, b) => (scaled[a] as number) - (scaled[b] as number));
	for (const i of order) {
		const row = (points[i] as { row: number }).row;
		const at = scaled[i] as number;
		const near = placed.filter((p) => p.row === row && Math.abs(p.at - at) < minGap);
		const offset = OFFSETS.find((o) => near.every((p) => p.offset !== o)) ?? 0;
		placed.push({ at, row, offset });
		result[i] = row + offset;
	}
	return result;
}
