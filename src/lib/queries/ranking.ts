/**
 * Query for the ranking: every registry subject with its value of one metric, its rank (1 = highest; ties
 * share a rank, the next rank skips: 1, 1, 3), the date of the figure and its source. Subjects without a
 * value come back with `value` and `rank` null, so the view can list them apart («нет данных») instead of
 * sorting them as zero.
 *
 * Metrics:
 * - `access`: the ordered stage of the best current patient access (`v_access_latest`: none 0 … full 3);
 *   `unknown` (a system exists, patient access not described) has no stage and counts as no data.
 * - `users_per_100`: the latest published (not derived) figure that counts people, per 100 residents
 *   (`v_usage_people`); the published count and what it measures travel with the row.
 * - `health_per_resident`: public health spending including the territorial OMS fund, rubles per resident
 *   of the matching year (`v_funding_per_resident`), for one fiscal year.
 * - `subsidy_per_resident`: the federal digital-contour subsidy received, rubles per resident, one year.
 * - `internet_use`: Rosstat's survey share of people aged 15–74 who used the internet in the last 12
 *   months (`v_internet_use`), %, one survey year (2014–2022).
 *
 * With a federal district the ranks are counted within it; `rank_country` is always the rank in Russia.
 */
import type { BoundQuery } from '../data/connector';
import type { SqlParam } from '../data/engine';
import { fundingIndicatorOf, MEASURE_IDS, yearFor, type MeasureId } from '../domain/measures';

/** Every measure of the registry can be ranked. */
export const RANKING_METRICS = MEASURE_IDS;
export type RankingMetric = MeasureId;

export interface RankingParams {
	metric: RankingMetric;
	/**
	 * Fiscal year for the funding metrics (2019–2021, default 2021), survey year for `internet_use`
	 * (2014–2022, default 2022); ignored otherwise. A year the metric does not have takes the default.
	 */
	year?: number | null;
	/** Federal district key (`CEN` …) to rank within, or null for all of Russia. */
	district?: string | null;
}

export interface RankingRow {
	key: string;
	name_ru: string;
	name_short_ru: string;
	name_en: string;
	federal_district: string | null;
	status: string;
	/** The ranked value (stage 0–3, users per 100, rubles per resident, % using the internet); null = no data. */
	value: number | null;
	/** Rank among the listed subjects with a value; null when `value` is null. */
	rank: number | null;
	/** Rank among all subjects of Russia with a value. */
	rank_country: number | null;
	/** `access` only: the coded level (`full` … `none`, or `unknown`). */
	access_level: string | null;
	/** `access` only: the service the level rests on. */
	service_name: string | null;
	/** Date of the figure as a partial ISO date at its precision (`2025-08`, `2021`; the survey year for internet use). */
	date: string | null;
	/** `users_per_100`: the published count; funding: rubles in total. */
	amount: number | null;
	/** `users_per_100`: the usage metric counted (`emk_users`, `registered_users` …). */
	amount_metric: string | null;
	/** The source's qualifier before the count («почти», «более»). */
	qualifier_ru: string | null;
	/** Population the value was divided by, and its date. */
	population: number | null;
	population_date: string | null;
	source_id: string | null;
	source_publisher: string | null;
	source_title: string | null;
	source_url: string | null;
	source_published: string | null;
}

const COLUMNS = `key, value, access_level, service_name, date, amount, amount_metric, qualifier_ru,
	population, population_date, source_id`;

/** Per metric: one row per subject that has a figure, in the shared column layout above. */
function metricValues(metric: RankingMetric, year: number): { sql: string; params: SqlParam[] } {
	switch (metric) {
		case 'access':
			return {
				sql: `SELECT key, stage::DOUBLE AS value, access_level, service_name, observed_on AS date,
						NULL::DOUBLE AS amount, NULL AS amount_metric, NULL AS qualifier_ru,
						NULL::DOUBLE AS population, NULL AS population_date, source_id
					FROM v_access_latest`,
				params: []
			};
		case 'users_per_100':
			return {
				sql: `SELECT key, per_100 AS value, NULL AS access_level, NULL AS service_name,
						CASE date_precision
							WHEN 'year' THEN strftime(period_end, '%Y')
							WHEN 'month' THEN strftime(period_end, '%Y-%m')
							ELSE strftime(period_end, '%Y-%m-%d')
						END AS date,
						value AS amount, metric AS amount_metric, qualifier_ru,
						population::DOUBLE AS population, strftime(population_date, '%Y-%m-%d') AS population_date,
						source_id
					FROM v_usage_people
					WHERE NOT derived
					QUALIFY row_number() OVER (PARTITION BY key ORDER BY period_end DESC NULLS LAST) = 1`,
				params: []
			};
		case 'health_per_resident':
		case 'subsidy_per_resident':
			return {
				sql: `SELECT key, rub_per_resident AS value, NULL AS access_level, NULL AS service_name,
						year::VARCHAR AS date, value_rub AS amount, indicator AS amount_metric,
						NULL AS qualifier_ru, population::DOUBLE AS population,
						strftime(population_date, '%Y-%m-%d') AS population_date, source_id
					FROM v_funding_per_resident
					WHERE indicator = ? AND year = ?`,
				params: [fundingIndicatorOf(metric), year]
			};
		case 'internet_use':
			return {
				sql: `SELECT key, value_percent AS value, NULL AS access_level, NULL AS service_name,
						year::VARCHAR AS date, NULL::DOUBLE AS amount, NULL AS amount_metric,
						NULL AS qualifier_ru, NULL::DOUBLE AS population, NULL AS population_date, source_id
					FROM v_internet_use
					WHERE year = ?`,
				params: [year]
			};
	}
}

/** The ranking of all subjects (or one district's) by `metric`, best first, subjects without data last. */
export function rankingQuery(params: RankingParams): BoundQuery {
	// Measures without years ignore the year.
	const values = metricValues(params.metric, yearFor(params.metric, params.year) ?? 0);
	const district = params.district ?? null;
	return {
		sql: `
			WITH v AS (SELECT ${COLUMNS} FROM (${values.sql})),
			country AS (
				SELECT r.key, r.name_ru, r.name_short_ru, r.name_en, r.federal_district, r.status,
					v.* EXCLUDE (key),
					CASE WHEN v.value IS NOT NULL
						THEN rank() OVER (PARTITION BY v.value IS NULL ORDER BY v.value DESC) END AS rank_country
				FROM regions r
				LEFT JOIN v USING (key)
			)
			SELECT c.key, c.name_ru, c.name_short_ru, c.name_en, c.federal_district, c.status, c.value,
				CASE WHEN c.value IS NOT NULL
					THEN rank() OVER (PARTITION BY c.value IS NULL ORDER BY c.value DESC) END AS rank,
				c.rank_country, c.access_level, c.service_name, c.date, c.amount, c.amount_metric,
				c.qualifier_ru, c.population, c.population_date, c.source_id,
				s.publisher AS source_publisher, s.title AS source_title, s.url AS source_url,
				s.published AS source_published
			FROM country c
			LEFT JOIN sources s ON s.id = c.source_id
			WHERE ?::VARCHAR IS NULL OR c.federal_district = ?::VARCHAR
			ORDER BY rank NULLS LAST, c.name_short_ru, c.key`,
		params: [...values.params, district, district]
	};
}

export interface FederalDistrictRow {
	key: string;
	name_ru: string;
	name_en: string;
	abbr_ru: string;
	abbr_en: string;
}

/** The eight federal districts, for the ranking's district filter (in the file's order, west to east). */
export function federalDistrictsQuery(): BoundQuery {
	return { sql: `SELECT key, name_ru, name_en, abbr_ru, abbr_en FROM federal_districts ORDER BY rowid` };
}
