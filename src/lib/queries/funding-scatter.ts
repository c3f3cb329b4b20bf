/**
 * Query for the funding-vs-rollout scatter (`/funding`): every subject of the registry with
 *
 * - x: a funding indicator of one fiscal year per resident (`v_funding_per_resident`: the year's value
 *   divided by the population on 1 January of that year where known, else the 1 Jan 2025 registry figure;
 *   `population_date` says which), and the median of the same measure over the subject's federal district;
 * - y: the best known patient-access stage (`v_access_latest`, latest evidence of any date), the latest
 *   published (not derived) figure of EMR users per 100 residents (`v_usage_people`), and Rosstat's share
 *   of people aged 15–74 who used the internet in the same year (`v_internet_use`), so planners can ask
 *   whether low uptake goes with little money or with poor connectivity.
 *
 * Subjects without one of the values are returned too (nulls), so the page can say how many lack what.
 */
import type { BoundQuery } from '../data/connector';
import type { AccessLevel } from './access-map';

/** Funding indicators that can be put on the x axis. */
export const SCATTER_INDICATORS = ['health_consolidated_incl_tfoms', 'digital_contour_subsidy'] as const;
export type ScatterIndicator = (typeof SCATTER_INDICATORS)[number];

export { FUNDING_YEARS } from '../domain/measures';

export interface FundingScatterParams {
	year: number;
	indicator: ScatterIndicator;
}

export interface FundingScatterRow {
	key: string;
	name_short_ru: string;
	name_en: string;
	federal_district: string | null;
	district_abbr_ru: string | null;
	district_abbr_en: string | null;
	/** The indicator in rubles for the year; null where not reported. */
	value_rub: number | null;
	population: number | null;
	population_date: string | null;
	rub_per_resident: number | null;
	/** Median of `rub_per_resident` over the subjects of the same federal district that have it. */
	district_median: number | null;
	funding_source_publisher: string | null;
	funding_source_title: string | null;
	stage: number | null;
	access_level: AccessLevel | null;
	access_as_of: string | null;
	access_service: string | null;
	access_source_publisher: string | null;
	access_source_published: string | null;
	usage_metric: string | null;
	usage_value: number | null;
	per_100: number | null;
	usage_period_end: string | null;
	usage_date_precision: string | null;
	usage_source_publisher: string | null;
	usage_source_published: string | null;
	/** % of people aged 15–74 who used the internet in the last 12 months, survey of the same year. */
	internet_percent: number | null;
	internet_year: number | null;
	internet_source_publisher: string | null;
	internet_source_published: string | null;
}

/** The scatter's rows for one fiscal year and one funding indicator, one per registry subject. */
export function fundingScatterQuery(params: FundingScatterParams): BoundQuery {
	return {
		sql: `
			WITH x AS (
				SELECT key, value_rub, population, population_date, rub_per_resident, source_id
				FROM v_funding_per_resident
				WHERE year = ? AND indicator = ? AND rub_per_resident IS NOT NULL
			),
			usage_latest AS (
				SELECT key, metric, value, per_100, period_end, date_precision, source_id
				FROM v_usage_people
				WHERE NOT derived
				QUALIFY row_number() OVER (PARTITION BY key ORDER BY period_end DESC NULLS LAST) = 1
			),
			net AS (SELECT key, year, value_percent, source_id FROM v_internet_use WHERE year = ?)
			SELECT r.key, r.name_short_ru, r.name_en, r.federal_district,
				fd.abbr_ru AS district_abbr_ru, fd.abbr_en AS district_abbr_en,
				x.value_rub, x.population, x.population_date, x.rub_per_resident,
				median(x.rub_per_resident) OVER (PARTITION BY r.federal_district) AS district_median,
				xs.publisher AS funding_source_publisher, xs.title AS funding_source_title,
				a.stage, a.access_level, a.observed_on AS access_as_of, a.service_name AS access_service,
				s.publisher AS access_source_publisher, s.published AS access_source_published,
				u.metric AS usage_metric, u.value AS usage_value, u.per_100,
				u.period_end AS usage_period_end, u.date_precision AS usage_date_precision,
				us.publisher AS usage_source_publisher, us.published AS usage_source_published,
				net.value_percent AS internet_percent, net.year AS internet_year,
				ns.publisher AS internet_source_publisher, ns.published AS internet_source_published
			FROM regions r
			LEFT JOIN federal_districts fd ON fd.key = r.federal_district
			LEFT JOIN x ON x.key = r.key
			LEFT JOIN sources xs ON xs.id = x.source_id
			LEFT JOIN v_access_latest a ON a.key = r.key
			LEFT JOIN sources s ON s.id = a.source_id
			LEFT JOIN usage_latest u ON u.key = r.key
			LEFT JOIN sources us ON us.id = u.source_id
			LEFT JOIN net ON net.key = r.key
			LEFT JOIN sources ns ON ns.id = net.source_id
			ORDER BY r.key`,
		params: [params.year, params.indicator, params.year]
	};
}
