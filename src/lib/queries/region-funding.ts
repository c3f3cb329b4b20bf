/**
 * Query for a region's funding against its federal district and the country: for each fiscal year
 * (2019–2021) and each of the two funding metrics (health spending including the OMS fund, and the
 * digital-contour subsidy), the region's rubles, rubles per resident, and the medians per resident of its
 * district and of all subjects with a value (with how many subjects each median covers).
 *
 * Per-resident values come from `v_funding_per_resident` (population of the matching year where known).
 * A report line without a value (Moscow's subsidy) gives a row with nulls, never 0; subjects without
 * reports (the four of 2022) give no rows.
 */
import type { BoundQuery } from '../data/connector';
import { fundingIndicatorOf } from '../domain/measures';

export interface RegionFundingRow {
	year: number;
	/** `health_consolidated_incl_tfoms` or `digital_contour_subsidy`. */
	indicator: string;
	value_rub: number | null;
	rub_per_resident: number | null;
	population: number | null;
	population_date: string | null;
	district_median: number | null;
	district_n: number | null;
	country_median: number | null;
	country_n: number | null;
	note: string | null;
	source_publisher: string | null;
	source_title: string | null;
	source_url: string | null;
	source_published: string | null;
}

/** The indicators the profile shows, as bound parameters (health first). */
const INDICATORS = [fundingIndicatorOf('health_per_resident'), fundingIndicatorOf('subsidy_per_resident')];

/**
 * Per-resident funding with its medians, for every subject (the building block of the region and compare
 * queries): key, year, indicator, rub_per_resident, district_median/n, country_median/n. Binds the two
 * indicators.
 */
export const FUNDING_WITH_MEDIANS_SQL = `
	WITH pr AS (
		SELECT f.key, f.year, f.indicator, f.rub_per_resident, f.population, f.population_date,
			r.federal_district
		FROM v_funding_per_resident f
		JOIN regions r USING (key)
		WHERE f.indicator IN (?, ?)
	),
	district AS (
		SELECT year, indicator, federal_district,
			median(rub_per_resident) AS district_median, count(rub_per_resident) AS district_n
		FROM pr WHERE federal_district IS NOT NULL GROUP BY ALL
	),
	country AS (
		SELECT year, indicator, median(rub_per_resident) AS country_median,
			count(rub_per_resident) AS country_n
		FROM pr GROUP BY ALL
	)
	SELECT f.key, f.year, f.indicator, f.value_rub, f.note, f.source_id,
		p.rub_per_resident, p.population, p.population_date,
		d.district_median, d.district_n, c.country_median, c.country_n
	FROM funding f
	JOIN regions r ON r.key = f.key
	LEFT JOIN pr p ON p.key = f.key AND p.year = f.year AND p.indicator = f.indicator
	LEFT JOIN district d
		ON d.year = f.year AND d.indicator = f.indicator AND d.federal_district = r.federal_district
	LEFT JOIN country c ON c.year = f.year AND c.indicator = f.indicator
	WHERE f.indicator IN (?, ?)`;

/** Parameters of `FUNDING_WITH_MEDIANS_SQL`. */
export const FUNDING_WITH_MEDIANS_PARAMS = [...INDICATORS, ...INDICATORS];

/** The region's funding rows, health first, oldest year first. */
export function regionFundingQuery(key: string): BoundQuery {
	return {
		sql: `
			SELECT m.year, m.indicator, m.value_rub, m.rub_per_resident, m.population,
				strftime(m.population_date, '%Y-%m-%d') AS population_date,
				m.district_median, m.district_n, m.country_median, m.country_n, m.note,
				s.publisher AS source_publisher, s.title AS source_title, s.url AS source_url,
				s.published AS source_published
			FROM (${FUNDING_WITH_MEDIANS_SQL}) m
			LEFT JOIN sources s ON s.id = m.source_id
			WHERE m.key = ?
			ORDER BY m.indicator <> ?, m.year`,
		params: [...FUNDING_WITH_MEDIANS_PARAMS, key, fundingIndicatorOf('health_per_resident')]
	};
}
