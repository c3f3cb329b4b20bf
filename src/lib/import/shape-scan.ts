/**
 * The whole file's shape, read while it is decoded (in the import worker, one pass): records, not lines.
 * It finds what DuckDB would otherwise either refuse with an English message or let through unseen:
 * records with more fields than the table has columns (an error, with the line), records with fewer (padded
 * with empty cells; a warning, with the line), a quote that is never closed, and line breaks of more than one
 * kind (the text is then handed to DuckDB with every break as `\n`). It also maps records to physical lines,
 * so every message names the line a spreadsheet or a text editor shows, multi-line cells and empty lines
 * included.
 */
import { ImportError } from './import-error';
import { CsvScanner, type ScanStats } from './records';

/** A record whose number of fields differs from the table's. */
export interface RaggedRow {
	/** 0-based record after the header (as `record_no - 1` in the imported table). */
	record: number;
	/** 1-based physical line where it starts. */
	line: number;
	fields: number;
}

export interface FileShape {
	/** Records after the header. */
	records: number;
	/** The first records with more fields than `columns` (at most `MAX_LISTED`), and how many there are. */
	long: RaggedRow[];
	longCount: number;
	/** The first records with fewer fields (padded with empty cells), and how many there are. */
	short: RaggedRow[];
	shortCount: number;
	/** 1-based line of a quote opened and never closed, else null. */
	unterminatedQuoteLine: number | null;
	/** Line breaks inside quoted cells (DuckDB must not read in parallel with null padding then). */
	quotedNewlines: number;
	/** Line breaks of more than one kind, or bare `\r`: the text given to DuckDB has `\n` only. */
	mixedNewlines: boolean;
	/**
	 * `[record, line]` (0-based record after the header, 0-based physical line) for every record that does not
	 * start where the last such pair, counting one line per record, puts it (after multi-line cells or empty
	 * lines); sorted. `lineOfRecord` in `problems.ts` reads it.
	 */
	lineJumps: [number, number][];
	/** 0-based physical line of the first record after the header. */
	firstDataLine: number;
}

export const MAX_LISTED = 200;
const MAX_JUMPS = 200_000;

export interface ShapeScanOptions {
	delimiter: string;
	/** Records and empty lines before the header (DuckDB's `skip`). */
	skip: number;
	hasHeader: boolean;
	/** Columns of the table (the header's or the sample's usual width). */
	columns: number;
}

/** Feed decoded text in order (`push`), then `end()` for the shape. */
export class ShapeScanner {
	readonly #scanner: CsvScanner;
	readonly #o: ShapeScanOptions;
	#record = -1;
	#nextLine = -1;
	/** The last `[record, line]` jump (records after it are expected one line each). */
	#jump: [number, number] = [0, 0];
	#firstDataLine = -1;
	readonly #shape: Omit<FileShape, 'unterminatedQuoteLine' | 'quotedNewlines' | 'mixedNewlines' | 'firstDataLine'> = {
		records: 0,
		long: [],
		longCount: 0,
		short: [],
		shortCount: 0,
		lineJumps: []
	};

	constructor(o: ShapeScanOptions) {
		this.#o = o;
		this.#scanner = new CsvScanner(o.delimiter, {
			collect: false,
			onRecord: (_fields, count, line, lines, row) => this.#onRecord(count, line, lines, row)
		});
	}

	#onRecord(count: number, line: number, lines: number, row: number): void {
		if (row < this.#o.skip) return;
		if (this.#record === -1 && this.#o.hasHeader && this.#nextLine === -1) {
			// The header record.
			this.#nextLine = line + lines;
			this.#record = 0;
			return;
		}
		if (this.#record === -1) this.#record = 0;
		const record = this.#record++;
		const s = this.#shape;
		s.records++;
		if (this.#firstDataLine < 0) {
			this.#firstDataLine = line;
			this.#jump = [record, line];
		} else if (line !== this.#jump[1] + (record - this.#jump[0]) && s.lineJumps.length < MAX_JUMPS) {
			// After a multi-line cell or an empty line, a record no longer sits where counting one line per record puts it.
			this.#jump = [record, line];
			s.lineJumps.push([record, line]);
		}
		this.#nextLine = line + lines;
		if (count > this.#o.columns) {
			s.longCount++;
			if (s.long.length < MAX_LISTED) s.long.push({ record, line: line + 1, fields: count });
		} else if (count < this.#o.columns) {
			s.shortCount++;
			if (s.short.length < MAX_LISTED) s.short.push({ record, line: line + 1, fields: count });
		}
	}

	push(text: string): void {
		this.#scanner.push(text);
	}

	end(): FileShape {
		this.#scanner.end();
		const st: ScanStats = this.#scanner.stats;
		const kinds = [st.lf, st.crlf, st.cr].filter((n) => n > 0).length;
		return {
			...this.#shape,
			unterminatedQuoteLine: st.unterminatedQuoteLine === null ? null : st.unterminatedQuoteLine + 1,
			quotedNewlines: st.quotedNewlines,
			mixedNewlines: kinds > 1,
			firstDataLine: Math.max(0, this.#firstDataLine)
		};
	}
}

/**
 * Every `\r\n` and bare `\r` of a text stream as `\n`, chunk by chunk (a `\r\n` split between chunks stays one
 * break). Used when the file mixes kinds of line breaks, which DuckDB's reader refuses.
 */
export class NewlineNormalizer {
	#pendingCr = false;

	push(text: string): string {
		let t = text;
		if (this.#pendingCr) {
			this.#pendingCr = false;
			if (t.startsWith('\n')) t = t.slice(1);
			t = '\n' + t;
		}
		if (t.endsWith('\r')) {
			this.#pendingCr = true;
			t = t.slice(0, -1);
		}
		return t.replace(/\r\n?/g, '\n');
	}

	end(): string {
		const out = this.#pendingCr ? '\n' : '';
		this.#pendingCr = false;
		return out;
	}
}

/**
 * Throw what makes a file unreadable as a table, naming the line: a quote never closed (the rest of the file
 * would be one cell) or a record with more fields than the table has columns (DuckDB would refuse it, and
 * padding every other row with an empty column would hide it).
 */
export function assertReadable(shape: FileShape, columns: number): void {
	if (shape.unterminatedQuoteLine !== null) throw new ImportError('unterminated_quote', { line: shape.unterminatedQuoteLine });
	const long = shape.long[0];
	if (long) throw new ImportError('too_many_fields', { line: long.line, found: long.fields, expected: columns, count: shape.longCount });
}

/** The shape of a whole text at once (tests, and files read in one piece). */
export function scanShape(text: string, o: ShapeScanOptions): FileShape {
	const scanner = new ShapeScanner(o);
	scanner.push(text);
	return scanner.end();
}
