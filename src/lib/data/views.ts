/**
 * Derived measures as DuckDB views: each computed here, once, and reused by every view's query.
 *
 * - `v_access_stage`: every regional access row with its ordered stage (none 0 → doctors_only 1 →
 *   partial 2 → full 3). Only `observed` rows have a stage: `unknown` and every announced, planned or
 *   required row have none, so a promise can never colour a map, a ranking or a timeline.
 * - `v_access_latest`: one row per region: the latest *observed* row of each service, then the best of
 *   them.
 * - `v_access_promised`: announced, planned and required rows (the «обещано» marks), newest per region
 *   first.
 * - `v_usage_people`: usage figures that count people, per 100 residents (1 Jan 2025 population).
 * - `v_usage_growth`: each people/uses figure against the previous one of the same region and metric.
 * - `v_funding_per_resident`: funding per resident. Each fiscal year is divided by the population on
 *   1 January of that year (`population` table: Rosstat table 1.1, post-census vintage); a year without
 *   that figure has no per-resident value (no fallback to another vintage). `population_date` says which
 *   date was used.
 * - `v_internet_use`: Rosstat's survey share of people who used the internet in the last 12 months, one
 *   row per subject × year with a value, with its source.
 */

export interface DerivedView {
	name: string;
	sql: string;
}

/** Metrics that count people, and so can be put per 100 residents. */
export const PEOPLE_METRICS = [
	'emk_users',
	'registered_users',
	'unique_visitors',
	'gosuslugi_users'
] as const;

const peopleList = PEOPLE_METRICS.map((m) => `'${m}'`).join(', ');

export const DERIVED_VIEWS: readonly DerivedView[] = [
	{
		name: 'v_access_stage',
		sql: `
			SELECT a.*,
				CASE WHEN a.statement = 'observed' THEN
					CASE a.access_level
						WHEN 'none' THEN 0 WHEN 'doctors_only' THEN 1 WHEN 'partial' THEN 2 WHEN 'full' THEN 3
					END
				END AS stage
			FROM emr_access a
			JOIN regions r USING (key)`
	},
	{
		name: 'v_access_latest',
		sql: `
			WITH latest_per_service AS (
				SELECT * FROM v_access_stage
				WHERE statement = 'observed'
				QUALIFY row_number() OVER (PARTITION BY key, service_name ORDER BY observed_on DESC) = 1
			)
			SELECT * FROM latest_per_service
			QUALIFY row_number() OVER (
				PARTITION BY key ORDER BY stage DESC NULLS LAST, observed_on DESC, service_name
			) = 1`
	},
	{
		name: 'v_access_promised',
		sql: `
			SELECT a.*
			FROM emr_access a
			JOIN regions r USING (key)
			WHERE a.statement <> 'observed'`
	},
	{
		name: 'v_usage_people',
		sql: `
			SELECT u.*, r.population, r.population_date,
				u.value / r.population * 100 AS per_100
			FROM usage u
			JOIN regions r USING (key)
			WHERE u.metric IN (${peopleList}) AND r.population IS NOT NULL`
	},
	{
		name: 'v_usage_growth',
		sql: `
			SELECT key, metric, period_end, value, derived,
				lag(value) OVER w AS previous_value,
				lag(period_end) OVER w AS previous_period_end,
				value / lag(value) OVER w - 1 AS growth,
				date_diff('month', lag(period_end) OVER w, period_end) / 12.0 AS years_between
			FROM usage
			WHERE period_end IS NOT NULL AND metric IN (${peopleList}, 'emk_uses')
			WINDOW w AS (PARTITION BY key, metric ORDER BY period_end)`
	},
	{
		name: 'v_funding_per_resident',
		sql: `
			SELECT f.*, p.population, p.date AS population_date, f.value_rub / p.population AS rub_per_resident
			FROM funding f
			JOIN regions r ON r.key = f.key
			JOIN population p ON p.key = f.key AND p.date = make_date(f.year, 1, 1)`
	},
	{
		name: 'v_internet_use',
		sql: `
			SELECT i.key, i.year, i.value_percent, i.source_id, i.source_cell
			FROM internet i
			JOIN regions r USING (key)
			WHERE i.indicator = 'internet_use' AND i.value_percent IS NOT NULL`
	}
];
