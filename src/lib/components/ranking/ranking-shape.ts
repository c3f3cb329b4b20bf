/**
 * Pure shaping for the Ranking component: query rows → table entries (formatted, with shared ranks shown
 * as a range), the «нет данных» list, sorting and the CSV. Tested in Node.
 */
import { toCsv } from '$lib/export/csv';
import type { Text } from '$lib/i18n/text';
import type { RankingMetric, RankingRow } from '$lib/queries/ranking';
import { yearsOf } from '$lib/domain/measures';
import {
	countText,
	isMarkedStatus,
	metricValueText,
	regionLabel,
	sourceText
} from './metric-text';

/** One line of the ranking table, every cell already text. */
export interface RankingEntry {
	key: string;
	name: string;
	/** Rank, 1 = highest; null for no data. */
	rank: number | null;
	/** Rank as shown: `5`, or `3–12` for a rank shared by ten subjects. */
	rankText: string;
	/** Accessible rank: «места 3–12, поровну» for a tie, else the number. */
	rankLabel: string;
	rankCountry: number | null;
	/** Raw value, for sorting. */
	value: number | null;
	valueText: string;
	/** What the value rests on: the published count, the total in rubles, the service. */
	detail: string | null;
	date: string | null;
	source: { text: string; url: string | null } | null;
	/** Crimea, Sevastopol and the four subjects of 2022: marked with a note on the territorial rule. */
	marked: boolean;
}

export type RankingSortColumn = 'rank' | 'name';
export interface RankingSort {
	by: RankingSortColumn;
	direction: 'asc' | 'desc';
}

/** Best first: rank ascending. */
export const DEFAULT_RANKING_SORT: RankingSort = { by: 'rank', direction: 'asc' };

function detailText(metric: RankingMetric, row: RankingRow, text: Text): string | null {
	if (row.value === null) return null;
	if (metric === 'access') return row.service_name;
	if (metric === 'internet_use') return text.t('ranking.detail.internet_use');
	if (row.amount === null) return null;
	if (metric === 'users_per_100') return countText({ ...row, amount: row.amount }, text);
	return text.t('ranking.detail.total', { value: `${text.compact(row.amount)} ₽` });
}

/** Entries for every row, in the rows' order. Ties (several rows with one rank) read as a range. */
export function rankingEntries(
	rows: readonly RankingRow[],
	metric: RankingMetric,
	text: Text
): RankingEntry[] {
	const shared = new Map<number, number>();
	for (const row of rows) if (row.rank !== null) shared.set(row.rank, (shared.get(row.rank) ?? 0) + 1);
	return rows.map((row) => {
		const count = row.rank === null ? 0 : (shared.get(row.rank) ?? 1);
		const last = row.rank === null ? null : row.rank + count - 1;
		const tied = count > 1;
		const rankText = row.rank === null ? '—' : tied ? `${row.rank}–${last}` : String(row.rank);
		const source = sourceText(row, text);
		return {
			key: row.key,
			name: regionLabel(row, text),
			rank: row.rank,
			rankText,
			rankLabel: tied
				? text.t('ranking.tiedLabel', { from: String(row.rank), to: String(last) })
				: rankText,
			rankCountry: row.rank_country,
			value: row.value,
			valueText: metricValueText(metric, row.value, text, row.access_level),
			detail: detailText(metric, row, text),
			date: row.value !== null && row.date ? text.date(row.date) : null,
			source: row.value !== null && source ? { text: source, url: row.source_url } : null,
			marked: isMarkedStatus(row.status)
		};
	});
}

/** Entries with a value (to rank) and without (listed apart, never sorted as zero). */
export function splitRanking(entries: readonly RankingEntry[]): {
	ranked: RankingEntry[];
	missing: RankingEntry[];
} {
	return {
		ranked: entries.filter((e) => e.value !== null),
		missing: entries.filter((e) => e.value === null)
	};
}

/**
 * Ranked entries in the chosen order. By rank, ties keep alphabetical order in both directions; by name,
 * the page's language decides the collation.
 */
export function sortRanking(
	entries: readonly RankingEntry[],
	sort: RankingSort,
	locale: Text['locale']
): RankingEntry[] {
	const collator = new Intl.Collator(locale);
	const sign = sort.direction === 'asc' ? 1 : -1;
	return [...entries].sort((a, b) => {
		if (sort.by === 'name') return sign * collator.compare(a.name, b.name);
		const byRank = sign * ((a.rank ?? Infinity) - (b.rank ?? Infinity));
		return byRank || collator.compare(a.name, b.name);
	});
}

/** Names of the no-data subjects, alphabetical in the page's language. */
export function missingNames(missing: readonly RankingEntry[], locale: Text['locale']): RankingEntry[] {
	const collator = new Intl.Collator(locale);
	return [...missing].sort((a, b) => collator.compare(a.name, b.name));
}

/** The ranking as CSV (with BOM): ranked subjects first, then those without data (empty value). */
export function rankingCsv(
	rows: readonly RankingRow[],
	metric: RankingMetric,
	text: Text,
	year?: number | null
): string {
	const records = rows.map((row) => ({
		rank: row.rank,
		rank_country: row.rank_country,
		key: row.key,
		region: regionLabel(row, text),
		federal_district: row.federal_district,
		metric,
		year: yearsOf(metric) ? (year ?? null) : null,
		value: row.value,
		unit: text.t(`ranking.csv.unit.${metric}`),
		access_level: row.access_level,
		date: row.date,
		amount: row.amount,
		amount_metric: row.amount_metric,
		population: row.population,
		population_date: row.population_date,
		source_publisher: row.source_publisher,
		source_published: row.source_published,
		source_url: row.source_url
	}));
	const ordered = [...records.filter((r) => r.value !== null), ...records.filter((r) => r.value === null)];
	return toCsv(ordered, [
		'rank',
		'rank_country',
		'key',
		'region',
		'federal_district',
		'metric',
		'year',
		'value',
		'unit',
		'access_level',
		'date',
		'amount',
		'amount_metric',
		'population',
		'population_date',
		'source_publisher',
		'source_published',
		'source_url'
	]);
}
