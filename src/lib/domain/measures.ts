/**
 * The measure registry: every built-in measure of the map, the ranking, the compare page and the URL, with
 * what it reads, its unit and formatter, its years and its legend. Adding a measure is one entry here
 * (plus its query branch and the message keys `ranking.metric.<id>` etc.); lists of measures, years and
 * funding indicators elsewhere are read from here.
 */
import { formatPercent } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import type { Text } from '../i18n/text';

/** Fiscal years of the Treasury reports in `funding`. */
export const FUNDING_YEARS = [2019, 2020, 2021] as const;
/** Survey years of Rosstat's internet tables in `internet`. */
export const INTERNET_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022] as const;

export interface MeasureSpec {
	/** How the map colours it: ordered access stages, or sequential classes of a number. */
	legend: 'stages' | 'sequential';
	/** The derived view (and column) the measure reads, for the data page and the reader of the code. */
	reads: string;
	/** The `funding.indicator` behind a funding measure. */
	fundingIndicator?: string;
	/** Years it can be shown for (null: it takes no year), and the year shown by default. */
	years: readonly number[] | null;
	defaultYear: number | null;
	/** The value with its unit, in the page's language («45,3 на 100 жителей», «61 482 ₽ на жителя»). */
	format: (value: number, text: Text) => string;
}

const stageText = (value: number, text: Text) =>
	text.t(`access.${['none', 'doctors_only', 'partial', 'full'][value] ?? 'noData'}` as MessageKey);
const perHundred = (value: number, text: Text) => text.t('ranking.value.perHundred', { value: text.decimal(value) });
const perResident = (value: number, text: Text) => text.t('ranking.value.perResident', { value: text.rubles(value) });
const percent = (value: number, text: Text) => formatPercent(value, text.locale);

export const MEASURES = {
	access: {
		legend: 'stages',
		reads: 'v_access_latest.stage (observed rows only)',
		years: null,
		defaultYear: null,
		format: stageText
	},
	users_per_100: {
		legend: 'sequential',
		reads: 'v_usage_people.per_100',
		years: null,
		defaultYear: null,
		format: perHundred
	},
	health_per_resident: {
		legend: 'sequential',
		reads: 'v_funding_per_resident.rub_per_resident',
		fundingIndicator: 'health_consolidated_incl_tfoms',
		years: FUNDING_YEARS,
		defaultYear: 2021,
		format: perResident
	},
	subsidy_per_resident: {
		legend: 'sequential',
		reads: 'v_funding_per_resident.rub_per_resident',
		fundingIndicator: 'digital_contour_subsidy',
		years: FUNDING_YEARS,
		defaultYear: 2021,
		format: perResident
	},
	internet_use: {
		legend: 'sequential',
		reads: 'v_internet_use.value_percent',
		years: INTERNET_YEARS,
		defaultYear: 2022,
		format: percent
	}
} as const satisfies Record<string, MeasureSpec>;

export type MeasureId = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as MeasureId[];

/** Measures the map colours by sequential classes (every one but access). */
export type SequentialMeasure = { [K in MeasureId]: (typeof MEASURES)[K]['legend'] extends 'sequential' ? K : never }[MeasureId];
export const SEQUENTIAL_MEASURES = MEASURE_IDS.filter(
	(id): id is SequentialMeasure => MEASURES[id].legend === 'sequential'
);

/** Measures read from the Treasury reports, with their indicator. */
export type FundingMeasure = { [K in MeasureId]: (typeof MEASURES)[K] extends { fundingIndicator: string } ? K : never }[MeasureId];
export function isFundingMeasure(id: string): id is FundingMeasure {
	return id in MEASURES && 'fundingIndicator' in MEASURES[id as MeasureId];
}
export function fundingIndicatorOf(id: FundingMeasure): string {
	return MEASURES[id].fundingIndicator;
}

export function isMeasure(id: string | null | undefined): id is MeasureId {
	return id != null && id in MEASURES;
}

/** The years `id` has, or null when it takes no year. */
export function yearsOf(id: string): readonly number[] | null {
	return isMeasure(id) ? MEASURES[id].years : null;
}

/** The year to show `id` for: `year` when the measure has it, else its default; null without years. */
export function yearFor(id: string, year: number | null | undefined): number | null {
	if (!isMeasure(id)) return null;
	const { years, defaultYear } = MEASURES[id];
	if (!years) return null;
	return year != null && (years as readonly number[]).includes(year) ? year : defaultYear;
}
