/**
 * Queries for the compare page: pinned subjects side by side (access stage, users per 100, health
 * spending and digital-contour subsidy per resident for each year, population), the medians of every
 * federal district and of the country for the same measures, and the list of subjects to pick from.
 *
 * Medians are taken over the subjects that have a value, and each comes with that count (`n_…`), because
 * for users per 100 only a handful of subjects have a figure.
 */
import type { BoundQuery } from '../data/connector';
import type { SqlParam } from '../data/engine';
import { fundingIndicatorOf, FUNDING_YEARS } from '../domain/measures';
import { ident } from './sql';

export type FundingYear = (typeof FUNDING_YEARS)[number];
/** Per-resident funding columns: `health_2019` … `subsidy_2021`. */
export type FundingColumn = `${'health' | 'subsidy'}_${FundingYear}`;

/** The funding columns in table order: health by year, then subsidy by year. */
export const FUNDING_COLUMNS: readonly FundingColumn[] = (['health', 'subsidy'] as const).flatMap((m) =>
	FUNDING_YEARS.map((y) => `${m}_${y}` as FundingColumn)
);

/** Measures every subject has (or lacks) on the compare page; medians are taken of the numeric ones. */
export const MEDIAN_MEASURES = ['population', 'per_100', ...FUNDING_COLUMNS] as const;
export type MedianMeasure = (typeof MEDIAN_MEASURES)[number];

export type CompareRegionRow = {
	key: string;
	name_ru: string;
	name_short_ru: string;
	name_en: string;
	federal_district: string | null;
	district_abbr_ru: string | null;
	district_abbr_en: string | null;
	status: string;
	population: number | null;
	population_date: string | null;
	access_level: string | null;
	stage: number | null;
	access_as_of: string | null;
	access_source_publisher: string | null;
	access_source_published: string | null;
	/** Users per 100 residents (latest published count of people). */
	per_100: number | null;
	usage_value: number | null;
	usage_metric: string | null;
	usage_date: string | null;
	usage_qualifier_ru: string | null;
	usage_source_publisher: string | null;
	usage_source_published: string | null;
} & Record<FundingColumn, number | null>;

export type CompareMedianRow = {
	/** `RU` for the country, else a federal district key. */
	scope: string;
	subjects: number;
	/** Subjects with a known patient-access stage. */
	access_known: number;
} & Record<`median_${MedianMeasure}`, number | null> &
	Record<`n_${MedianMeasure}`, number>;

/** One row per subject with every measure of the page; binds its own parameters. */
function perRegion(): { sql: string; params: SqlParam[] } {
	const params: SqlParam[] = [];
	const pivot = (['health', 'subsidy'] as const).flatMap((m) =>
		FUNDING_YEARS.map((y) => {
			params.push(fundingIndicatorOf(m === 'health' ? 'health_per_resident' : 'subsidy_per_resident'), y);
			return `max(rub_per_resident) FILTER (WHERE indicator = ? AND year = ?) AS ${ident(`${m}_${y}`)}`;
		})
	);
	return {
		params,
		sql: `
			WITH funding_pivot AS (
				SELECT key, ${pivot.join(',\n')}
				FROM v_funding_per_resident GROUP BY key
			),
			latest_usage AS (
				SELECT * FROM v_usage_people WHERE NOT derived
				QUALIFY row_number() OVER (PARTITION BY key ORDER BY period_end DESC NULLS LAST) = 1
			)
			SELECT r.key, r.name_ru, r.name_short_ru, r.name_en, r.federal_district,
				d.abbr_ru AS district_abbr_ru, d.abbr_en AS district_abbr_en, r.status,
				r.population, strftime(r.population_date, '%Y-%m-%d') AS population_date,
				a.access_level, a.stage, a.observed_on AS access_as_of,
				sa.publisher AS access_source_publisher, sa.published AS access_source_published,
				u.per_100, u.value AS usage_value, u.metric AS usage_metric,
				CASE u.date_precision
					WHEN 'year' THEN strftime(u.period_end, '%Y')
					WHEN 'month' THEN strftime(u.period_end, '%Y-%m')
					ELSE strftime(u.period_end, '%Y-%m-%d')
				END AS usage_date,
				u.qualifier_ru AS usage_qualifier_ru,
				su.publisher AS usage_source_publisher, su.published AS usage_source_published,
				${FUNDING_COLUMNS.map((c) => `f.${ident(c)}`).join(', ')}
			FROM regions r
			LEFT JOIN federal_districts d ON d.key = r.federal_district
			LEFT JOIN v_access_latest a ON a.key = r.key
			LEFT JOIN sources sa ON sa.id = a.source_id
			LEFT JOIN latest_usage u ON u.key = r.key
			LEFT JOIN sources su ON su.id = u.source_id
			LEFT JOIN funding_pivot f ON f.key = r.key`
	};
}

export interface CompareParams {
	/** Subject keys to fetch, or null for every subject (the prerendered page holds them all). */
	keys: readonly string[] | null;
}

/** The subjects `keys` (or all), one row each, in registry order; unknown keys are simply absent. */
export function compareRegionsQuery(params: CompareParams): BoundQuery {
	const base = perRegion();
	const keys = params.keys ?? [];
	const filter = params.keys ? `WHERE key IN (${keys.map(() => '?').join(', ') || 'NULL'})` : '';
	return {
		sql: `SELECT * FROM (${base.sql}) ${filter} ORDER BY key`,
		params: [...base.params, ...keys]
	};
}

/** Medians (and counts) per federal district and for the whole country (`scope = 'RU'`). */
export function compareMediansQuery(): BoundQuery {
	const base = perRegion();
	const measures = MEDIAN_MEASURES.map(
		(m) => `median(${ident(m)}) AS ${ident(`median_${m}`)}, count(${ident(m)}) AS ${ident(`n_${m}`)}`
	);
	return {
		sql: `
			SELECT CASE WHEN grouping(federal_district) = 1 THEN 'RU' ELSE federal_district END AS scope,
				count(*) AS subjects, count(stage) AS access_known,
				${measures.join(',\n')}
			FROM (${base.sql})
			GROUP BY GROUPING SETS ((federal_district), ())
			HAVING grouping(federal_district) = 1 OR federal_district IS NOT NULL
			ORDER BY scope`,
		params: base.params
	};
}

export interface RegionChoiceRow {
	key: string;
	name_ru: string;
	name_short_ru: string;
	name_en: string;
	federal_district: string | null;
	district_name_ru: string | null;
	district_name_en: string | null;
}

/** Every subject with its district, for the region picker (grouped by district, then by name). */
export function regionChoicesQuery(): BoundQuery {
	return {
		sql: `
			SELECT r.key, r.name_ru, r.name_short_ru, r.name_en, r.federal_district,
				d.name_ru AS district_name_ru, d.name_en AS district_name_en
			FROM regions r
			LEFT JOIN federal_districts d ON d.key = r.federal_district
			ORDER BY r.name_short_ru`
	};
}
