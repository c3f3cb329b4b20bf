/**
 * Text from files and queries as it is shown in tables: characters that would act instead of show (bidi
 * overrides that reverse what follows, zero-width characters, control characters) are written out as a
 * visible, inert tag such as «⟦U+202E⟧», and a long cell is clipped (the full text is shown on demand, in a
 * plain text box that lays out fast).
 */

/**
 * Bidi controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), zero-width and invisible characters
 * (U+00AD, U+200B–U+200D, U+2060–U+2064, U+FEFF), C0 controls but tab and line breaks, DEL and C1 controls.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
export const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * `text` with every invisible or direction-changing character shown as its code point.
 *
 * @example visibleText('\u202Eevil\u202C') → '⟦U+202E⟧evil⟦U+202C⟧'
 */
export function visibleText(text: string): string {
	return text.replace(INVISIBLE, (c) => `⟦U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}⟧`);
}

/** Characters of a cell shown in a table before «show all». */
export const CELL_CHARS = 300;

export interface ShownCell {
	/** What the table shows (clipped, invisible characters made visible). */
	text: string;
	/** The cell is longer than what is shown. */
	clipped: boolean;
	/** Its full length in characters. */
	length: number;
}

/**
 * A cell as a table shows it.
 *
 * @example shownCell('x'.repeat(1000)) → { text: 'xxx…' (300 + «…»), clipped: true, length: 1000 }
 */
export function shownCell(text: string, max = CELL_CHARS): ShownCell {
	const clipped = text.length > max;
	return { text: visibleText(clipped ? `${text.slice(0, max)}…` : text), clipped, length: text.length };
}
