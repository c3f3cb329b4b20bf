/**
 * Pure shaping for "usage over time": query rows + language → one line per region and measure, each
 * point with its growth since the previous figure and a plain-text tooltip; derived points keep their
 * formula. Also the headline growth, computed from published (not derived) figures only.
 */
import { regionName } from '$lib/domain/regions';
import type { UsageSeriesRow } from '$lib/queries/usage-series';
import type { MessageKey } from '$lib/i18n/messages';
import type { Text } from '$lib/i18n/text';

export interface UsageLinePoint {
	/** ISO date of the figure (first day of its period). */
	date: string;
	perHundred: number;
	derived: boolean;
	tooltip: string[];
}

export interface UsageLine {
	/** `${key}:${metric}` */
	id: string;
	key: string;
	/** «Москва · пользователи ЭМК» */
	label: string;
	points: UsageLinePoint[];
}

/** The figure's date at its published precision (`2022-01-01`, `year` → `2022`). */
export function figureDate(row: Pick<UsageSeriesRow, 'period_end' | 'date_precision'>): string {
	if (row.date_precision === 'year') return row.period_end.slice(0, 4);
	if (row.date_precision === 'month') return row.period_end.slice(0, 7);
	return row.period_end;
}

function previousDate(row: UsageSeriesRow): string {
	return figureDate({ period_end: row.previous_period_end as string, date_precision: row.previous_date_precision });
}

/** «+50 % с августа 2024» and, when the gap is not a year, the average yearly rate. */
export function growthText(row: UsageSeriesRow, text: Text): string | null {
	if (row.growth === null || row.previous_period_end === null) return null;
	const sign = row.growth >= 0 ? '+' : '−';
	const pct = `${sign}${text.number(Math.abs(row.growth) * 100)} %`;
	const base = text.t('timeline.usage.growth', { pct, date: text.date(previousDate(row)) });
	const years = row.years_between ?? 1;
	if (Math.abs(years - 1) < 0.1 || years <= 0) return base;
	const yearly = (1 + row.growth) ** (1 / years) - 1;
	return text.t('timeline.usage.growthYearly', {
		text: base,
		pct: `${yearly >= 0 ? '+' : '−'}${text.number(Math.abs(yearly) * 100)} %`
	});
}


/** One line per region × measure, in query order; points without a population are left out. */
export function usageLines(rows: readonly UsageSeriesRow[], text: Text): UsageLine[] {
	const lines = new Map<string, UsageLine>();
	for (const row of rows) {
		if (row.per_100 === null) continue;
		const id = `${row.key}:${row.metric}`;
		const metric = text.t(`metric.${row.metric}` as MessageKey);
		const short = text.t(`timeline.metricShort.${row.metric}` as MessageKey);
		const line = lines.get(id) ?? { id, key: row.key, label: `${regionName(row, text)} · ${short}`, points: [] };
		const qualifier = text.locale === 'ru' && row.qualifier_ru ? `${row.qualifier_ru} ` : '';
		line.points.push({
			date: row.period_end,
			perHundred: row.per_100,
			derived: row.derived,
			tooltip: [
				text.t('tooltip.value', { qualifier, value: text.number(row.value), metric }),
				text.t('tooltip.perHundred', { value: text.decimal(row.per_100) }),
				text.t('tooltip.asOf', { date: text.date(figureDate(row)) }),
				growthText(row, text),
				row.derived ? text.t('timeline.usage.derived', { formula: row.formula ?? '—' }) : null,
				row.source_publisher
					? row.source_published
						? text.t('tooltip.source', { publisher: row.source_publisher, date: text.date(row.source_published) })
						: text.t('tooltip.sourceUndated', { publisher: row.source_publisher })
					: null
			].filter((l): l is string => l !== null)
		});
		lines.set(id, line);
	}
	return [...lines.values()];
}

export interface UsageHeadline {
	name: string;
	ratio: number;
	/** Date of the earlier published figure, at its precision. */
	from: string;
}

/**
 * The series with the largest growth between its first and last published figures (derived figures
 * are not evidence of growth), or null when no series has two published figures.
 */
export function usageHeadline(rows: readonly UsageSeriesRow[], text: Text): UsageHeadline | null {
	const bySeries = new Map<string, UsageSeriesRow[]>();
	for (const row of rows) {
		if (row.derived) continue;
		const id = `${row.key}:${row.metric}`;
		bySeries.set(id, [...(bySeries.get(id) ?? []), row]);
	}
	let best: UsageHeadline | null = null;
	for (const series of bySeries.values()) {
		const first = series[0];
		const last = series.at(-1);
		if (!first || !last || first === last || first.value <= 0) continue;
		const ratio = last.value / first.value;
		if (!best || ratio > best.ratio) best = { name: regionName(last, text), ratio, from: figureDate(first) };
	}
	return best;
}
