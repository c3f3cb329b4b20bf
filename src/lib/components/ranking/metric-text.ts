/**
 * How the ranking's metrics read as text, in the page's language: region names, access levels, users per
 * 100 residents, rubles per resident, shares of internet users, and source lines. Pure functions of rows and a `Text`; also used by
 * the compare and region pages so a value reads the same everywhere.
 */
import { formatPercent } from '$lib/i18n/format';
import type { MessageKey } from '$lib/i18n/messages';
import type { Text } from '$lib/i18n/text';
import type { RankingMetric } from '$lib/queries/ranking';
import { MEASURES } from '$lib/domain/measures';
import { regionName } from '$lib/domain/regions';

/** Statuses the disputed-territory rule (data/regions/README.md) asks views to mark. */
export const MARKED_STATUSES = ['disputed_2014', 'annexed_2022'] as const;

/** Whether a subject's status is one the rule asks to mark (Crimea, Sevastopol, the four of 2022). */
export function isMarkedStatus(status: string | null | undefined): boolean {
	return (MARKED_STATUSES as readonly string[]).includes(status ?? '');
}

/** The subject's name as a table shows it (the one `regionName` of the domain). */
export const regionLabel = regionName;

/** `full` → «полный доступ»; `null` → «нет данных». */
export function accessText(level: string | null | undefined, text: Text): string {
	return level ? text.t(`access.${level}` as MessageKey) : text.t('access.noData');
}

/** `45.25` → «45,3 на 100 жителей». */
export function perHundredText(value: number, text: Text): string {
	return text.t('ranking.value.perHundred', { value: text.decimal(value) });
}

/** `60188.7` → «60 189 ₽ на жителя». */
export function perResidentText(value: number, text: Text): string {
	return text.t('ranking.value.perResident', { value: text.rubles(value) });
}

/** `91.7` → «91,7 %» (a share printed in percent points, as Rosstat gives it). */
export function percentText(value: number, text: Text): string {
	return formatPercent(value, text.locale);
}

/**
 * A metric's value with its unit; «нет данных» for null. For `access` the value is the stage and
 * `accessLevel` names it.
 */
export function metricValueText(
	metric: RankingMetric,
	value: number | null,
	text: Text,
	accessLevel?: string | null
): string {
	if (value === null) return text.t('access.noData');
	// Access names its coded level (an `unknown` row has no stage to format).
	if (metric === 'access') return accessText(accessLevel ?? null, text);
	return MEASURES[metric].format(value, text);
}

/** A published count with its qualifier and what it counts: «почти 6 000 000 — пользователи ЭМК». */
export function countText(
	row: { amount: number; amount_metric: string | null; qualifier_ru: string | null },
	text: Text
): string {
	return text.t('ranking.detail.count', {
		qualifier: text.locale === 'ru' && row.qualifier_ru ? `${row.qualifier_ru} ` : '',
		value: text.number(row.amount),
		metric: text.t(`metric.${row.amount_metric}` as MessageKey)
	});
}

/** «Коммерсантъ, 20.08.2025», or the publisher alone when the source is undated; null without a source. */
export function sourceText(
	source: { source_publisher: string | null; source_published: string | null },
	text: Text
): string | null {
	if (!source.source_publisher) return null;
	return source.source_published
		? text.t('ranking.source', {
				publisher: source.source_publisher,
				date: text.date(source.source_published)
			})
		: source.source_publisher;
}
