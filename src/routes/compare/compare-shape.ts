/**
 * Pure shaping for the compare page: pinned keys + query rows + language → the side-by-side table (one line
 * per measure, one cell per region, district medians under each value, the country's median last), the
 * chart's groups and its title, and the CSV. Tested in Node.
 */
import type { PerResidentGroup } from '$lib/charts/options/per-resident-bars';
import type { Text } from '$lib/i18n/text';
import {
	accessText,
	countText,
	perHundredText,
	perResidentText,
	regionLabel,
	sourceText
} from '$lib/components/ranking/metric-text';
import type {
	CompareMedianRow,
	CompareRegionRow,
	FundingColumn,
	MedianMeasure
} from '$lib/queries/compare';
import { FUNDING_YEARS } from '$lib/domain/measures';

/** A median over fewer subjects than this is not shown as a median («мало данных»). */
export const MIN_MEDIAN_N = 3;

export interface CompareCell {
	main: string;
	notes: string[];
	missing: boolean;
}

export interface CompareLine {
	id: string;
	label: string;
	cells: CompareCell[];
	country: CompareCell;
}

/** The pinned subjects' rows in pin order (unknown keys dropped). */
export function pinnedRows(rows: readonly CompareRegionRow[], pins: readonly string[]): CompareRegionRow[] {
	const byKey = new Map(rows.map((r) => [r.key, r]));
	return pins.map((k) => byKey.get(k)).filter((r): r is CompareRegionRow => r !== undefined);
}

function districtAbbr(row: CompareRegionRow, text: Text): string | null {
	return text.locale === 'ru' ? row.district_abbr_ru : row.district_abbr_en;
}

function medianValue(
	median: CompareMedianRow | undefined,
	measure: MedianMeasure,
	format: (v: number) => string,
	text: Text
): { text: string; missing: boolean } {
	const n = median?.[`n_${measure}`] ?? 0;
	const value = median?.[`median_${measure}`] ?? null;
	if (value === null || n < MIN_MEDIAN_N) return { text: text.t('compare.fewData', { count: n }), missing: true };
	return { text: format(value), missing: false };
}

function numericLine(options: {
	id: string;
	label: string;
	measure: MedianMeasure;
	rows: readonly CompareRegionRow[];
	medians: ReadonlyMap<string, CompareMedianRow>;
	format: (v: number) => string;
	notes?: (row: CompareRegionRow) => (string | null)[];
	text: Text;
}): CompareLine {
	const { measure, medians, format, text } = options;
	const country = medianValue(medians.get('RU'), measure, format, text);
	return {
		id: options.id,
		label: options.label,
		cells: options.rows.map((row) => {
			const value = row[measure];
			const abbr = districtAbbr(row, text);
			const district = row.federal_district
				? medianValue(medians.get(row.federal_district), measure, format, text)
				: null;
			const notes = value === null ? [] : (options.notes?.(row) ?? []);
			if (abbr && district) notes.push(text.t('compare.districtMedian', { district: abbr, value: district.text }));
			return {
				main: value === null ? text.t('access.noData') : format(value),
				notes: notes.filter((n): n is string => n !== null),
				missing: value === null
			};
		}),
		country: {
			main: country.text,
			notes: country.missing
				? []
				: [text.t('compare.medianN', { count: medians.get('RU')?.[`n_${measure}`] ?? 0 })],
			missing: country.missing
		}
	};
}

/** The table: district, access, users per 100, health and subsidy per resident by year, population. */
export function compareLines(
	rows: readonly CompareRegionRow[],
	medianRows: readonly CompareMedianRow[],
	text: Text
): CompareLine[] {
	const medians = new Map(medianRows.map((m) => [m.scope, m]));
	const country = medians.get('RU');
	const perResident = (v: number) => perResidentText(v, text);
	const funding = (kind: 'health' | 'subsidy') =>
		FUNDING_YEARS.map((year) =>
			numericLine({
				id: `${kind}_${year}`,
				label: text.t(`compare.row.${kind}`, { year: String(year) }),
				measure: `${kind}_${year}` as FundingColumn,
				rows,
				medians,
				format: perResident,
				text
			})
		);
	return [
		{
			id: 'district',
			label: text.t('compare.row.district'),
			cells: rows.map((r) => ({
				main: districtAbbr(r, text) ?? text.t('access.noData'),
				notes: [],
				missing: !r.federal_district
			})),
			country: { main: '—', notes: [], missing: true }
		},
		{
			id: 'access',
			label: text.t('compare.row.access'),
			cells: rows.map((r) => {
				const district = r.federal_district ? medians.get(r.federal_district) : undefined;
				const abbr = districtAbbr(r, text);
				const source = r.stage === null ? null : sourceText({ source_publisher: r.access_source_publisher, source_published: r.access_source_published }, text);
				return {
					main: accessText(r.stage === null ? null : r.access_level, text),
					notes: [
						source,
						district && abbr
							? text.t('compare.districtAccess', { district: abbr, known: district.access_known, total: district.subjects })
							: null
					].filter((n): n is string => n !== null),
					missing: r.stage === null
				};
			}),
			country: {
				main: '—',
				notes: country
					? [text.t('compare.countryAccess', { known: country.access_known, total: country.subjects })]
					: [],
				missing: true
			}
		},
		numericLine({
			id: 'per_100',
			label: text.t('compare.row.per100'),
			measure: 'per_100',
			rows,
			medians,
			format: (v) => perHundredText(v, text),
			notes: (r) => [
				r.usage_value === null
					? null
					: countText({ amount: r.usage_value, amount_metric: r.usage_metric, qualifier_ru: r.usage_qualifier_ru }, text),
				r.usage_date ? text.t('compare.asOf', { date: text.date(r.usage_date) }) : null,
				sourceText({ source_publisher: r.usage_source_publisher, source_published: r.usage_source_published }, text)
			],
			text
		}),
		...funding('health'),
		...funding('subsidy'),
		numericLine({
			id: 'population',
			label: text.t('compare.row.population'),
			measure: 'population',
			rows,
			medians,
			format: (v) => text.number(v),
			text
		})
	];
}

/** Chart groups: health spending per resident by year for each pinned region, then the country's median. */
export function compareChartGroups(
	rows: readonly CompareRegionRow[],
	country: CompareMedianRow | undefined,
	text: Text
): PerResidentGroup[] {
	const tip = (year: number, value: number | null, extra: string | null) =>
		[String(year), value === null ? text.t('access.noData') : perResidentText(value, text), extra].filter(
			(l): l is string => l !== null
		);
	return [
		...rows.map((r) => ({
			key: r.key,
			name: regionLabel(r, text),
			median: false,
			values: FUNDING_YEARS.map((y) => r[`health_${y}`]),
			tooltips: FUNDING_YEARS.map((y) => tip(y, r[`health_${y}`], null))
		})),
		{
			key: 'RU',
			name: text.t('region.funding.countryMedian'),
			median: true,
			values: FUNDING_YEARS.map((y) => country?.[`median_health_${y}`] ?? null),
			tooltips: FUNDING_YEARS.map((y) =>
				tip(y, country?.[`median_health_${y}`] ?? null, text.t('region.tooltip.median', { count: country?.[`n_health_${y}`] ?? 0 }))
			)
		}
	];
}

/** «Москва тратит на здравоохранение на жителя в 2,3 раза больше, чем Тульская область (2021)». */
export function compareChartTitle(rows: readonly CompareRegionRow[], text: Text): string {
	const year = FUNDING_YEARS[FUNDING_YEARS.length - 1] as (typeof FUNDING_YEARS)[number];
	const withValue = rows.filter((r) => r[`health_${year}`] !== null);
	if (withValue.length < 2) return text.t('compare.chartTitleSame');
	const sorted = [...withValue].sort((a, b) => (b[`health_${year}`] as number) - (a[`health_${year}`] as number));
	const max = sorted[0] as CompareRegionRow;
	const min = sorted[sorted.length - 1] as CompareRegionRow;
	const ratio = Math.round(((max[`health_${year}`] as number) / (min[`health_${year}`] as number)) * 10) / 10;
	if (ratio < 1.1) return text.t('compare.chartTitleSame');
	return text.t('compare.chartTitle', {
		max: regionLabel(max, text),
		min: regionLabel(min, text),
		times: text.plural('region.funding.times', ratio, { value: text.decimal(ratio) }),
		year: String(year)
	});
}
