/**
 * Pure helpers over the access "change" rows (`accessChangesQuery`): the stage known at a month, the
 * months of the slider, and the runs of equal stage that the timeline draws as strips.
 *
 * Months are `YYYY-MM` strings; they sort as text.
 */
import type { AccessChangeRow, Month } from '$lib/queries/access-at-date';

const MONTH = /^(\d{4})-(\d{2})$/;

/** `2020-01` → 24240 (months since year 0), for arithmetic on months. */
export function monthIndex(month: Month): number {
	const m = MONTH.exec(month);
	if (!m) throw new Error(`monthIndex(): "${month}" is not YYYY-MM`);
	return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Inverse of `monthIndex`: 24240 → `2020-01`. */
export function monthFromIndex(index: number): Month {
	const year = Math.floor(index / 12);
	return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included. @example monthsBetween('2019-11', '2020-02') → 4 months */
export function monthsBetween(first: Month, last: Month): Month[] {
	const from = monthIndex(first);
	const to = monthIndex(last);
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => monthFromIndex(from + i));
}

/**
 * A date from the URL (`YYYY-MM` or `YYYY-MM-DD`, or nothing) as a month inside the range; the latest
 * month when missing or malformed.
 */
export function clampMonth(value: string | null, range: { first: Month; last: Month }): Month {
	const month = value?.slice(0, 7) ?? '';
	if (!MONTH.test(month)) return range.last;
	if (month < range.first) return range.first;
	if (month > range.last) return range.last;
	return month;
}

/** What is known about `key` by the end of `month` (the last change on or before it), or null. */
export function stageAt(changes: readonly AccessChangeRow[], key: string, month: Month): AccessChangeRow | null {
	let found: AccessChangeRow | null = null;
	for (const row of changes) if (row.key === key && row.from_month <= month && (!found || row.from_month >= found.from_month)) found = row;
	return found;
}

/** A run of months with the same stage: `[from, to)` in month indices. */
export interface StageRun {
	from: number;
	to: number;
	stage: number;
	/** The change row that opens the run. */
	start: AccessChangeRow;
}

/**
 * Per region, its runs of equal stage up to the end of `last` (changes of evidence without a change of
 * stage do not split a run). Regions keep the order of their first change.
 * @example MOW partial 2020-01, full 2025-08, full 2025-09; last 2025-12 → [partial 2020-01..2025-08), [full 2025-08..2026-01)
 */
export function stageRuns(changes: readonly AccessChangeRow[], last: Month): Map<string, StageRun[]> {
	const end = monthIndex(last) + 1;
	const byKey = new Map<string, AccessChangeRow[]>();
	for (const row of [...changes].sort((a, b) => a.from_month.localeCompare(b.from_month))) {
		byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
	}
	const runs = new Map<string, StageRun[]>();
	for (const [key, rows] of byKey) {
		const list: StageRun[] = [];
		for (const row of rows) {
			const at = monthIndex(row.from_month);
			const previous = list.at(-1);
			if (previous && previous.stage === row.stage) continue;
			if (previous) previous.to = at;
			list.push({ from: at, to: end, stage: row.stage, start: row });
		}
		runs.set(key, list);
	}
	return runs;
}
