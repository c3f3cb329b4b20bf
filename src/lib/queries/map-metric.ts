/**
 * Query for the overview map's sequential metrics: one value per subject with its date and source.
 *
 * - `users_per_100`: the latest published (not derived) count of people using an EMR service, per 100
 *   residents (1 Jan 2025 population).
 * - `health_per_resident`: consolidated regional public health spending including the territorial OMS
 *   fund (Treasury form 0503317), ₽ per resident, for `year`, with the population of that year when known.
 * - `subsidy_per_resident`: the federal subsidy for the single digital health contour received, ₽ per
 *   resident, for `year`.
 * - `internet_use`: the share of people aged 15–74 who used the internet in the last 12 months, %, in
 *   Rosstat's survey of `year` (2014–2022; `v_internet_use`). Crimea and Sevastopol have none for 2014,
 *   the four subjects of 2022 none at all.
 *
 * Every registry subject appears once; `value` is null where unknown («нет данных»).
 */
import type { BoundQuery } from '../data/connector';
import { fundingIndicatorOf, SEQUENTIAL_MEASURES, type SequentialMeasure } from '../domain/measures';

/** The map's numeric measures (from the measure registry). */
export const SEQUENTIAL_METRICS = SEQUENTIAL_MEASURES;
export type SequentialMetric = SequentialMeasure;

export interface MapMetricParams {
	metric: SequentialMetric;
	year: number;
}

export interface MapMetricRow {
	key: string;
	value: number | null;
	/** What the value measures, for the tooltip (usage metric name, funding indicator, `internet_use`). */
	measure: string | null;
	date: string | null;
	/** Population date the per-resident value divides by. */
	population_date: string | null;
	source_publisher: string | null;
	source_published: string | null;
	source_url: string | null;
}


export function mapMetricQuery({ metric, year }: MapMetricParams): BoundQuery {
	if (metric === 'users_per_100') {
		return {
			sql: `
				WITH latest AS (
					SELECT * FROM v_usage_people WHERE NOT derived
					QUALIFY row_number() OVER (PARTITION BY key ORDER BY period_end DESC NULLS LAST) = 1
				)
				SELECT r.key, l.per_100 AS value, l.metric AS measure,
					strftime(l.period_end, '%Y-%m-%d') AS date, l.population_date::VARCHAR AS population_date,
					s.publisher AS source_publisher, s.published AS source_published, s.url AS source_url
				FROM regions r
				LEFT JOIN latest l USING (key)
				LEFT JOIN sources s ON s.id = l.source_id
				ORDER BY r.key`
		};
	}
	if (metric === 'internet_use') {
		return {
			sql: `
				WITH i AS (SELECT * FROM v_internet_use WHERE year = ?)
				SELECT r.key, i.value_percent AS value,
					CASE WHEN i.key IS NOT NULL THEN 'internet_use' END AS measure, i.year::VARCHAR AS date,
					NULL AS population_date,
					s.publisher AS source_publisher, s.published AS source_published, s.url AS source_url
				FROM regions r
				LEFT JOIN i USING (key)
				LEFT JOIN sources s ON s.id = i.source_id
				ORDER BY r.key`,
			params: [year]
		};
	}
	return {
		sql: `
			WITH f AS (
				SELECT * FROM v_funding_per_resident WHERE indicator = ? AND year = ? AND value_rub IS NOT NULL
			)
			SELECT r.key, f.rub_per_resident AS value, f.indicator AS measure, f.year::VARCHAR AS date,
				f.population_date::VARCHAR AS population_date,
				s.publisher AS source_publisher, s.published AS source_published, s.url AS source_url
			FROM regions r
			LEFT JOIN f USING (key)
			LEFT JOIN sources s ON s.id = f.source_id
			ORDER BY r.key`,
		params: [fundingIndicatorOf(metric), year]
	};
}
