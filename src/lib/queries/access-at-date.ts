/**
 * Queries for the "map at date" (`/timeline`): the patient-access stage each region is known to have had
 * in a given month.
 *
 * Rule (the same as `v_access_latest`, cut at a date): per region and service, the latest observation
 * dated in or before the month; then the best stage of those services. An observation dated only by year
 * or month counts from the first month of its period (`2020` → from January 2020). Undated evidence cannot
 * be placed and does not count; nor do `unknown` observations, except that a service's later `unknown`
 * observation replaces its earlier stage, as on the overview map.
 *
 * `accessChangesQuery` applies the rule at every month in which some observation is dated and keeps the
 * months where what is known about a region changes (its stage, or the observation that sets it): the
 * whole history in a few rows, so the page can move through time without querying again (`stageAt` in
 * `$lib/charts/shape/stage-changes.ts` looks a month up and gives the same answer as `accessAtDateQuery`).
 */
import type { BoundQuery } from '../data/connector';
import type { AccessLevel } from './access-map';

/** `YYYY-MM` */
export type Month = string;

export interface AccessAtDateParams {
	/** `YYYY-MM`: the map shows what was known by the end of this month. */
	month: Month;
}

export interface AccessAtDateRow {
	key: string;
	name_short_ru: string;
	name_en: string;
	abbr_ru: string;
	abbr_en: string;
	/** null: nothing dated known by then («нет данных»). */
	stage: number | null;
	access_level: AccessLevel | null;
	observed_on: string | null;
	service_name: string | null;
	source_publisher: string | null;
	source_published: string | null;
}

export interface AccessChangeRow {
	key: string;
	/** First month in which this is what is known about the region. */
	from_month: Month;
	stage: number;
	access_level: AccessLevel;
	observed_on: string;
	service_name: string;
	source_publisher: string | null;
	source_published: string | null;
}

const DATED_OBSERVATIONS = `
	dated AS (
		SELECT a.key, a.service_name, a.observed_on, a.access_level, a.stage,
			CASE WHEN length(a.observed_on) = 4 THEN a.observed_on || '-01' ELSE substr(a.observed_on, 1, 7) END AS as_of_month,
			s.publisher AS source_publisher, s.published AS source_published
		FROM v_access_stage a
		LEFT JOIN sources s ON s.id = a.source_id
		-- Only observations: a later promise about the same service must not replace what was seen.
		WHERE a.observed_on IS NOT NULL AND a.statement = 'observed'
	)`;

/** Best stage per (month, key) for the months in the CTE `months(month)`. */
const STAGE_AT_MONTHS = `
	latest_per_service AS (
		SELECT m.month, d.*
		FROM months m
		JOIN dated d ON d.as_of_month <= m.month
		QUALIFY row_number() OVER (PARTITION BY m.month, d.key, d.service_name ORDER BY d.observed_on DESC) = 1
	),
	best AS (
		SELECT * FROM latest_per_service
		WHERE stage IS NOT NULL
		QUALIFY row_number() OVER (
			PARTITION BY month, key ORDER BY stage DESC, observed_on DESC, service_name
		) = 1
	)`;

/** Every registry subject with the stage known by the end of `month` (null where nothing is). */
export function accessAtDateQuery(params: AccessAtDateParams): BoundQuery {
	return {
		sql: `
			WITH months AS (SELECT ?::VARCHAR AS month), ${DATED_OBSERVATIONS}, ${STAGE_AT_MONTHS}
			SELECT r.key, r.name_short_ru, r.name_en, r.abbr_ru, r.abbr_en,
				b.stage, b.access_level, b.observed_on, b.service_name, b.source_publisher, b.source_published
			FROM regions r
			LEFT JOIN best b ON b.key = r.key
			ORDER BY r.key`,
		params: [params.month]
	};
}

/** The months in which what is known about a region changes, with the observation that sets it. */
export function accessChangesQuery(): BoundQuery {
	return {
		sql: `
			WITH ${DATED_OBSERVATIONS},
			months AS (SELECT DISTINCT as_of_month AS month FROM dated), ${STAGE_AT_MONTHS}
			SELECT key, month AS from_month, stage, access_level, observed_on, service_name,
				source_publisher, source_published
			FROM best
			WINDOW w AS (PARTITION BY key ORDER BY month)
			QUALIFY stage IS DISTINCT FROM lag(stage) OVER w
				OR observed_on IS DISTINCT FROM lag(observed_on) OVER w
				OR service_name IS DISTINCT FROM lag(service_name) OVER w
			ORDER BY key, month`
	};
}

export interface MonthRangeRow {
	first: Month;
	last: Month;
}

/** The slider's range: the first and last month of any dated observation with a stage. */
export function accessMonthRangeQuery(): BoundQuery {
	return {
		sql: `
			WITH ${DATED_OBSERVATIONS}
			SELECT min(as_of_month) AS first, max(as_of_month) AS last FROM dated WHERE stage IS NOT NULL`
	};
}
