/**
 * Query for the overview's headline: the latest users per 100 residents in Moscow and St Petersburg, the
 * median of the other subjects where such a figure exists (and how many there are), and how many subjects
 * with known patient access still keep the record for doctors only (or have none).
 */
import type { BoundQuery } from '../data/connector';

export interface HeadlineRow {
	key: string;
	per_100: number | null;
	value: number | null;
	metric: string | null;
	period_end: string | null;
	date_precision: string | null;
	qualifier_ru: string | null;
	source_publisher: string | null;
	source_published: string | null;
	source_url: string | null;
}

export interface HeadlineSummaryRow {
	others_median_per_100: number | null;
	others_with_figure: number;
	known_access: number;
	no_patient_access: number;
}

const LATEST_PEOPLE = `
	SELECT * FROM v_usage_people WHERE NOT derived
	QUALIFY row_number() OVER (PARTITION BY key ORDER BY period_end DESC NULLS LAST) = 1`;

/** Moscow and St Petersburg, in that order. */
export function headlineCapitalsQuery(): BoundQuery {
	return {
		sql: `
			WITH latest AS (${LATEST_PEOPLE})
			SELECT r.key, l.per_100, l.value, l.metric, strftime(l.period_end, '%Y-%m-%d') AS period_end,
				l.date_precision, l.qualifier_ru,
				s.publisher AS source_publisher, s.published AS source_published, s.url AS source_url
			FROM regions r
			LEFT JOIN latest l USING (key)
			LEFT JOIN sources s ON s.id = l.source_id
			WHERE r.key IN ('RU-MOW', 'RU-SPE')
			ORDER BY r.key = 'RU-SPE'`
	};
}

export function headlineSummaryQuery(): BoundQuery {
	return {
		sql: `
			WITH latest AS (${LATEST_PEOPLE})
			SELECT
				(SELECT median(per_100) FROM latest WHERE key NOT IN ('RU-MOW', 'RU-SPE')) AS others_median_per_100,
				(SELECT count(*) FROM latest WHERE key NOT IN ('RU-MOW', 'RU-SPE')) AS others_with_figure,
				(SELECT count(*) FROM v_access_latest WHERE stage IS NOT NULL) AS known_access,
				(SELECT count(*) FROM v_access_latest WHERE stage <= 1) AS no_patient_access`
	};
}
