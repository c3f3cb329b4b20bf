/**
 * Sniffing a CSV's layout from a sample of its first lines: the delimiter, where the header is (title
 * lines above it are skipped), and the first records as parsed, for the preview.
 *
 * Everything guessed here is shown to the user and can be overridden; nothing is applied silently.
 * Delimiters are never guessed by papaparse (it fails on decimal commas, PapaParse#153/#910): each
 * candidate is scored by how consistently it splits the lines.
 */
import Papa from 'papaparse';

export const DELIMITERS = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface Layout {
	delimiter: Delimiter;
	/** 0-based physical line of the header (or of the first record when there is no header). */
	headerLine: number;
	hasHeader: boolean;
}

/** Physical lines of `text`, without line-break characters. A trailing empty line is dropped. */
export function splitLines(text: string): string[] {
	const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
	if (lines.length && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** The fields of one line, honouring `"…"` quotes and `""` inside them. */
export function splitFields(line: string, delimiter: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i] as string;
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field.trim() === '') {
			quoted = true;
			field = '';
		} else if (c === delimiter) {
			fields.push(field);
			field = '';
		} else field += c;
	}
	fields.push(field);
	return fields;
}

function nonEmpty(fields: readonly string[]): number {
	return fields.filter((f) => f.trim() !== '').length;
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
	/** Fields per line on most lines. */
	fields: number;
	/** Share of non-empty lines with exactly that many fields. */
	consistency: number;
}

/**
 * Score each candidate delimiter and return the best first. A delimiter that splits most lines into the
 * same number (> 1) of fields wins; title lines above the table count against every candidate alike.
 */
export function sniffDelimiter(lines: readonly string[]): DelimiterScore[] {
	const body = lines.filter((l) => l.trim() !== '').slice(0, 200);
	const scores = DELIMITERS.map((delimiter): DelimiterScore => {
		const counts = body.map((l) => splitFields(l, delimiter).length);
		const fields = modeAbove1(counts);
		const consistency = fields > 1 && body.length ? counts.filter((c) => c === fields).length / body.length : 0;
		return { delimiter, fields, consistency };
	});
	// Stable sort keeps DELIMITERS' order (`;` first, as in Russian exports) among equal scores.
	return scores.sort((a, b) => b.consistency - a.consistency || (b.consistency > 0 ? b.fields - a.fields : 0));
}

const NUMBERISH = /^[+\-\u2212]?[\d\s\u00a0.,%]+$/;

/**
 * Where the table starts: the first line with at least half the usual number of non-empty fields that
 * is followed by a line like it (title lines such as «Сведения о … за 2024 год;;;» have one). It is a
 * header unless its cells look like data (numbers where the next line has numbers).
 */
export function findHeader(lines: readonly string[], delimiter: Delimiter): { headerLine: number; hasHeader: boolean } {
	const fields = lines.slice(0, 200).map((l) => splitFields(l, delimiter));
	const usual = modeAbove1(fields.map(nonEmpty));
	const enough = Math.max(usual > 1 ? 2 : 1, Math.ceil(usual / 2));
	let headerLine = fields.findIndex(
		(f, i) => nonEmpty(f) >= enough && (i + 1 >= fields.length || nonEmpty(fields[i + 1] as string[]) >= enough)
	);
	if (headerLine < 0) headerLine = Math.max(0, fields.findIndex((f) => nonEmpty(f) > 0));
	const head = (fields[headerLine] ?? []).map((c) => c.trim()).filter(Boolean);
	const numeric = head.filter((c) => NUMBERISH.test(c)).length;
	return { headerLine, hasHeader: head.length === 0 || numeric <= head.length / 2 };
}

/** Guess the whole layout of a sample. */
export function sniffLayout(text: string): Layout & { scores: DelimiterScore[] } {
	const lines = splitLines(text);
	const scores = sniffDelimiter(lines);
	const delimiter = (scores[0] as DelimiterScore).delimiter;
	return { delimiter, ...findHeader(lines, delimiter), scores };
}

export interface SampleTable {
	/** Header cells as written (empty when the file has no header). */
	header: string[];
	/** The first records after the header, as text (never typed: «01» stays «01»). */
	rows: string[][];
	/** Number of columns: the widest of the header and the sampled records. */
	columnCount: number;
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

/** Parse the sample from the header on with papaparse (quotes, multi-line cells), at most `maxRows` records. */
export function sampleTable(text: string, layout: Layout, maxRows = 200): SampleTable {
	const from = text.slice(lineOffset(text, layout.headerLine));
	const parsed = Papa.parse<string[]>(from, {
		delimiter: layout.delimiter,
		quoteChar: '"',
		dynamicTyping: false,
		skipEmptyLines: 'greedy',
		preview: maxRows + 1
	});
	const records = parsed.data;
	const header = layout.hasHeader ? (records[0] ?? []) : [];
	const rows = (layout.hasHeader ? records.slice(1) : records).slice(0, maxRows);
	const columnCount = Math.max(header.length, ...rows.map((r) => r.length), 1);
	return { header, rows, columnCount };
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
