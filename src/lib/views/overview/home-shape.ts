/**
 * Pure shaping for the overview page: query rows + language → what the map and the chart draw.
 * Every string produced here is plain text; components put it into text nodes.
 */
import type { AccessMapRow } from '$lib/queries/access-map';
import type { UsagePerHundredRow } from '$lib/queries/usage-per-hundred';
import type { MapMetricRow, SequentialMetric } from '$lib/queries/map-metric';
import type { UsageBar } from '$lib/views/overview/usage-bar-option';
import type { LegendClass, MapItem } from '$lib/map/types';
import type { MessageKey } from '$lib/i18n/messages';
import type { Text } from '$lib/i18n/text';
import { ACCESS_STAGE_FILLS } from '$lib/map/legend';
import { regionName } from '$lib/domain/regions';
import { percentText } from '$lib/components/ranking/metric-text';

/** Levels drawn with a colour; `unknown` (a system exists, patients' access not described) is «нет данных». */
const COLOURED_LEVELS = ['full', 'partial', 'doctors_only', 'none'] as const;
type ColouredLevel = (typeof COLOURED_LEVELS)[number];

function isColoured(level: string | null): level is ColouredLevel {
	return (COLOURED_LEVELS as readonly string[]).includes(level ?? '');
}

export { regionName };

export function accessLabel(level: string | null, text: Text): string {
	return level ? text.t(`access.${level}` as MessageKey) : text.t('access.noData');
}

export function sourceLine(
	source: { source_publisher: string | null; source_published: string | null },
	text: Text
): string | null {
	if (!source.source_publisher) return null;
	return source.source_published
		? text.t('tooltip.source', {
				publisher: source.source_publisher,
				date: text.date(source.source_published)
			})
		: text.t('tooltip.sourceUndated', { publisher: source.source_publisher });
}

export function perHundredText(value: number, text: Text): string {
	return text.plural('value.perHundred', value, { value: text.decimal(value) });
}

/**
 * The «обещано» line of a region's newest promise (announced, planned or required), or null. A promise is
 * said in words and marked hollow on the map; it never colours a region.
 */
export function promiseLine(
	row: Pick<AccessMapRow, 'promised_level' | 'promised_statement' | 'promised_on'>,
	text: Text
): string | null {
	if (!row.promised_statement) return null;
	const vars = {
		level: row.promised_level ? accessLabel(row.promised_level, text) : text.t('evidence.promisedUnspecified'),
		statement: text.t(`statement.${row.promised_statement}` as MessageKey)
	};
	return row.promised_on
		? text.t('tooltip.promised', { ...vars, date: text.date(row.promised_on) })
		: text.t('tooltip.promisedUndated', vars);
}

/** What «нет данных» means: nothing public found in the sources collected up to the last review. */
export function noEvidenceLines(reviewedOn: string | null, text: Text): string[] {
	return [
		reviewedOn
			? text.t('tooltip.noEvidenceReviewed', { date: text.date(reviewedOn) })
			: text.t('tooltip.noEvidence'),
		text.t('tooltip.contribute')
	];
}

/** Map items for the access map: colour by observed access level, usage per 100 residents where known. */
export function accessMapItems(
	access: readonly AccessMapRow[],
	usage: readonly UsagePerHundredRow[],
	text: Text
): MapItem[] {
	const usageByKey = new Map(usage.map((u) => [u.key, u]));
	return access.map((row) => {
		const name = regionName(row, text);
		const level = accessLabel(row.access_level, text);
		const use = usageByKey.get(row.key);
		const perHundred = use ? perHundredText(use.per_100, text) : null;
		const promise = promiseLine(row, text);
		const lines = row.access_level
			? [
					level,
					row.service_name ? text.t('tooltip.service', { name: row.service_name }) : null,
					perHundred,
					row.observed_on ? text.t('tooltip.asOf', { date: text.date(row.observed_on) }) : null,
					sourceLine(row, text),
					promise
				]
			: [text.t('access.noData'), promise, ...(promise ? [] : noEvidenceLines(row.reviewed_on, text))];
		return {
			key: row.key,
			name,
			abbr: text.locale === 'ru' ? row.abbr_ru : row.abbr_en,
			fill: isColoured(row.access_level) ? ACCESS_STAGE_FILLS[row.access_level] : null,
			promised: promise !== null,
			ariaLabel: [`${name}: ${level}`, perHundred, promise].filter(Boolean).join(', '),
			tooltip: { title: name, lines: lines.filter((l): l is string => l !== null) }
		};
	});
}

/** Bars for "users per 100 residents", each with its measure, date and source in the tooltip. */
export function usageBars(usage: readonly UsagePerHundredRow[], text: Text): UsageBar[] {
	return usage.map((u) => {
		const qualifier = text.locale === 'ru' && u.qualifier_ru ? `${u.qualifier_ru} ` : '';
		const lines = [
			text.t('tooltip.value', {
				qualifier,
				value: text.number(u.value),
				metric: text.t(`metric.${u.metric}` as MessageKey)
			}),
			text.t('tooltip.perHundred', { value: text.decimal(u.per_100) }),
			u.period_end ? text.t('tooltip.asOf', { date: text.date(datePart(u)) }) : null,
			sourceLine(u, text)
		];
		return {
			key: u.key,
			name: regionName(u, text),
			perHundred: u.per_100,
			tooltip: lines.filter((l): l is string => l !== null)
		};
	});
}

/** The figure's date at its published precision (`2025-08-01` with precision `month` → `2025-08`). */
export function datePart(u: Pick<UsagePerHundredRow, 'period_end' | 'date_precision'>): string {
	const d = u.period_end ?? '';
	if (u.date_precision === 'year') return d.slice(0, 4);
	if (u.date_precision === 'month') return d.slice(0, 7);
	return d;
}

/** Map items for a numeric measure: fill from the legend, the value with its detail lines and source. */
export function metricMapItems(options: {
	access: readonly AccessMapRow[];
	rows: readonly MapMetricRow[];
	/** The measure's name, first line of every tooltip. */
	label: string;
	formatValue: (value: number) => string;
	/** Lines under the value (what was measured, date, population used); nulls are skipped. */
	detail: (row: MapMetricRow, valueText: string) => (string | null)[];
	fillFor: (value: number | null) => string | null;
	text: Text;
}): MapItem[] {
	const { text } = options;
	const byKey = new Map(options.rows.map((r) => [r.key, r]));
	return options.access.map((region) => {
		const name = regionName(region, text);
		const row = byKey.get(region.key);
		const value = row?.value ?? null;
		const valueText = value === null ? text.t('value.noData') : options.formatValue(value);
		const lines = [
			`${options.label}: ${valueText}`,
			...(row && value !== null ? options.detail(row, valueText) : []),
			row ? sourceLine(row, text) : null
		].filter((l): l is string => l !== null);
		return {
			key: region.key,
			name,
			abbr: text.locale === 'ru' ? region.abbr_ru : region.abbr_en,
			fill: options.fillFor(value),
			ariaLabel: `${name}: ${valueText}`,
			tooltip: { title: name, lines }
		};
	});
}

/**
 * Detail lines of a built-in measure: what was counted and when, the survey and its year (internet use),
 * or the year and population used.
 */
export function builtInDetail(metric: SequentialMetric, text: Text) {
	return (row: MapMetricRow, valueText: string): (string | null)[] =>
		metric === 'internet_use'
			? [
					text.t(Number(row.date) < 2017 ? 'tooltip.internetSurveyBefore2017' : 'tooltip.internetSurvey', {
						year: row.date ?? ''
					})
				]
			: metric === 'users_per_100'
			? [
					text.t(`metric.${row.measure}` as MessageKey),
					row.date
						? text.t('tooltip.asOf', {
								date: text.date(datePart({ period_end: row.date, date_precision: 'month' }))
							})
						: null
				]
			: [
					text.t('tooltip.perResident', { value: valueText, year: row.date ?? '' }),
					row.population_date
						? text.t('tooltip.populationOf', { date: text.date(row.population_date) })
						: null
				];
}

/**
 * A metric's value as shown: users per 100 with one decimal, money per resident in whole rubles, internet
 * use in per cent.
 */
export function formatMetricValue(metric: SequentialMetric, value: number, text: Text): string {
	if (metric === 'internet_use') return percentText(value, text);
	return metric === 'users_per_100' ? perHundredText(value, text) : text.rubles(value);
}

/** Legend of the access map: one class per observed level, then «нет данных» (unknown counts there). */
export function accessLegendClasses(access: readonly AccessMapRow[], text: Text): LegendClass[] {
	return [
		...COLOURED_LEVELS.map((level) => ({
			label: text.t(`access.${level}` as MessageKey),
			fill: ACCESS_STAGE_FILLS[level],
			count: access.filter((r) => r.access_level === level).length
		})),
		{
			label: text.t('access.noData'),
			fill: null,
			count: access.filter((r) => !isColoured(r.access_level)).length
		}
	];
}

/** The legend's hollow-ring entry: regions with a promise on record (announced, planned, required). */
export function promisedLegend(access: readonly AccessMapRow[], text: Text) {
	return {
		label: text.t('map.legendPromised'),
		count: access.filter((r) => r.promised_statement !== null).length
	};
}
