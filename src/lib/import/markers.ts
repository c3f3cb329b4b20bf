/**
 * Missing-value markers: what a table writes where it has no number («-», «—», «н/д», «x» for a
 * confidential figure…). An empty cell is always missing. Markers are compared trimmed and in lower case.
 */

/** The markers offered (and on) by default. `х` is the Cyrillic letter, `x` the Latin one. */
export const DEFAULT_MISSING_MARKERS: readonly string[] = [
	'-',
	'—',
	'–',
	'н/д',
	'нд',
	'нет данных',
	'…',
	'...',
	'x',
	'х',
	'n/a',
	'na'
];

/** Normalised form of a marker or a cell for comparison. */
export function markerKey(text: string): string {
	return text.trim().toLowerCase();
}

/** True if `cell` is empty or one of `markers`. */
export function isMissing(cell: string | null | undefined, markers: readonly string[]): boolean {
	if (cell === null || cell === undefined) return true;
	const k = markerKey(cell);
	return k === '' || markers.some((m) => markerKey(m) === k);
}

/** The markers found among `cells` (as written in the file's first occurrence), for the sniff report. */
export function markersIn(cells: readonly string[], known: readonly string[] = DEFAULT_MISSING_MARKERS): string[] {
	const found = new Set<string>();
	for (const c of cells) {
		const k = markerKey(c);
		if (k && known.some((m) => markerKey(m) === k)) found.add(k);
	}
	return [...found];
}
