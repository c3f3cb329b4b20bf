/**
 * The one CSV reader of the import's JavaScript side: records, not lines. The preview, the header finder,
 * the delimiter sniffer and the whole-file shape scan all read through `CsvScanner`, with the rules DuckDB
 * applies when it loads the file (`quote = '"'`, `escape = '"'`, strict mode), so what the preview shows is
 * what the check loads.
 *
 * - A field is quoted only when `"` is its first character; `""` inside quotes is one `"`.
 * - `\n`, `\r\n` and a bare `\r` each end a record outside quotes and count as one physical line anywhere.
 * - An empty physical line is not a record (DuckDB skips it too); a line of spaces is.
 * - Text arrives in pieces (`push`); a `\r\n` or a `""` split between two pieces is read correctly.
 */

/** One record as read: its fields, and where it sits in the file (0-based physical lines). */
export interface CsvRecord {
	fields: string[];
	/** Physical line the record starts on. */
	line: number;
	/** Physical lines it spans (more than 1 when a quoted cell holds a line break). */
	lines: number;
	/** Records and empty lines before it: DuckDB's `skip` to start at this record. */
	row: number;
}

/** Counts of the whole text read so far. */
export interface ScanStats {
	records: number;
	/** Line breaks by kind (inside and outside quotes). */
	lf: number;
	crlf: number;
	cr: number;
	/** Line breaks inside quoted cells. */
	quotedNewlines: number;
	/** Empty physical lines skipped. */
	blankLines: number;
	/** 0-based line of a quote opened and never closed (the rest of the file became one cell), else null. */
	unterminatedQuoteLine: number | null;
	/** Physical lines read (a last line without a line break counts). */
	lines: number;
}

export interface ScannerOptions {
	/** Keep the text of each field (the preview); false only counts them (the whole-file scan). */
	collect: boolean;
	/** Called for every record, in order. `fields` is empty when `collect` is false. */
	onRecord: (fields: string[], fieldCount: number, line: number, lines: number, row: number) => void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A streaming CSV reader (see the module doc for its rules).
 *
 * @example
 * const records: string[][] = [];
 * const s = new CsvScanner(';', { collect: true, onRecord: (f) => records.push(f) });
 * s.push('a;"b\n'); s.push('c"\r\n1;2'); s.end();   // records → [['a', 'b\nc'], ['1', '2']]
 */
export class CsvScanner {
	readonly stats: ScanStats = {
		records: 0,
		lf: 0,
		crlf: 0,
		cr: 0,
		quotedNewlines: 0,
		blankLines: 0,
		unterminatedQuoteLine: null,
		lines: 0
	};
	readonly #delim: number;
	readonly #o: ScannerOptions;
	#fields: string[] = [];
	#field = '';
	#count = 0;
	/** `start` (nothing of the field read), `plain`, `quoted`, `quoteSeen` (a `"` inside quotes: end or `""`). */
	#state: 'start' | 'plain' | 'quoted' | 'quoteSeen' = 'start';
	#recordEmpty = true;
	#line = 0;
	#recordLine = 0;
	#quoteLine = 0;
	#pendingCr = false;
	/** Records and empty lines read so far (what DuckDB's `skip` counts). */
	#rows = 0;
	/** A `\r` ended the last piece inside quotes (it may be the first half of `\r\n`). */
	#quotedCr = false;

	constructor(delimiter: string, options: ScannerOptions) {
		this.#delim = delimiter.charCodeAt(0);
		this.#o = options;
	}

	/** Read the next piece of text. */
	push(text: string): void {
		const collect = this.#o.collect;
		let i = 0;
		if (this.#quotedCr) {
			this.#quotedCr = false;
			if (text.charCodeAt(0) === LF) {
				this.stats.cr--;
				this.stats.crlf++;
				i = 1;
			}
		}
		if (this.#pendingCr) {
			this.#pendingCr = false;
			const crlf = text.charCodeAt(0) === LF;
			if (crlf) i = 1;
			this.#newline(crlf);
		}
		let from = i;
		for (; i < text.length; i++) {
			const c = text.charCodeAt(i);
			const state = this.#state;
			if (state === 'quoted') {
				if (c === QUOTE) {
					if (collect) this.#field += text.slice(from, i);
					this.#state = 'quoteSeen';
				} else if (c === LF || c === CR) {
					this.stats.quotedNewlines++;
					if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) {
						this.stats.crlf++;
						i++;
					} else if (c === CR) {
						this.stats.cr++;
						// At the end of a piece it may be the first half of `\r\n` (see `push`).
						if (i + 1 === text.length) this.#quotedCr = true;
					}
					else this.stats.lf++;
					this.#line++;
				}
				continue;
			}
			if (state === 'quoteSeen') {
				if (c === QUOTE) {
					// `""`: one quote character, still inside quotes.
					if (collect) this.#field += '"';
					this.#state = 'quoted';
					from = i + 1;
					continue;
				}
				this.#state = 'plain';
				from = i;
			}
			if (c === this.#delim) {
				if (collect) this.#endField(text.slice(from, i));
				else this.#count++;
				this.#state = 'start';
				this.#recordEmpty = false;
				from = i + 1;
			} else if (c === LF || c === CR) {
				if (collect && this.#state !== 'start') this.#field += text.slice(from, i);
				if (c === CR && i + 1 === text.length) {
					this.#pendingCr = true;
					from = i + 1;
					continue;
				}
				const crlf = c === CR && text.charCodeAt(i + 1) === LF;
				if (crlf) i++;
				this.#newline(crlf || c === LF ? crlf : null);
				from = i + 1;
			} else if (this.#state === 'start') {
				this.#recordEmpty = false;
				if (c === QUOTE) {
					this.#state = 'quoted';
					this.#quoteLine = this.#line;
					from = i + 1;
				} else this.#state = 'plain';
			}
		}
		if (collect && (this.#state === 'plain' || this.#state === 'quoted')) this.#field += text.slice(from);
	}

	/** The end of the text: the last record (if the file does not end with a line break) is reported. */
	end(): void {
		if (this.#pendingCr) {
			this.#pendingCr = false;
			this.#newline(null);
		}
		if (this.#state === 'quoted') this.stats.unterminatedQuoteLine = this.#quoteLine;
		if (!this.#recordEmpty || this.#state !== 'start') {
			this.stats.lines = this.#line + 1;
			this.#emit();
		} else this.stats.lines = this.#line;
	}

	#endField(tail: string): void {
		this.#fields.push(this.#field + tail);
		this.#field = '';
		this.#count++;
	}

	/** A line break outside quotes: `crlf` true for `\r\n`, false for `\n`, null for a bare `\r`. */
	#newline(crlf: boolean | null): void {
		if (crlf === true) this.stats.crlf++;
		else if (crlf === false) this.stats.lf++;
		else this.stats.cr++;
		if (this.#recordEmpty && this.#state === 'start') {
			this.stats.blankLines++;
			this.#rows++;
			this.#line++;
			this.#recordLine = this.#line;
			return;
		}
		this.#emit();
		this.#line++;
		this.#recordLine = this.#line;
	}

	#emit(): void {
		const count = this.#count + 1;
		let fields: string[] = [];
		if (this.#o.collect) {
			this.#fields.push(this.#field);
			fields = this.#fields;
		}
		this.stats.records++;
		this.#o.onRecord(fields, count, this.#recordLine, this.#line - this.#recordLine + 1, this.#rows);
		this.#rows++;
		this.#fields = [];
		this.#field = '';
		this.#count = 0;
		this.#state = 'start';
		this.#recordEmpty = true;
	}
}

/** The result of reading a sample: its first records and the counts. */
export interface ParsedSample {
	records: CsvRecord[];
	stats: ScanStats;
	/** More records followed the last one kept. */
	truncated: boolean;
}

/**
 * Read the records of `text` (a sample or a whole small file), at most `maxRecords`.
 *
 * @example parseRecords('a,b\n"x\ny",2\n', ',').records → [{ fields: ['a','b'], line: 0, lines: 1, row: 0 }, { fields: ['x\ny','2'], line: 1, lines: 2, row: 1 }]
 */
export function parseRecords(text: string, delimiter: string, maxRecords = Infinity): ParsedSample {
	const records: CsvRecord[] = [];
	let truncated = false;
	const scanner = new CsvScanner(delimiter, {
		collect: true,
		onRecord: (fields, _count, line, lines, row) => {
			if (records.length < maxRecords) records.push({ fields, line, lines, row });
			else truncated = true;
		}
	});
	scanner.push(text);
	scanner.end();
	return { records, stats: scanner.stats, truncated };
}
