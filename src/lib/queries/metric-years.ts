/**
 * Which years a measure can be shown for, and which year a view shows when the URL asks for none (or for
 * one the measure does not have): the Treasury reports cover the fiscal years 2019–2021, Rosstat's ICT
 * survey tables the years 2014–2022. Measures without a year (access, users per 100) get null.
 */

/** Fiscal years of the Treasury reports in `funding`. */
export const FUNDING_YEARS = [2019, 2020, 2021] as const;
export const DEFAULT_FUNDING_YEAR = 2021;

/** Survey years of Rosstat's internet tables in `internet`. */
export const INTERNET_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022] as const;
export const DEFAULT_INTERNET_YEAR = 2022;

const FUNDING_METRICS: readonly string[] = ['health_per_resident', 'subsidy_per_resident'];

/** The years `metric` has, or null when it takes no year. */
export function yearsOf(metric: string): readonly number[] | null {
	if (metric === 'internet_use') return INTERNET_YEARS;
	return FUNDING_METRICS.includes(metric) ? FUNDING_YEARS : null;
}

/** The year to show `metric` for: `year` when the measure has it, else the measure's latest; null without years. */
export function yearFor(metric: string, year: number | null | undefined): number | null {
	const years = yearsOf(metric);
	if (!years) return null;
	if (year != null && years.includes(year)) return year;
	return metric === 'internet_use' ? DEFAULT_INTERNET_YEAR : DEFAULT_FUNDING_YEAR;
}
