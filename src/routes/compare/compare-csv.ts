/**
 * The compare page's numbers as CSV (UTF-8 with BOM): one line per pinned region, then one per federal
 * district of those regions (its medians) and one for Russia (the country's medians). Per-resident values
 * in rubles, unrounded; empty cells where there is no data (never 0).
 */
import { toCsv } from '$lib/export/csv';
import type { Text } from '$lib/i18n/text';
import { regionLabel } from '$lib/components/ranking/metric-text';
import {
	FUNDING_COLUMNS,
	type CompareMedianRow,
	type CompareRegionRow,
	type FundingColumn
} from '$lib/queries/compare';

type CsvLine = Record<string, string | number | null>;

const COLUMNS = [
	'kind',
	'key',
	'name',
	'federal_district',
	'access_level',
	'access_as_of',
	'per_100',
	'usage_value',
	'usage_metric',
	'usage_date',
	...FUNDING_COLUMNS,
	'population',
	'population_date'
] as const;

function medianLine(m: CompareMedianRow, name: string, kind: string): CsvLine {
	const line: CsvLine = {
		kind,
		key: m.scope,
		name,
		federal_district: m.scope === 'RU' ? null : m.scope,
		per_100: m.median_per_100,
		population: m.median_population
	};
	for (const c of FUNDING_COLUMNS) line[c] = m[`median_${c}` as `median_${FundingColumn}`];
	return line;
}

/** CSV of the pinned regions in pin order, their districts' medians and Russia's medians. */
export function compareCsv(
	rows: readonly CompareRegionRow[],
	medians: readonly CompareMedianRow[],
	text: Text
): string {
	const regions: CsvLine[] = rows.map((r) => {
		const line: CsvLine = {
			kind: text.t('compare.csvRegion'),
			key: r.key,
			name: regionLabel(r, text),
			federal_district: r.federal_district,
			access_level: r.access_level,
			access_as_of: r.access_as_of,
			per_100: r.per_100,
			usage_value: r.usage_value,
			usage_metric: r.usage_metric,
			usage_date: r.usage_date,
			population: r.population,
			population_date: r.population_date
		};
		for (const c of FUNDING_COLUMNS) line[c] = r[c];
		return line;
	});
	const districts = [...new Set(rows.map((r) => r.federal_district).filter((d): d is string => !!d))];
	const byScope = new Map(medians.map((m) => [m.scope, m]));
	const districtLines = districts
		.map((d) => byScope.get(d))
		.filter((m): m is CompareMedianRow => m !== undefined)
		.map((m) => {
			const row = rows.find((r) => r.federal_district === m.scope);
			const abbr = (text.locale === 'ru' ? row?.district_abbr_ru : row?.district_abbr_en) ?? m.scope;
			return medianLine(m, `${text.t('compare.csvDistrictMedian')} ${abbr}`, text.t('compare.csvDistrictMedian'));
		});
	const country = byScope.get('RU');
	const countryLines = country
		? [medianLine(country, text.t('compare.csvCountryMedian'), text.t('compare.csvCountryMedian'))]
		: [];
	return toCsv([...regions, ...districtLines, ...countryLines], COLUMNS);
}
