/**
 * A contributed evidence row: what the «Предложить сведения» form builds in the browser and what
 * `npm run add:evidence FILE` merges into `data/`. One flat record = one `emr/access.csv` row plus the
 * source it cites. It is validated cell by cell with the datasets' own column schemas and by the evidence
 * rules of `checks-evidence.ts`, so a contribution that passes here passes `npm run check:data` too.
 *
 * Nothing here sends anything anywhere: the form offers the record as a file to download.
 */
import Papa from 'papaparse';
import { evidenceProblems } from './checks-evidence';
import { emrAccess, type EmrAccessRow } from '../data/schemas/emr-access';
import { sources as sourcesSpec, type SourceRow } from '../data/schemas/sources';
import type { DataChangeRow } from '../data/schemas/data-changes';

/** Access columns the contributor fills (source_id is assigned on merge). */
const ACCESS_FIELDS = [
	'key',
	'observed_on',
	'statement',
	'service_name',
	'channel',
	'access_level',
	'promised_level',
	'features',
	'launched_year',
	'quote',
	'evidence_ru',
	'evidence_en'
] as const;

/** Source columns the contributor fills, each mapped to its column in `sources.csv`. */
const SOURCE_FIELDS = {
	source_url: 'url',
	source_publisher: 'publisher',
	source_title: 'title',
	source_published: 'published',
	source_kind: 'kind'
} as const;

export const CONTRIBUTION_FIELDS = [...ACCESS_FIELDS, ...(Object.keys(SOURCE_FIELDS) as (keyof typeof SOURCE_FIELDS)[])];
export type ContributionField = (typeof CONTRIBUTION_FIELDS)[number];

/** The form's text, one string per field (empty = not given). */
export type ContributionFields = Record<ContributionField, string>;

export function emptyContribution(key: string): ContributionFields {
	const fields = Object.fromEntries(CONTRIBUTION_FIELDS.map((f) => [f, ''])) as ContributionFields;
	return { ...fields, key, statement: 'observed', source_kind: 'news' };
}

export interface ContributionProblem {
	field: ContributionField;
	message: string;
}

export interface ValidContribution {
	access: Omit<EmrAccessRow, 'source_id'>;
	source: Pick<SourceRow, 'url' | 'publisher' | 'title' | 'published' | 'kind'>;
}

export type ContributionResult =
	| { ok: true; value: ValidContribution; problems: [] }
	| { ok: false; problems: ContributionProblem[] };

/** Trim every field: stray spaces from a paste are not part of a quote or a date. */
function trimmed(fields: ContributionFields): ContributionFields {
	return Object.fromEntries(CONTRIBUTION_FIELDS.map((f) => [f, (fields[f] ?? '').trim()])) as ContributionFields;
}

/**
 * Validate a contribution with the same schemas and rules as the shipped data. `knownKeys` are the
 * registry keys (plus `RU`); `today` is `YYYY-MM-DD`.
 */
export function validateContribution(
	input: ContributionFields,
	knownKeys: ReadonlySet<string>,
	today: string
): ContributionResult {
	const fields = trimmed(input);
	const problems: ContributionProblem[] = [];
	const access: Record<string, unknown> = {};
	for (const name of ACCESS_FIELDS) {
		const parsed = emrAccess.columns[name].schema.safeParse(fields[name]);
		if (parsed.success) access[name] = parsed.data;
		else problems.push({ field: name, message: parsed.error.issues[0]?.message ?? 'неверное значение' });
	}
	const source: Record<string, unknown> = {};
	for (const [field, column] of Object.entries(SOURCE_FIELDS) as [keyof typeof SOURCE_FIELDS, string][]) {
		const spec = sourcesSpec.columns[column as keyof typeof sourcesSpec.columns];
		const parsed = spec.schema.safeParse(fields[field]);
		if (parsed.success) source[column] = parsed.data;
		else problems.push({ field, message: parsed.error.issues[0]?.message ?? 'неверное значение' });
	}
	// A contribution must be checkable: it needs a link, whatever the shipped table allows.
	if (!fields.source_url) problems.push({ field: 'source_url', message: 'нужна ссылка на источник' });
	if (fields.key && !knownKeys.has(fields.key))
		problems.push({ field: 'key', message: 'нет такого субъекта в справочнике' });
	if (problems.length === 0) {
		const row = access as Omit<EmrAccessRow, 'source_id'>;
		for (const [column, , message] of evidenceProblems(row, (source.published as string | null) ?? null, today))
			problems.push({ field: column as ContributionField, message });
	}
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		value: {
			access: access as Omit<EmrAccessRow, 'source_id'>,
			source: source as ValidContribution['source']
		},
		problems: []
	};
}

/** The contribution as a CSV file: a header and one row (UTF-8). */
export function contributionCsv(fields: ContributionFields): string {
	const row = trimmed(fields);
	return Papa.unparse({ fields: [...CONTRIBUTION_FIELDS], data: [CONTRIBUTION_FIELDS.map((f) => row[f])] }) + '\n';
}

/** The contribution as JSON (one object, the same fields). */
export function contributionJson(fields: ContributionFields): string {
	return JSON.stringify(trimmed(fields), null, 2) + '\n';
}

/**
 * Read a contribution file (JSON object, JSON array, or CSV with the fields as header), as the form wrote
 * it. Several rows may come in one file. Throws with a Russian message on a file of another shape.
 */
export function parseContributions(text: string): ContributionFields[] {
	const body = text.replace(/^\uFEFF/, '').trim();
	let records: Record<string, unknown>[];
	if (body.startsWith('{') || body.startsWith('[')) {
		const parsed: unknown = JSON.parse(body);
		records = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
	} else {
		const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
		if (parsed.errors.length > 0) throw new Error(`CSV не разбирается: ${parsed.errors[0]?.message}`);
		records = parsed.data;
	}
	if (records.length === 0) throw new Error('в файле нет ни одной строки сведений');
	return records.map((record, i) => {
		if (typeof record !== 'object' || record === null) throw new Error(`запись ${i + 1}: не объект`);
		const missing = CONTRIBUTION_FIELDS.filter((f) => !(f in record));
		if (missing.length > 0) throw new Error(`запись ${i + 1}: нет полей ${missing.join(', ')}`);
		return Object.fromEntries(CONTRIBUTION_FIELDS.map((f) => [f, String(record[f] ?? '')])) as ContributionFields;
	});
}

/** A source id for a new source: host and date (`example-org-2026-03-01`), made unique against `taken`. */
export function newSourceId(url: string, published: string | null, taken: ReadonlySet<string>): string {
	const host = new URL(url).hostname.replace(/^www\./, '');
	const slug = (host.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source').slice(0, 40);
	const base = `${slug}-${published ?? 'undated'}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return id;
}

export interface MergeInput {
	accessCsv: string;
	sourcesCsv: string;
	changesCsv: string;
	contributions: readonly ValidContribution[];
	/** Release date of the merge (YYYY-MM-DD). */
	today: string;
	/** Existing sources, to reuse one whose URL matches. */
	existingSources: readonly Pick<SourceRow, 'id' | 'url'>[];
}

/** Append one CSV row, in `columns` order, to a file's text. */
function appendRow(csv: string, columns: readonly string[], row: Record<string, unknown>): string {
	const cells = columns.map((c) => {
		const v = row[c];
		return v === null || v === undefined ? '' : String(v);
	});
	const line = Papa.unparse({ fields: [...columns], data: [cells] }, { header: false });
	return (csv.endsWith('\n') ? csv : csv + '\n') + line + '\n';
}

/**
 * Merge contributions into the texts of access.csv, sources.csv and changes.csv: a new source row per new
 * URL (an existing one is reused), the access row, and a change-log row saying what was added and from
 * where. Pure: returns the new texts.
 */
export function mergeContributions(input: MergeInput): { accessCsv: string; sourcesCsv: string; changesCsv: string } {
	let { accessCsv, sourcesCsv, changesCsv } = input;
	const byUrl = new Map(input.existingSources.filter((s) => s.url).map((s) => [s.url as string, s.id]));
	const taken = new Set(input.existingSources.map((s) => s.id));
	const accessColumns = Object.keys(emrAccess.columns);
	const sourceColumns = Object.keys(sourcesSpec.columns);
	const changeColumns = ['release', 'file', 'key', 'change', 'effect', 'what_ru', 'what_en', 'why_ru', 'why_en'];
	for (const { access, source } of input.contributions) {
		let sourceId = byUrl.get(source.url as string);
		if (!sourceId) {
			sourceId = newSourceId(source.url as string, source.published, taken);
			taken.add(sourceId);
			byUrl.set(source.url as string, sourceId);
			sourcesCsv = appendRow(sourcesCsv, sourceColumns, {
				...source,
				id: sourceId,
				retrieved: input.today,
				note: 'Предложено через форму «Предложить сведения»; проверено при добавлении.'
			});
		}
		accessCsv = appendRow(accessCsv, accessColumns, { ...access, source_id: sourceId });
		const coloured = access.statement === 'observed' && access.access_level !== 'unknown';
		const change: DataChangeRow = {
			release: input.today,
			file: emrAccess.file,
			key: access.key,
			change: 'added',
			effect: coloured ? 'colour' : 'text',
			what_ru: `Добавлена строка «${access.service_name}»: ${access.statement}, ${access.access_level}${access.observed_on ? `, ${access.observed_on}` : ''}.`,
			what_en: `Added row «${access.service_name}»: ${access.statement}, ${access.access_level}${access.observed_on ? `, ${access.observed_on}` : ''}.`,
			why_ru: `Сведения предложены через форму; источник: ${source.publisher}, ${source.url}.`,
			why_en: `Contributed through the form; source: ${source.publisher}, ${source.url}.`
		};
		changesCsv = appendRow(changesCsv, changeColumns, change);
	}
	return { accessCsv, sourcesCsv, changesCsv };
}
