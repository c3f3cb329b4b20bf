/**
 * Query for "EMR users per 100 residents": per region, the latest published (not derived) figure that
 * counts people, divided by the 1 Jan 2025 population. Regions measure different things (app users,
 * portal registrations, unique visitors), so the metric travels with each row and is shown beside it.
 */
import type { BoundQuery } from '../data/connector';

export interface UsagePerHundredRow {
	key: string;
	name_short_ru: string;
	name_en: string;
	metric: string;
	value: number;
	per_100: number;
	population: number;
	period_end: string | null;
	date_precision: string | null;
	approx: boolean;
	qualifier_ru: string | null;
	source_publisher: string;
	source_title: string;
	source_url: string | null;
	source_published: string | null;
}

export function usagePerHundredQuery(): BoundQuery {
	return {
		sql: `
			SELECT u.key, r.name_short_ru, r.name_en, u.metric, u.value, u.per_100, u.population,
				u.period_end, u.date_precision, u.approx, u.qualifier_ru,
				s.publisher AS source_publisher, s.title AS source_title, s.url AS source_url,
				s.published AS source_published
			FROM v_usage_people u
			JOIN regions r USING (key)
			JOIN sources s ON s.id = u.source_id
			WHERE NOT u.derived
			QUALIFY row_number() OVER (PARTITION BY u.key ORDER BY u.period_end DESC NULLS LAST) = 1
			ORDER BY u.per_100 DESC`
	};
}
