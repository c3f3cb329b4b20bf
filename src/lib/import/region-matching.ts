/**
 * The import's use of the region matcher (`src/lib/regions`): matching a column's values in a chosen mode
 * (names, or one code system), and guessing which column holds the regions and how.
 */
import { createRegionMatcher, type MatchResult, type MatcherInput, type RegionMatcher } from '../regions/match';
import type { CodeSystem } from '../regions/codes';
import { isMissing } from './markers';
import type { Resolution } from './recipe';
import type { ColumnKind } from './column-kinds';

export type { MatchResult, MatcherInput, RegionMatcher, CodeSystem };
export { createRegionMatcher };

/** How a region column is read: as names (any spelling, English too) or as codes of one system. */
export type RegionMode = 'name' | CodeSystem;

export const REGION_MODES: readonly RegionMode[] = ['name', 'iso', 'subject', 'okato', 'oktmo'];

/** Match one cell in `mode`. */
export function matchInMode(matcher: RegionMatcher, value: string, mode: RegionMode): MatchResult {
	if (mode === 'name') return matcher.match(value);
	const code = matcher.matchCode(value, mode);
	// A code column can still hold a total row («Всего») or a district; names decide those.
	if (code.kind === 'unknown') {
		const byName = matcher.match(value);
		if (byName.kind === 'total' || byName.kind === 'district') return byName;
	}
	return code;
}

export interface RegionColumnGuess {
	column: number;
	mode: RegionMode;
	/** Share of the sample's non-empty cells that matched a region, a district or a total. */
	score: number;
	/** Code systems the column could be in, when it cannot tell them apart (e.g. subject number vs OKATO). */
	ambiguousSystems: CodeSystem[];
	/**
	 * True for a column of numeric codes: numbers fit codes by chance, so the page never picks such a column
	 * by itself; it offers it and the user confirms.
	 */
	confirm: boolean;
}

const MAX_GUESS_CELLS = 60;
/** Whole numbers shaped like a code: 1–2 digits (subject, OKATO), 8 (OKTMO) or 11 (full OKATO). */
const CODE_LIKE = /^(\d{1,2}|\d{8}|\d{11})$/;
/** Headers that name a column of regions («Субъект РФ», «Регион», «Наименование территории», «region»). */
export const REGION_HEADER = /(регион|субъект|област|край|республик|территор|округ|наименован|название|region|subject|oblast|territor|province|area|name)/iu;
/** Headers that name a column of region codes. */
export const CODE_HEADER = /(^|[^\p{L}])(код|коды|окато|октмо|iso|code|okato|oktmo)([^\p{L}]|$)|^(код|code)/iu;
/** A name column is taken when this share of its cells are regions (or this share with a header naming regions). */
const NAME_SHARE = 0.5;
const NAME_SHARE_WITH_HEADER = 0.3;
/** A code column must match nearly fully, with distinct values. */
const CODE_SHARE = 0.9;
const CODE_DISTINCT = 0.9;

/** The code system a header names, if any. */
function systemNamed(header: string): CodeSystem | null {
	if (/окато|okato/iu.test(header)) return 'okato';
	if (/октмо|oktmo/iu.test(header)) return 'oktmo';
	if (/iso/iu.test(header)) return 'iso';
	if (/субъект|subject/iu.test(header)) return 'subject';
	return null;
}

function matchedKeys(matcher: RegionMatcher, cells: readonly string[], mode: RegionMode): { hits: number; regions: Set<string> } {
	const regions = new Set<string>();
	let hits = 0;
	for (const c of cells) {
		// A bare number is never evidence of a column of names (it only fits codes, by chance).
		if (mode === 'name' && /^[\d\s.,+-]+$/.test(c)) continue;
		const m = matchInMode(matcher, c, mode);
		// An ambiguous name is still a region name: it says this is the region column.
		if (m.kind === 'region' || m.kind === 'ambiguous' || m.kind === 'total' || m.kind === 'district') hits++;
		if (m.kind === 'region') regions.add(m.key);
		if (m.kind === 'ambiguous') regions.add(m.candidates.join('|'));
	}
	return { hits, regions };
}

/**
 * The column that most likely holds the regions, and how to read it; null when no column shows evidence.
 *
 * Evidence, never chance: a column of names needs half its cells to be regions (or 30 % under a header such
 * as «Регион» or «Субъект»); a column of numbers is a code column only under a header that says codes or
 * regions («Код ОКАТО», «Код субъекта»), with distinct values nearly all of which are codes — and even then
 * `confirm` is set so the user says yes. A price list's «№» (1, 2, 3), ids, ages or a column `b` of 2, 5, 8
 * are never regions. A code column whose values fit several systems gets the first one, with
 * `ambiguousSystems` set so the page can ask.
 */
export function guessRegionColumn(
	matcher: RegionMatcher,
	columns: readonly (readonly string[])[],
	kinds: readonly ColumnKind[],
	markers: readonly string[],
	names: readonly string[] = []
): RegionColumnGuess | null {
	let best: RegionColumnGuess | null = null;
	columns.forEach((column, index) => {
		const kind = kinds[index];
		if (kind === 'empty' || kind === 'date') return;
		const header = (names[index] ?? '').trim();
		const cells = column.map((c) => c.trim()).filter((c) => !isMissing(c, markers)).slice(0, MAX_GUESS_CELLS);
		if (cells.length === 0) return;
		let guess: RegionColumnGuess;
		if (kind === 'iso') {
			const { hits } = matchedKeys(matcher, cells, 'iso');
			guess = { column: index, mode: 'iso', score: hits / cells.length, ambiguousSystems: [], confirm: false };
			if (guess.score < CODE_SHARE) return;
		} else if (kind === 'code' || kind === 'number') {
			if (!cells.every((c) => CODE_LIKE.test(c))) return;
			if (!CODE_HEADER.test(header) && !REGION_HEADER.test(header)) return;
			if (new Set(cells).size < cells.length * CODE_DISTINCT) return;
			const detected = matcher.detectCodeSystem(cells);
			// The header names the system when the values fit several («Код ОКАТО»: 45 is Moscow, not Kurgan).
			const named = systemNamed(header);
			const mode = named && (detected.system === named || detected.candidates.includes(named)) ? named : (detected.system ?? detected.candidates[0]);
			if (!mode) return;
			const { hits } = matchedKeys(matcher, cells, mode);
			const score = hits / cells.length;
			if (score < CODE_SHARE) return;
			// Below any column of names that qualifies.
			const ambiguousSystems = detected.system || (named && mode === named) ? [] : detected.candidates;
			guess = { column: index, mode, score: score * 0.5, ambiguousSystems, confirm: true };
		} else {
			const { hits, regions } = matchedKeys(matcher, cells, 'name');
			const score = hits / cells.length;
			const needed = REGION_HEADER.test(header) ? NAME_SHARE_WITH_HEADER : NAME_SHARE;
			if (score < needed || regions.size === 0) return;
			guess = { column: index, mode: 'name', score, ambiguousSystems: [], confirm: false };
		}
		if (!best || guess.score > best.score) best = guess;
	});
	return best;
}

/** The user's answer for one region cell: this region, or «not a region, leave it out». */
export type RegionFix = { kind: 'region'; key: string } | { kind: 'skip' };

/**
 * How a region cell ends up in the imported table: the user's fix if there is one, else the matcher's
 * result (a district keeps its district key; unknown and ambiguous cells stay out of the metric).
 */
export function toResolution(value: string, result: MatchResult, fix?: RegionFix): Resolution {
	if (fix) return fix.kind === 'region' ? { value, kind: 'region', key: fix.key } : { value, kind: 'skip', key: null };
	switch (result.kind) {
		case 'region':
		case 'district':
			return { value, kind: result.kind, key: result.key };
		default:
			return { value, kind: result.kind, key: null };
	}
}
