/**
 * ViewBox arithmetic shared by both renderers (no dependencies, so the tile map stays light): union
 * of boxes and the zoom box for a set of regions.
 */
import { ZOOM_PADDING } from './constants';
import type { Box, RegionAnchor } from './types';

/** Smallest box holding all the given boxes. */
export function unionBox(boxes: Box[]): Box | null {
	if (!boxes.length) return null;
	const x0 = Math.min(...boxes.map((b) => b.x));
	const y0 = Math.min(...boxes.map((b) => b.y));
	const x1 = Math.max(...boxes.map((b) => b.x + b.width));
	const y1 = Math.max(...boxes.map((b) => b.y + b.height));
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The viewBox that shows the regions `keys` (e.g. one federal district) inside `frame`, padded and
 * widened to the frame's aspect ratio so the SVG keeps its reserved size (no layout shift). Unknown
 * keys are ignored; no known key gives the whole frame.
 */
export function getZoomBox(options: {
	anchors: RegionAnchor[];
	keys: readonly string[] | null | undefined;
	frame: Box;
	padding?: number;
}): Box {
	const { anchors, frame } = options;
	const wanted = new Set(options.keys ?? []);
	const union = unionBox(anchors.filter((a) => wanted.has(a.key)).map((a) => a.bbox));
	if (!union) return frame;
	const pad = (options.padding ?? ZOOM_PADDING) * Math.max(union.width, union.height);
	let width = union.width + 2 * pad;
	let height = union.height + 2 * pad;
	const aspect = frame.width / frame.height;
	if (width / height < aspect) width = height * aspect;
	else height = width / aspect;
	if (width >= frame.width || height >= frame.height) return frame;
	const cx = union.x + union.width / 2;
	const cy = union.y + union.height / 2;
	// Slide the box back inside the frame rather than show empty space beyond the map's edge.
	const x = Math.min(Math.max(cx - width / 2, frame.x), frame.x + frame.width - width);
	const y = Math.min(Math.max(cy - height / 2, frame.y), frame.y + frame.height - height);
	return { x, y, width, height };
}

/** `{x: 1, y: 2, width: 3.14159, height: 4}` → `"1 2 3.14 4"`. */
export function toViewBox(box: Box): string {
	const r = (n: number) => Math.round(n * 100) / 100;
	return `${r(box.x)} ${r(box.y)} ${r(box.width)} ${r(box.height)}`;
}
