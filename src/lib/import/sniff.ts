/**
 * Sniffing a CSV's layout from a sample of its first records: the delimiter, where the header is (title
 * records above it are skipped), whether there is a header at all and how sure that is, and the first
 * records as parsed, for the preview.
 *
 * Everything is read through `records.ts` (the same rules DuckDB applies when it loads the file), so a
 * quoted cell with a line break is one cell and a sparse record is still a record. Everything guessed here
 * is shown to the user and can be overridden; what is not sure is asked, never applied silently.
 * Delimiters are never guessed by papaparse (it fails on decimal commas, PapaParse#153/#910): each
 * candidate is scored by how consistently it splits the records.
 */
import { parseRecords, type CsvRecord, type ScanStats } from './records';

export const DELIMITERS = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface Layout {
	delimiter: Delimiter;
	/**
	 * Records and empty lines before the header (or before the first record when there is no header):
	 * DuckDB's `skip`. It is the header's 0-based physical line unless a title above it holds a quoted line break.
	 */
	headerLine: number;
	hasHeader: boolean;
}

/** How sure the header finder is that the first table record is (or is not) a header. */
export type HeaderCertainty = 'sure' | 'unsure';

/** Physical lines of `text`, without line-break characters (`\n`, `\r\n`, `\r`). A trailing empty line is dropped. */
export function splitLines(text: string): string[] {
	const lines = text.split(/\r\n|\n|\r/);
	if (lines.length && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** The fields of one line, honouring `"…"` quotes and `""` inside them (one record of `records.ts`). */
export function splitFields(line: string, delimiter: string): string[] {
	return parseRecords(line, delimiter, 1).records[0]?.fields ?? [''];
}

function nonEmpty(fields: readonly string[]): number {
	let n = 0;
	for (const f of fields) if (f.trim() !== '') n++;
	return n;
}

/** The most frequent value above 1 (ties: the larger), or 1. */
function modeAbove1(counts: readonly number[]): number {
	const freq = new Map<number, number>();
	for (const c of counts) if (c > 1) freq.set(c, (freq.get(c) ?? 0) + 1);
	let best = 1;
	let bestFreq = 0;
	for (const [c, f] of freq) {
		if (f > bestFreq || (f === bestFreq && c > best)) {
			best = c;
			bestFreq = f;
		}
	}
	return best;
}

export interface DelimiterScore {
	delimiter: Delimiter;
	/** Fields per record on most records. */
	fields: number;
	/** Share of records with exactly that many fields. */
	consistency: number;
}

/** At most this much of the sample is read to score the delimiters (4 parses). */
const SCORE_CHARS = 64 * 1024;
const SCORE_RECORDS = 200;

/**
 * Score each candidate delimiter over the records of `text` and return the best first. A delimiter that
 * splits most records into the same number (> 1) of fields wins; title records count against every
 * candidate alike.
 */
export function sniffDelimiter(text: string): DelimiterScore[] {
	const head = text.length > SCORE_CHARS ? text.slice(0, SCORE_CHARS) : text;
	const scores = DELIMITERS.map((delimiter): DelimiterScore => {
		const records = parseRecords(head, delimiter, SCORE_RECORDS).records;
		// The last record of a cut sample may be cut too.
		const body = text.length > SCORE_CHARS && records.length > 1 ? records.slice(0, -1) : records;
		const counts = body.map((r) => r.fields.length);
		const fields = modeAbove1(counts);
		const consistency = fields > 1 && body.length ? counts.filter((c) => c === fields).length / body.length : 0;
		return { delimiter, fields, consistency };
	});
	// Stable sort keeps DELIMITERS' order (`;` first, as in Russian exports) among equal scores.
	return scores.sort((a, b) => b.consistency - a.consistency || (b.consistency > 0 ? b.fields - a.fields : 0));
}

const NUMBERISH = /^[+\-\u2212]?[\d\s\u00a0.,%]+$/;
const DATEISH = /^(\d{4}-\d{2}(-\d{2})?|\d{2}\.\d{2}\.\d{4})$/;
/** Words headers are made of («Регион», «Значение, %», «Наименование субъекта», «value»…). */
const HEADER_WORD =
	/(регион|субъект|наименован|название|показател|значени|област|округ|район|код|год|дата|период|всего|итого|колич|числ|доля|процент|единиц|сумм|%|\(.*\)|name|region|value|code|year|date|total|count|share|id$)/iu;

export interface HeaderGuess {
	/** Index in `records` of the header (or of the first record when there is no header). */
	index: number;
	hasHeader: boolean;
	certainty: HeaderCertainty;
}

/**
 * Where the table starts, among records (not lines). The table's width is the most common number of fields;
 * a title record above it («Сведения о … за 2024 год;;;») has fewer than half its cells filled. The first
 * record with at least half the cells filled starts the table; it is a header unless its cells look like the
 * data below them (a number over a column of numbers). `sure` when the header's text differs in kind from
 * the data under it or reads like a header; `unsure` (the page asks) when every column is text.
 */
export function findHeader(records: readonly CsvRecord[]): HeaderGuess {
	const head = records.slice(0, SCORE_RECORDS);
	const width = modeAbove1(head.map((r) => r.fields.length));
	const filled = head.map((r) => nonEmpty(r.fields));
	const usual = modeAbove1(filled);
	const enough = width > 1 ? Math.max(2, Math.ceil(Math.min(width, usual) / 2)) : 1;
	let index = filled.findIndex((n) => n >= enough);
	if (index < 0) index = Math.max(0, filled.findIndex((n) => n > 0));
	const first = head[index]?.fields ?? [];
	const data = head.slice(index + 1, index + 51);
	if (data.length === 0) {
		// Only one record: a header if none of its cells is a number.
		const numeric = first.filter((c) => NUMBERISH.test(c.trim())).length;
		return { index, hasHeader: numeric === 0, certainty: 'unsure' };
	}
	let dataLike = 0;
	let headerLike = 0;
	let cells = 0;
	first.forEach((cell, col) => {
		const c = cell.trim();
		if (!c) return;
		cells++;
		const below = data.map((r) => (r.fields[col] ?? '').trim()).filter(Boolean);
		const numericBelow = below.length > 0 && below.filter((b) => NUMBERISH.test(b) || DATEISH.test(b)).length >= below.length * 0.8;
		const isNumber = NUMBERISH.test(c) || DATEISH.test(c);
		if (numericBelow && isNumber) dataLike++;
		else if (numericBelow && !isNumber) headerLike++;
		else if (HEADER_WORD.test(c) && !below.some((b) => b === c)) headerLike++;
	});
	if (cells === 0) return { index, hasHeader: true, certainty: 'unsure' };
	if (dataLike > cells / 2) return { index, hasHeader: false, certainty: headerLike === 0 ? 'sure' : 'unsure' };
	if (headerLike > 0 && dataLike === 0) return { index, hasHeader: true, certainty: 'sure' };
	return { index, hasHeader: dataLike === 0, certainty: 'unsure' };
}

/** What the sniff found about a sample's line breaks. */
export type Newlines = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** The kind of line breaks in `stats`. */
export function newlinesOf(stats: Pick<ScanStats, 'lf' | 'crlf' | 'cr'>): Newlines {
	const kinds = (['lf', 'crlf', 'cr'] as const).filter((k) => stats[k] > 0);
	if (kinds.length === 0) return 'none';
	return kinds.length === 1 ? (kinds[0] as Newlines) : 'mixed';
}

export interface SniffedLayout extends Layout {
	scores: DelimiterScore[];
	headerCertainty: HeaderCertainty;
	newlines: Newlines;
}

/** Guess the whole layout of a sample. */
export function sniffLayout(text: string): SniffedLayout {
	const scores = sniffDelimiter(text);
	const delimiter = (scores[0] as DelimiterScore).delimiter;
	const parsed = parseRecords(text, delimiter, SCORE_RECORDS + 60);
	const header = findHeader(parsed.records);
	return {
		delimiter,
		headerLine: parsed.records[header.index]?.row ?? 0,
		hasHeader: header.hasHeader,
		headerCertainty: header.certainty,
		newlines: newlinesOf(parsed.stats),
		scores
	};
}

/** A record of the sample whose number of fields differs from the table's. */
export interface RaggedRecord {
	/** 1-based physical line where it starts. */
	line: number;
	fields: number;
}

export interface SampleTable {
	/** Header cells as written (empty when the file has no header). */
	header: string[];
	/** The first records after the header, as text (never typed: «01» stays «01»). */
	rows: string[][];
	/** 1-based physical line of each row. */
	rowLines: number[];
	/** Number of columns: the header's, or the data's usual width when that is larger. */
	columnCount: number;
	/** Records of the sample with more fields than `columnCount` (an error) or fewer (padded; a warning). */
	long: RaggedRecord[];
	short: RaggedRecord[];
	/** A quote opened in the sample and never closed (1-based line), else null. */
	unterminatedQuoteLine: number | null;
	/** The sample holds no record after the header. */
	headerOnly: boolean;
}

/** Offset in `text` where physical line `line` (0-based) starts. */
export function lineOffset(text: string, line: number): number {
	let at = 0;
	for (let i = 0; i < line; i++) {
		const next = text.indexOf('\n', at);
		if (next < 0) return text.length;
		at = next + 1;
	}
	return at;
}

/**
 * Read the sample from the header on (records, quotes and multi-line cells as DuckDB reads them), at most
 * `maxRows` records. `layout.headerLine` counts records and empty lines, as DuckDB's `skip` does.
 * `complete` says the sample is the whole file (a quote still open at its end is then an error).
 */
export function sampleTable(text: string, layout: Layout, maxRows = 200, complete = true): SampleTable {
	const parsed = parseRecords(text, layout.delimiter, layout.headerLine + maxRows + 2);
	const from = parsed.records.findIndex((r) => r.row >= layout.headerLine);
	const records = from < 0 ? [] : parsed.records.slice(from);
	// The last record of a cut sample may itself be cut: leave it out.
	const usable = !complete && !parsed.truncated && records.length > 1 ? records.slice(0, -1) : records;
	const header = layout.hasHeader ? (usable[0]?.fields ?? []) : [];
	const body = (layout.hasHeader ? usable.slice(1) : usable).slice(0, maxRows);
	const width = modeAbove1(body.map((r) => r.fields.length));
	const columnCount = Math.max(header.length, width, 1);
	const long: RaggedRecord[] = [];
	const short: RaggedRecord[] = [];
	for (const r of body) {
		if (r.fields.length > columnCount) long.push({ line: r.line + 1, fields: r.fields.length });
		else if (r.fields.length < columnCount) short.push({ line: r.line + 1, fields: r.fields.length });
	}
	const open = parsed.stats.unterminatedQuoteLine;
	return {
		header,
		rows: body.map((r) => r.fields),
		rowLines: body.map((r) => r.line + 1),
		columnCount,
		long,
		short,
		unterminatedQuoteLine: complete && open !== null ? open + 1 : null,
		headerOnly: body.length === 0
	};
}

/**
 * Column names to show and to use in the imported table: the header's cells, trimmed; an empty one
 * becomes «Столбец N» (`fallback(n)`), a repeated one (or one of `reserved`) gets « (2)», « (3)»…
 */
export function columnNames(
	header: readonly string[],
	count: number,
	fallback: (n: number) => string,
	reserved: readonly string[] = []
): string[] {
	const seen = new Map<string, number>(reserved.map((r) => [r.toLowerCase(), 1]));
	const names: string[] = [];
	for (let i = 0; i < count; i++) {
		let name = (header[i] ?? '').replace(/\s+/g, ' ').trim() || fallback(i + 1);
		const base = name;
		for (let times = 2; seen.has(name.toLowerCase()); times++) name = `${base} (${times})`;
		seen.set(name.toLowerCase(), 1);
		names.push(name);
	}
	return names;
}
