/**
 * The "check" step of an import, after the raw table is loaded: group the distinct region cells (trimmed,
 * in JavaScript), match each group once (in the worker), apply the user's fixes, write the resolution map,
 * build the stage table, find the problems and preview the metric. Nothing is swapped in; the caller
 * shows the result and waits for the user to confirm.
 */
import type { Engine } from '../data/engine';
import { findProblems, type ImportProblem, type ImportSummary, type LineMap, type MetricPreviewRow } from './problems';
import { toResolution, type MatchResult, type RegionFix, type RegionMode } from './region-matching';
import type { ImportRecipe, Resolution } from './recipe';
import { buildStage, distinctRegionValues, writeResolutions, type RegionValue } from './staging';

export { skippedRows } from './problems';

/** The cells of one trimmed region value, and what the matcher made of it. */
export interface MatchedValue extends RegionValue {
	/** The cells as written in the file that trim to `value`. */
	cells: string[];
	result: MatchResult;
}

export interface CheckResult {
	recipe: ImportRecipe;
	values: MatchedValue[];
	/** The region column has more distinct cells than were matched (probably the wrong column). */
	more: boolean;
	problems: ImportProblem[];
	summary: ImportSummary;
	preview: MetricPreviewRow[];
}

export interface CheckOptions {
	engine: Engine;
	/** Matches cells in a mode (the worker's `match`). */
	match: (values: string[], mode: RegionMode) => Promise<MatchResult[]>;
	/** The recipe as mapped so far (its `resolutions` are replaced). */
	recipe: ImportRecipe;
	/** The user's answers, by trimmed value. */
	fixes: Readonly<Record<string, RegionFix>>;
	lines: LineMap;
	/** Matches from an earlier check of the same region column and mode, to skip the worker. */
	previous?: readonly MatchedValue[];
}

/** Distinct cells grouped by their trimmed text, in order of first appearance. */
export function groupCells(cells: readonly RegionValue[]): Omit<MatchedValue, 'result'>[] {
	const groups = new Map<string, Omit<MatchedValue, 'result'>>();
	for (const c of cells) {
		const value = c.value.trim();
		const g = groups.get(value);
		if (g) {
			g.rows += c.rows;
			g.firstRecord = Math.min(g.firstRecord, c.firstRecord);
			g.cells.push(c.value);
		} else groups.set(value, { value, rows: c.rows, firstRecord: c.firstRecord, cells: [c.value] });
	}
	return [...groups.values()];
}

/** Run the check (see the module doc). */
export async function checkImport(o: CheckOptions): Promise<CheckResult> {
	const { values: distinct, more } = await distinctRegionValues(o.engine, o.recipe);
	const groups = groupCells(distinct);
	const known = new Map((o.previous ?? []).map((v) => [v.value, v.result]));
	const missing = groups.filter((g) => g.value !== '' && !known.has(g.value)).map((g) => g.value);
	if (missing.length) {
		const results = await o.match(missing, o.recipe.regionMode);
		missing.forEach((value, i) => known.set(value, results[i] as MatchResult));
	}
	const values: MatchedValue[] = groups.map((g) => ({
		...g,
		result: known.get(g.value) ?? { kind: 'unknown', suggestions: [] }
	}));
	const resolutions: Resolution[] = values.flatMap((v) => {
		const resolved = v.value === '' ? { kind: 'empty' as const, key: null } : toResolution(v.value, v.result, o.fixes[v.value]);
		return v.cells.map((cell) => ({ value: cell, kind: resolved.kind, key: resolved.key }));
	});
	const recipe: ImportRecipe = { ...o.recipe, resolutions };
	await writeResolutions(o.engine, recipe.id, resolutions);
	await buildStage(o.engine, recipe);
	const cells = values.map((v) => {
		const r = v.value === '' ? { kind: 'empty' as const, key: null } : toResolution(v.value, v.result, o.fixes[v.value]);
		return { value: v.value, rows: v.rows, firstRecord: v.firstRecord, kind: r.kind, key: r.key };
	});
	const { problems, summary, preview } = await findProblems(o.engine, recipe, o.lines, cells);
	return {
		recipe: { ...recipe, rowCount: summary.records, regionCount: summary.regions },
		values,
		more,
		problems,
		summary,
		preview
	};
}
