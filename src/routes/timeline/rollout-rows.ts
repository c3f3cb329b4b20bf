/**
 * Pure shaping for the rollout timeline: change rows + observations + language → one row per region with
 * its runs of equal stage (strips) and its dated observations (marks), each with plain-text tooltip lines.
 */
import type { AccessChangeRow, Month } from '$lib/queries/access-at-date';
import type { RolloutObservationRow } from '$lib/queries/rollout-timeline';
import type { MessageKey } from '$lib/i18n/messages';
import type { Text } from '$lib/i18n/text';
import { monthFromIndex, monthIndex, stageRuns } from './stage-changes';

export interface RolloutRun {
	/** Month indices, `[from, to)`. */
	from: number;
	to: number;
	stage: number;
	tooltip: string[];
}

export interface RolloutMark {
	/** Month index with the day as a fraction (`2025-08-20` → index of August + 0.63). */
	at: number;
	stage: number;
	tooltip: string[];
}

export interface RolloutRow {
	key: string;
	name: string;
	runs: RolloutRun[];
	marks: RolloutMark[];
}

/** Position of a partial date on the month axis: `2020` → Jan 2020, `2025-08-20` → Aug 2025 + 19/31. */
export function datePosition(asOf: string): number {
	const month = asOf.length === 4 ? `${asOf}-01` : asOf.slice(0, 7);
	const day = asOf.length === 10 ? Number(asOf.slice(8, 10)) : 1;
	return monthIndex(month) + (day - 1) / 31;
}

function sourceLine(publisher: string | null, published: string | null, text: Text): string | null {
	if (!publisher) return null;
	return published
		? text.t('tooltip.source', { publisher, date: text.date(published) })
		: text.t('tooltip.sourceUndated', { publisher });
}

/**
 * Rows for the chart, most open stage now first, then by when that was first known, then by name.
 * @example one region partial from 2020-01 and full from 2025-08 → runs [partial, full], one mark per observation
 */
export function rolloutRows(options: {
	changes: readonly AccessChangeRow[];
	observations: readonly RolloutObservationRow[];
	last: Month;
	text: Text;
}): RolloutRow[] {
	const { changes, observations, last, text } = options;
	const runs = stageRuns(changes, last);
	const names = new Map(observations.map((o) => [o.key, text.locale === 'ru' ? o.name_short_ru : o.name_en]));
	const rows: RolloutRow[] = [...runs].map(([key, list]) => ({
		key,
		name: names.get(key) ?? key,
		runs: list.map((run) => ({
			from: run.from,
			to: run.to,
			stage: run.stage,
			tooltip: [
				text.t(`access.${run.start.access_level}` as MessageKey),
				text.t('timeline.tooltip.since', {
					from: text.date(monthFromIndex(run.from)),
					to: text.date(monthFromIndex(run.to - 1))
				}),
				text.t('tooltip.service', { name: run.start.service_name }),
				sourceLine(run.start.source_publisher, run.start.source_published, text)
			].filter((l): l is string => l !== null)
		})),
		marks: observations
			.filter((o) => o.key === key)
			.map((o) => ({
				at: datePosition(o.observed_on),
				stage: o.stage,
				tooltip: [
					text.t('timeline.tooltip.observed', {
						date: text.date(o.observed_on),
						level: text.t(`access.${o.access_level}` as MessageKey)
					}),
					text.t('tooltip.service', { name: o.service_name }),
					sourceLine(o.source_publisher, o.source_published, text)
				].filter((l): l is string => l !== null)
			}))
	}));
	const current = (r: RolloutRow) => r.runs.at(-1)?.stage ?? -1;
	const opened = (r: RolloutRow) => r.runs.at(-1)?.from ?? 0;
	return rows.sort((a, b) => current(b) - current(a) || opened(a) - opened(b) || a.name.localeCompare(b.name));
}
