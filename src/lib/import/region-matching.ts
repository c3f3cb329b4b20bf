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
}

const MAX_GUESS_CELLS = 60;
/** Whole numbers shaped like a code: 1–2 digits (subject, OKATO), 8 (OKTMO) or 11 (full OKATO). */
const CODE_LIKE = /^(\d{1,2}|\d{8}|\d{11})$/;

function scoreColumn(matcher: RegionMatcher, cells: readonly string[], mode: RegionMode): number {
	if (cells.length === 0) return 0;
	const hits = cells.filter((c) => {
		const m = matchInMode(matcher, c, mode);
		// An ambiguous name is still a region name: it says this is the region column.
		return m.kind === 'region' || m.kind === 'ambiguous' || m.kind === 'total' || m.kind === 'district';
	}).length;
	return hits / cells.length;
}

/**
 * The column that most likely holds the regions, and how to read it; null if no column reaches 30 %.
 * A code column whose values fit several systems gets the first one, with `ambiguousSystems` set so the
 * page can ask (the same two digits are different subjects as subject numbers and as OKATO codes).
 */
export function guessRegionColumn(
	matcher: RegionMatcher,
	columns: readonly (readonly string[])[],
	kinds: readonly ColumnKind[],
	markers: readonly string[]
): RegionColumnGuess | null {
	let best: RegionColumnGuess | null = null;
	columns.forEach((column, index) => {
		const kind = kinds[index];
		if (kind === 'empty' || kind === 'date') return;
		const cells = column.filter((c) => !isMissing(c, markers)).slice(0, MAX_GUESS_CELLS);
		let guess: RegionColumnGuess;
		if (kind === 'number' && !cells.every((c) => CODE_LIKE.test(c.trim()))) return;
		if (kind === 'code' || kind === 'number' || kind === 'iso') {
			const detected = matcher.detectCodeSystem(cells);
			const mode = detected.system ?? detected.candidates[0];
			if (!mode) return;
			const ambiguousSystems = detected.system ? [] : detected.candidates;
			let score = scoreColumn(matcher, cells, mode);
			// Small whole numbers fit subject codes by chance: a plain number column must match almost fully,
			// and loses to a column of names.
			if (kind === 'number' && score < 0.9) return;
			if (kind === 'number') score *= 0.8;
			guess = { column: index, mode, score, ambiguousSystems };
		} else {
			guess = { column: index, mode: 'name', score: scoreColumn(matcher, cells, 'name'), ambiguousSystems: [] };
		}
		// A column of names beats a column of codes with the same score (names are unambiguous).
		if (!best || guess.score > best.score + (guess.mode === 'name' ? -0.001 : 0.001)) best = guess;
	});
	const found = best as RegionColumnGuess | null;
	return found && found.score >= 0.3 ? found : null;
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
