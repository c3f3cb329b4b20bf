/**
 * Query for "usage over time" (`/timeline`): every dated figure that counts people (users, portal
 * registrations, visitors), per region and metric in time order, with the growth since the previous
 * figure of the same series (`v_usage_growth`), users per 100 residents (1 Jan 2025 population, as on
 * the overview) and whether the figure is derived (with its formula) rather than published.
 */
import type { BoundQuery } from '../data/connector';
import { PEOPLE_METRICS } from '../data/views';

export interface UsageSeriesRow {
	key: string;
	name_short_ru: string;
	name_en: string;
	metric: string;
	period_end: string;
	date_precision: string | null;
	value: number;
	per_100: number | null;
	population_date: string | null;
	/** Growth since the previous figure of the series (0.5 = +50 %); null for a series' first figure. */
	growth: number | null;
	previous_period_end: string | null;
	/** Precision of the previous figure's date (`year`, `month`, `day`). */
	previous_date_precision: string | null;
	/** Years between the previous figure and this one. */
	years_between: number | null;
	derived: boolean;
	formula: string | null;
	approx: boolean;
	qualifier_ru: string | null;
	source_publisher: string | null;
	source_published: string | null;
}

/** People-counting usage figures with a date, ordered by region, metric and date. */
export function usageSeriesQuery(): BoundQuery {
	return {
		sql: `
			SELECT g.key, r.name_short_ru, r.name_en, g.metric, g.period_end, u.date_precision, g.value,
				g.value / r.population * 100 AS per_100, r.population_date,
				g.growth, g.previous_period_end,
				lag(u.date_precision) OVER (PARTITION BY g.key, g.metric ORDER BY g.period_end) AS previous_date_precision,
				g.years_between, g.derived, u.formula, u.approx,
				u.qualifier_ru, s.publisher AS source_publisher, s.published AS source_published
			FROM v_usage_growth g
			JOIN regions r USING (key)
			JOIN usage u ON u.key = g.key AND u.metric = g.metric AND u.period_end = g.period_end
				AND u.value = g.value AND u.derived = g.derived
			LEFT JOIN sources s ON s.id = u.source_id
			WHERE g.metric IN (${PEOPLE_METRICS.map(() => '?').join(', ')})
			ORDER BY g.key, g.metric, g.period_end`,
		params: [...PEOPLE_METRICS]
	};
}
