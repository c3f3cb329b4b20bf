/**
 * Pure shaping of a region's funding rows (`regionFundingQuery`): the chart groups (the region, its
 * district's median, the country's median), the table lines per year, and a title that states the finding.
 */
import type { PerResidentGroup } from '$lib/charts/options/per-resident-bars';
import { formatPercent } from '$lib/i18n/format';
import type { Text } from '$lib/i18n/text';
import { perResidentText } from '$lib/components/ranking/metric-text';
import type { RegionFundingRow } from '$lib/queries/region-funding';

/** Below this ratio to the district median a region reads as «below»; above its inverse, «above». */
const NEAR_BAND = 0.9;

export interface FundingLine {
	year: number;
	/** «60 189 ₽ на жителя», or why there is no value. */
	value: string;
	hasValue: boolean;
	districtMedian: string;
	countryMedian: string;
	total: string;
	population: string;
}

/** Rows of one indicator, oldest year first. */
export function rowsOf(rows: readonly RegionFundingRow[], indicator: string): RegionFundingRow[] {
	return rows.filter((r) => r.indicator === indicator).sort((a, b) => a.year - b.year);
}

function medianText(value: number | null, count: number | null, text: Text): string {
	if (value === null) return text.t('access.noData');
	return `${perResidentText(value, text)} (${text.t('region.funding.medianOf', { count: count ?? 0 })})`;
}

/** Table lines of one indicator's rows: the region's value, the medians, the total and the population used. */
export function fundingLines(rows: readonly RegionFundingRow[], text: Text): FundingLine[] {
	return rows.map((r) => ({
		year: r.year,
		value:
			r.rub_per_resident !== null
				? perResidentText(r.rub_per_resident, text)
				: `${text.t('access.noData')}: ${text.t(r.value_rub === null ? 'region.funding.noLine' : 'region.funding.noPopulation')}`,
		hasValue: r.rub_per_resident !== null,
		districtMedian: medianText(r.district_median, r.district_n, text),
		countryMedian: medianText(r.country_median, r.country_n, text),
		total: r.value_rub === null ? '—' : text.rubles(r.value_rub),
		population:
			r.population !== null && r.population_date
				? `${text.number(r.population)} (${text.date(r.population_date)})`
				: '—'
	}));
}

/** The chart's groups: the region, its district's median and the country's median, a value per year. */
export function fundingGroups(options: {
	rows: readonly RegionFundingRow[];
	regionName: string;
	districtAbbr: string | null;
	text: Text;
}): PerResidentGroup[] {
	const { rows, regionName, districtAbbr, text } = options;
	const tip = (value: number | null, extra: (string | null)[]) =>
		value === null
			? [text.t('access.noData')]
			: [text.t('region.tooltip.perResident', { value: text.rubles(value) }), ...extra].filter(
					(l): l is string => l !== null
				);
	const groups: PerResidentGroup[] = [
		{
			key: 'region',
			name: regionName,
			median: false,
			values: rows.map((r) => r.rub_per_resident),
			tooltips: rows.map((r) => [
				String(r.year),
				...tip(r.rub_per_resident, [
					r.population !== null && r.population_date
						? text.t('region.tooltip.population', {
								date: text.date(r.population_date),
								value: text.number(r.population)
							})
						: null,
					r.source_publisher
				])
			])
		}
	];
	if (districtAbbr) {
		groups.push({
			key: 'district',
			name: text.t('region.funding.districtMedian', { district: districtAbbr }),
			median: true,
			values: rows.map((r) => r.district_median),
			tooltips: rows.map((r) => [
				String(r.year),
				...tip(r.district_median, [text.t('region.tooltip.median', { count: r.district_n ?? 0 })])
			])
		});
	}
	groups.push({
		key: 'country',
		name: text.t('region.funding.countryMedian'),
		median: true,
		values: rows.map((r) => r.country_median),
		tooltips: rows.map((r) => [
			String(r.year),
			...tip(r.country_median, [text.t('region.tooltip.median', { count: r.country_n ?? 0 })])
		])
	});
	return groups;
}

/**
 * A title that states the finding for the latest year with a value, e.g. «Москва: 60 189 ₽ на жителя в
 * 2021 году — в 2,5 раза больше медианы ЦФО»; a neutral title when there is nothing to compare.
 */
export function fundingTitle(options: {
	rows: readonly RegionFundingRow[];
	regionName: string;
	districtAbbr: string | null;
	text: Text;
}): string {
	const { rows, regionName, text } = options;
	const latest = [...rows]
		.reverse()
		.find((r) => r.rub_per_resident !== null && (r.district_median ?? r.country_median) !== null);
	if (!latest || latest.rub_per_resident === null) {
		return text.t('region.funding.titleNoValue', { name: regionName });
	}
	const useDistrict = options.districtAbbr !== null && latest.district_median !== null;
	const median = (useDistrict ? latest.district_median : latest.country_median) as number;
	const district = useDistrict
		? (options.districtAbbr as string)
		: text.locale === 'ru'
			? 'по России'
			: 'Russia';
	const ratio = latest.rub_per_resident / median;
	let comparison: string;
	if (ratio >= 1 / NEAR_BAND) {
		const value = Math.round(ratio * 10) / 10;
		comparison = text.t('region.funding.above', {
			times: text.plural('region.funding.times', value, { value: text.decimal(value) }),
			district
		});
	} else if (ratio <= NEAR_BAND) {
		comparison = text.t('region.funding.below', {
			percent: formatPercent(Math.round((1 - ratio) * 100), text.locale, 0),
			district
		});
	} else {
		comparison = text.t('region.funding.near', { district });
	}
	return text.t('region.funding.title', {
		name: regionName,
		value: text.rubles(latest.rub_per_resident),
		year: String(latest.year),
		comparison
	});
}
