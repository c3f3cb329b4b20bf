/**
 * Text colour for a label drawn on a fill: whichever of dark or white contrasts more (WCAG
 * luminance).
 */

export const LABEL_DARK = '#1a1a1a';
export const LABEL_LIGHT = '#ffffff';

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` → [r, g, b] in 0–255; `null` for anything else. */
export function parseColour(colour: string): [number, number, number] | null {
	const s = colour.trim().toLowerCase();
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s)?.[1];
	if (hex) {
		const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
		return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
	}
	const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(s);
	return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

function luminance([r, g, b]: [number, number, number]): number {
	const lin = (c: number) => {
		const v = c / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Label colour for text on `fill`; unknown formats and `null` (the light hatch) get dark text. */
export function labelColourFor(fill: string | null): string {
	const rgb = fill ? parseColour(fill) : null;
	if (!rgb) return LABEL_DARK;
	const l = luminance(rgb);
	const dark = luminance(parseColour(LABEL_DARK) as [number, number, number]);
	// Contrast ratios (L1 + 0.05) / (L2 + 0.05) against white and against the dark text colour.
	return (1 + 0.05) / (l + 0.05) > (l + 0.05) / (dark + 0.05) ? LABEL_LIGHT : LABEL_DARK;
}
