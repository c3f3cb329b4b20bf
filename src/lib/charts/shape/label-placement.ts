/**
 * Where to put the labels of a labelled scatter so that no label covers another label or another point's
 * marker, and none leaves the plot: each point, most important first, gets its label on the right, else
 * on the left, above or below, else none (its name stays in the tooltip and the table). A candidate marked
 * `force` (the selected region) always gets one: where nothing is free, on the right over the markers.
 * Pure and deterministic.
 */

export interface LabelCandidate {
	key: string;
	/** Centre of the marker, px from the chart's top left. */
	px: number;
	py: number;
	/** Marker radius, px. */
	radius: number;
	/** Label width, px (measured or estimated by the caller). */
	width: number;
	/** Always label this point (it may then cover markers, never an earlier label's place). */
	force?: boolean;
}

export type LabelSide = 'left' | 'right' | 'top' | 'bottom' | null;

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Sides for the candidates, tried in the given order (put the most important first).
 * @param options.plot The plot area; labels must stay inside it (horizontally).
 * @param options.height Label height, px. @param options.gap Space between marker and label, px.
 * @example two points 10 px apart on one row: the first gets 'right', the second (whose labels would
 * cover the first's marker or label) gets null.
 */
export function placeLabels(options: {
	candidates: readonly LabelCandidate[];
	plot: { left: number; right: number };
	height?: number;
	gap?: number;
}): Map<string, LabelSide> {
	const { candidates, plot, height = 16, gap = 4 } = options;
	const markers = candidates.map((c) => ({
		key: c.key,
		rect: { x: c.px - c.radius, y: c.py - c.radius, w: 2 * c.radius, h: 2 * c.radius }
	}));
	const placed: Rect[] = [];
	const result = new Map<string, LabelSide>();
	for (const c of candidates) {
		const y = c.py - height / 2;
		const centred = c.px - c.width / 2;
		const tries: [LabelSide, Rect][] = [
			['right', { x: c.px + c.radius + gap, y, w: c.width, h: height }],
			['left', { x: c.px - c.radius - gap - c.width, y, w: c.width, h: height }],
			['top', { x: centred, y: c.py - c.radius - gap - height, w: c.width, h: height }],
			['bottom', { x: centred, y: c.py + c.radius + gap, w: c.width, h: height }]
		];
		const inside = (r: Rect) => r.x >= plot.left - 2 && r.x + r.w <= plot.right + 2;
		const free = (r: Rect) => !placed.some((p) => overlaps(p, r));
		const clear = (r: Rect) => !markers.some((m) => m.key !== c.key && overlaps(m.rect, r));
		const fit =
			tries.find(([, r]) => inside(r) && free(r) && clear(r)) ??
			(c.force ? (tries.find(([, r]) => inside(r) && free(r)) ?? tries[0]) : undefined);
		result.set(c.key, fit ? fit[0] : null);
		if (fit) placed.push(fit[1]);
	}
	return result;
}
