/**
 * Pure shaping for a region's page: query rows + language → the plain text the page shows (who the subject
 * is, its access history, its usage figures, and the sources). Every string is plain text for text nodes.
 */
import { formatPercent } from '$lib/i18n/format';
import type { MessageKey } from '$lib/i18n/messages';
import type { Text } from '$lib/i18n/text';
import { accessStageFill } from '$lib/map/legend';
import { accessText, isMarkedStatus } from '$lib/components/ranking/metric-text';
import type {
	RegionAccessRow,
	RegionFactsRow,
	RegionUsageRow
} from '$lib/queries/region-profile';

/** A source as a fact line shows it: «Коммерсантъ, 20.08.2025», linked where a URL is known. */
export interface SourceRef {
	id: string;
	text: string;
	title: string | null;
	url: string | null;
}

interface SourceColumns {
	source_publisher: string | null;
	source_title?: string | null;
	source_url: string | null;
	source_published: string | null;
}

/** The source of a row, or null when it has none. `id` is the URL or the publisher (for de-duplication). */
export function sourceRef(row: SourceColumns, text: Text): SourceRef | null {
	if (!row.source_publisher) return null;
	return {
		id: row.source_url ?? `${row.source_publisher}|${row.source_published ?? ''}`,
		text: text.t('region.sourceItem', {
			publisher: row.source_publisher,
			date: row.source_published ? text.date(row.source_published) : text.t('region.undated')
		}),
		title: row.source_title ?? null,
		url: row.source_url
	};
}

const TYPE_KEYS: Record<string, string> = {
	республика: 'republic',
	край: 'krai',
	область: 'oblast',
	'город федерального значения': 'federalCity',
	'автономная область': 'autonomousOblast',
	'автономный округ': 'autonomousOkrug'
};

/** The subject's full name in the page's language. */
export function regionTitle(facts: Pick<RegionFactsRow, 'name_ru' | 'name_en'>, text: Text): string {
	return text.locale === 'ru' ? facts.name_ru : facts.name_en;
}

/** «Область», «Город федерального значения»…; unknown types are shown as stored. */
export function typeText(type: string, text: Text): string {
	const key = TYPE_KEYS[type];
	return key ? text.t(`region.type.${key}`) : type;
}

/** «Центральный федеральный округ, один из 18 субъектов округа», or «нет данных». */
export function districtText(facts: RegionFactsRow, text: Text): string {
	const name = text.locale === 'ru' ? facts.district_name_ru : facts.district_name_en;
	if (!name) return text.t('region.districtUnknown');
	return text.t('region.districtOf', { district: name, count: facts.district_subjects ?? 0 });
}

/** The district's abbreviation in the page's language (ЦФО / CFD), or null. */
export function districtAbbr(facts: RegionFactsRow, text: Text): string | null {
	return text.locale === 'ru' ? facts.district_abbr_ru : facts.district_abbr_en;
}

/** Heading of the status note for Crimea, Sevastopol and the four subjects of 2022; null for the others. */
export function statusHeading(status: string, text: Text): string | null {
	return isMarkedStatus(status) ? text.t(`region.status.${status}`) : null;
}

/** A date at its published precision: (`2025-08-01`, `month`) → `2025-08`. */
export function atPrecision(date: string | null, precision: string | null): string | null {
	if (!date) return null;
	if (precision === 'year') return date.slice(0, 4);
	if (precision === 'month') return date.slice(0, 7);
	return date;
}

export interface AccessItem {
	date: string;
	service: string;
	channel: string;
	level: string;
	/** Colour of the level (null: drawn as «нет данных»). */
	fill: string | null;
	features: string[];
	launched: string | null;
	evidence: string;
	/** What kind of statement the row rests on («наблюдается в работе», «объявлено», …). */
	statement: string;
	/** «Обещано: частичный доступ» for announced, planned and required rows; null for observations. */
	promise: string | null;
	/** The source's own words, verbatim (Russian). */
	quote: string;
	current: boolean;
	source: SourceRef | null;
}

/** Every access observation as the history list shows it (the rows' order: oldest first). */
export function accessItems(rows: readonly RegionAccessRow[], text: Text): AccessItem[] {
	return rows.map((row) => ({
		date: row.observed_on ? text.date(row.observed_on) : text.t('region.undated'),
		service: row.service_name,
		channel: text.t(`region.channel.${row.channel}` as MessageKey),
		level: accessText(row.access_level, text),
		// Only observations are coloured: a promise is said in words, never with a stage colour.
		fill: row.statement === 'observed' ? accessStageFill(row.access_level) : null,
		features: (row.features ?? '')
			.split(';')
			.filter(Boolean)
			.map((f) => text.t(`region.feature.${f}` as MessageKey)),
		launched: row.launched_year ? text.t('region.launched', { year: String(row.launched_year) }) : null,
		evidence: text.locale === 'ru' ? row.evidence_ru : (row.evidence_en ?? row.evidence_ru),
		statement: text.t(`statement.${row.statement}` as MessageKey),
		promise:
			row.statement === 'observed'
				? null
				: text.t('evidence.promise', {
						level: row.promised_level
							? accessText(row.promised_level, text)
							: text.t('evidence.promisedUnspecified')
					}),
		quote: row.quote,
		current: row.is_current,
		source: sourceRef(row, text)
	}));
}

const QUALIFIERS: Record<string, string> = {
	более: 'more',
	свыше: 'more',
	почти: 'almost',
	около: 'about',
	порядка: 'about'
};

/** A usage figure's value with its qualifier, in its unit: «почти 6 000 000», «70 %», «в 1,5 раза». */
export function usageValueText(row: RegionUsageRow, text: Text): string {
	let value: string;
	if (row.unit === 'percent') value = formatPercent(row.value, text.locale);
	else if (row.unit === 'ratio') value = text.t('region.usage.ratio', { value: text.decimal(row.value, 2) });
	else value = text.number(row.value);
	const qualifier = row.qualifier_ru ? QUALIFIERS[row.qualifier_ru] : undefined;
	if (!qualifier) return value;
	return `${text.locale === 'ru' ? row.qualifier_ru : text.t(`region.qualifier.${qualifier}`)} ${value}`;
}

/** When a figure holds: «на август 2025», «за 2024», «с 01.01.2025 по август 2025», «без даты». */
export function usagePeriodText(row: RegionUsageRow, text: Text): string {
	const end = atPrecision(row.period_end, row.date_precision);
	if (!end) return text.t('region.usage.undated');
	if (!row.period_start) return text.t('region.usage.asOf', { date: text.date(end) });
	const start = atPrecision(row.period_start, row.date_precision);
	if (start === end) return text.t('region.usage.during', { date: text.date(end) });
	return text.t('region.usage.between', { start: text.date(row.period_start), end: text.date(end) });
}

export interface UsageItem {
	metric: string;
	value: string;
	period: string;
	perHundred: string | null;
	/** «Вычислено нами, не опубликовано: 6 000 000 / 1.5», for derived figures. */
	derived: string | null;
	/** The dataset's note on what is counted (English only; shown on the English page). */
	note: string | null;
	source: SourceRef | null;
}

/** Every usage figure as the page lists it (the rows' order: dated, published, newest first). */
export function usageItems(rows: readonly RegionUsageRow[], text: Text): UsageItem[] {
	return rows.map((row) => ({
		metric: text.t(`region.metric.${row.metric}` as MessageKey),
		value: usageValueText(row, text),
		period: usagePeriodText(row, text),
		perHundred:
			row.per_100 === null ? null : text.t('region.usage.perHundred', { value: text.decimal(row.per_100) }),
		derived:
			row.derived && row.formula ? text.t('region.usage.derived', { formula: row.formula }) : null,
		note: text.locale === 'en' ? row.note : null,
		source: sourceRef(row, text)
	}));
}

/** The sources cited on the page, once each, in order of first appearance. */
export function distinctSources(refs: readonly (SourceRef | null)[]): SourceRef[] {
	const seen = new Map<string, SourceRef>();
	for (const ref of refs) if (ref && !seen.has(ref.id)) seen.set(ref.id, ref);
	return [...seen.values()];
}

/**
 * A link to another view with this subject in its URL state, keeping the page's language:
 * ({ path: '/compare', param: 'pin', key: 'RU-TUL', locale: 'en' }) → `/compare?pin=RU-TUL&lang=en`.
 */
export function viewLink(options: {
	path: string;
	param: 'region' | 'pin';
	key: string;
	locale: Text['locale'];
}): string {
	const params = [`${options.param}=${encodeURIComponent(options.key)}`];
	if (options.locale === 'en') params.push('lang=en');
	return `${options.path}?${params.join('&')}`;
}
