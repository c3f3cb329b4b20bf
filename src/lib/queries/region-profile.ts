/**
 * Queries for a region's own page (`/region/<key>`): who the subject is, its population with source, every
 * dated observation of patients' access to the EMK, and every usage figure. Each fact comes back with its
 * source (publisher, title, URL, date). Funding against the district and the country is in
 * `region-funding.ts`.
 */
import type { BoundQuery } from '../data/connector';

/** Every registry key, for prerendering one page per subject. */
export function regionKeysQuery(): BoundQuery {
	return { sql: `SELECT key FROM regions ORDER BY key` };
}

export interface RegionFactsRow {
	key: string;
	iso_3166_2: string | null;
	name_ru: string;
	name_short_ru: string;
	name_en: string;
	type: string;
	federal_district: string | null;
	district_name_ru: string | null;
	district_name_en: string | null;
	district_abbr_ru: string | null;
	district_abbr_en: string | null;
	status: string;
	population: number | null;
	population_date: string | null;
	population_derived: boolean | null;
	population_formula: string | null;
	population_source_publisher: string | null;
	population_source_title: string | null;
	population_source_url: string | null;
	population_source_published: string | null;
	area_km2: number | null;
	/** Subjects in the same federal district (for «1 of 18»). */
	district_subjects: number | null;
}

/** One row for the subject `key` (none if the key is unknown). */
export function regionFactsQuery(key: string): BoundQuery {
	return {
		sql: `
			SELECT r.key, r.iso_3166_2, r.name_ru, r.name_short_ru, r.name_en, r.type, r.federal_district,
				d.name_ru AS district_name_ru, d.name_en AS district_name_en,
				d.abbr_ru AS district_abbr_ru, d.abbr_en AS district_abbr_en,
				r.status, r.population, r.population_date, r.population_derived, r.population_formula,
				s.publisher AS population_source_publisher, s.title AS population_source_title,
				s.url AS population_source_url, s.published AS population_source_published,
				r.area_km2,
				(SELECT count(*) FROM regions o WHERE o.federal_district = r.federal_district) AS district_subjects
			FROM regions r
			LEFT JOIN federal_districts d ON d.key = r.federal_district
			LEFT JOIN sources s ON s.id = r.population_source_id
			WHERE r.key = ?`,
		params: [key]
	};
}

export interface RegionPopulationRow {
	date: string;
	population: number;
	note: string | null;
	source_publisher: string | null;
	source_url: string | null;
	source_published: string | null;
}

/** Population on 1 January of past years (2019, 2020), oldest first; the registry holds 2025. */
export function regionPopulationQuery(key: string): BoundQuery {
	return {
		sql: `
			SELECT p.date, p.population, p.note, s.publisher AS source_publisher, s.url AS source_url,
				s.published AS source_published
			FROM population p
			LEFT JOIN sources s ON s.id = p.source_id
			WHERE p.key = ?
			ORDER BY p.date`,
		params: [key]
	};
}

export interface RegionAccessRow {
	observed_on: string | null;
	service_name: string;
	channel: string;
	access_level: string;
	/** observed, announced, planned or required: only observed rows have a stage. */
	statement: string;
	promised_level: string | null;
	quote: string;
	stage: number | null;
	/** `;`-list of features (`results;images`), null when not described. */
	features: string | null;
	launched_year: number | null;
	evidence_ru: string;
	evidence_en: string | null;
	/** This observation is the one the map and the ranking use (best current service). */
	is_current: boolean;
	source_id: string;
	source_publisher: string | null;
	source_title: string | null;
	source_url: string | null;
	source_published: string | null;
}

/** Every access observation of the subject, oldest first, undated ones last. */
export function regionAccessQuery(key: string): BoundQuery {
	return {
		sql: `
			SELECT a.observed_on, a.service_name, a.channel, a.access_level, a.statement, a.promised_level,
				a.quote, a.stage, a.features, a.launched_year, a.evidence_ru, a.evidence_en,
				EXISTS (
					SELECT 1 FROM v_access_latest l
					WHERE l.key = a.key AND l.service_name = a.service_name
						AND l.observed_on IS NOT DISTINCT FROM a.observed_on AND l.source_id = a.source_id
				) AS is_current,
				a.source_id, s.publisher AS source_publisher, s.title AS source_title, s.url AS source_url,
				s.published AS source_published
			FROM v_access_stage a
			LEFT JOIN sources s ON s.id = a.source_id
			WHERE a.key = ?
			ORDER BY a.observed_on NULLS LAST, a.service_name`,
		params: [key]
	};
}

export interface RegionUsageRow {
	metric: string;
	value: number;
	unit: string;
	period_start: string | null;
	period_end: string | null;
	date_precision: string | null;
	derived: boolean;
	formula: string | null;
	approx: boolean;
	qualifier_ru: string | null;
	note: string | null;
	/** Per 100 residents (1 Jan 2025 population), for figures that count people; else null. */
	per_100: number | null;
	source_id: string;
	source_publisher: string | null;
	source_title: string | null;
	source_url: string | null;
	source_published: string | null;
}

/** Every usage figure of the subject, newest first within each metric, undated ones last. */
export function regionUsageQuery(key: string): BoundQuery {
	return {
		sql: `
			SELECT u.metric, u.value, u.unit, u.period_start, u.period_end, u.date_precision, u.derived,
				u.formula, u.approx, u.qualifier_ru, u.note, p.per_100,
				u.source_id, s.publisher AS source_publisher, s.title AS source_title, s.url AS source_url,
				s.published AS source_published
			FROM usage u
			LEFT JOIN v_usage_people p
				ON p.key = u.key AND p.metric = u.metric AND p.source_id = u.source_id
				AND p.period_end IS NOT DISTINCT FROM u.period_end
				AND p.period_start IS NOT DISTINCT FROM u.period_start
			LEFT JOIN sources s ON s.id = u.source_id
			WHERE u.key = ?
			ORDER BY u.period_end IS NULL, u.derived, u.period_end DESC, u.metric`,
		params: [key]
	};
}
