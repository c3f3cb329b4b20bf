/**
 * The import's first look at a file, as pure functions of its first bytes: what the worker runs when a file
 * is chosen (`sniffSample`) and whenever a setting or the region column changes (`analyseSample`). The
 * torture corpus (`test/fixtures/import-corpus/`) drives every file through these same functions.
 */
import { columnCells, detectColumnKinds } from './column-kinds';
import { createChunkDecoder, detectBinary, detectEncoding, looksRight, wholeLines, type Encoding } from './decode';
import { ImportError } from './import-error';
import { markersIn } from './markers';
import { detectNumberFormat } from './numbers';
import { parseRecords } from './records';
import { guessRegionColumn, matchInMode, type RegionMatcher, type RegionMode } from './region-matching';
import { sampleTable, sniffLayout } from './sniff';
import type { AnalyseResult, SampleSettings, SniffResult } from './worker-protocol';

/** Bytes of a file read for the sample. */
export const SAMPLE_BYTES = 256 * 1024;
/** Records of the sample sent to the page for the preview. */
export const PREVIEW_ROWS = 50;
/**
 * Characters of one cell sent to the page. A preview cell never needs more, and a 200 000-character cell
 * would otherwise travel to the page and be laid out there (the page froze for 21 s before this limit).
 */
export const PREVIEW_CELL_CHARS = 10_000;

/** Decode the sample: whole lines only when the file goes on past it. */
export function decodeSample(head: Uint8Array, encoding: Encoding, wholeFile: boolean): string {
	const decoder = createChunkDecoder(encoding);
	const decoded = decoder.push(head) + (wholeFile ? decoder.end() : '');
	return wholeFile ? decoded : wholeLines(decoded);
}

export interface SniffedSample {
	result: SniffResult;
	/** The decoded sample (kept by the worker for `analyseSample`). */
	text: string;
}

/**
 * Sniff a file from its first bytes (`head`, at most `SAMPLE_BYTES`) and its size. Throws `ImportError` for
 * what is not a table at all: an empty file, a file that is not text (a spreadsheet, a picture, a PDF),
 * a file of only spaces and line breaks, a header with no data below it.
 */
export function sniffSample(head: Uint8Array, size: number, matcher: RegionMatcher | null, forced?: Encoding): SniffedSample {
	if (size === 0) throw new ImportError('empty_file');
	const binary = detectBinary(head);
	if (binary) throw new ImportError('not_text', { kind: binary });
	const guess = detectEncoding(head.subarray(0, 64 * 1024));
	const encoding = forced ?? guess.encoding;
	const wholeFile = size <= head.length;
	const text = decodeSample(head, encoding, wholeFile);
	if (text.trim() === '') throw new ImportError('blank_file');
	const layout = sniffLayout(text);
	if (matcher && layout.hasHeader) {
		// A first record of region names over a column of region names is data, not a header (a headerless list).
		const records = parseRecords(text, layout.delimiter, 60).records.filter((r) => r.row >= layout.headerLine);
		const first = records[0]?.fields ?? [];
		const below = records.slice(1);
		const isRegion = (cell: string) => matchInMode(matcher, cell, 'name').kind === 'region';
		const regionHeader = first.some(
			(cell, col) =>
				isRegion(cell) && below.length > 0 && below.filter((r) => isRegion(r.fields[col] ?? '')).length >= below.length / 2
		);
		if (regionHeader) Object.assign(layout, { hasHeader: false, headerCertainty: 'sure' });
	}
	const sample = sampleTable(text, layout, 200, wholeFile);
	if (sample.headerOnly && wholeFile) throw new ImportError('header_only', { columns: sample.header.length });
	const cells = sample.rows.flat();
	return {
		text,
		result: {
			guess,
			encoding,
			looksRight: looksRight(text, encoding),
			layout,
			numberFormat: detectNumberFormat(cells, layout.delimiter),
			markersFound: markersIn(cells),
			sampleBytes: Math.min(size, head.length),
			wholeFile
		}
	};
}

/** A cell as sent to the page: at most `PREVIEW_CELL_CHARS`, with its full length when cut. */
function previewCell(cell: string): string {
	return cell.length > PREVIEW_CELL_CHARS ? cell.slice(0, PREVIEW_CELL_CHARS) : cell;
}

/** Whole numbers 0, 1, 2… or 1, 2, 3… one per row: a row number (pandas' index), never a measure. */
function isRowNumbers(cells: readonly string[]): boolean {
	if (cells.length < 2) return false;
	const start = Number(cells[0]);
	return cells.every((c, i) => /^\d+$/.test(c.trim()) && Number(c) === start + i) && (start === 0 || start === 1);
}

export interface AnalyseOptions {
	text: string;
	settings: SampleSettings;
	matcher: RegionMatcher | null;
	/** The region column the user chose (null: guess). */
	regionColumn: number | null;
	regionMode: RegionMode;
	/** The sample is the whole file. */
	wholeFile: boolean;
}

/** The preview of a sample under `settings`: columns, kinds, the region guess and matches, ragged records. */
export function analyseSample(o: AnalyseOptions): AnalyseResult {
	const { settings, matcher } = o;
	const sample = sampleTable(o.text, settings, 200, o.wholeFile);
	const format = { decimal: settings.decimal, thousands: settings.thousands };
	const kinds = detectColumnKinds(sample.rows, sample.columnCount, format, settings.markers);
	const columns = kinds.map((_, i) => columnCells(sample.rows, i));
	const guess = matcher ? guessRegionColumn(matcher, columns, kinds, settings.markers, sample.header) : null;
	const column = o.regionColumn ?? (guess && !guess.confirm ? guess.column : null);
	const mode = o.regionColumn === null ? (guess?.mode ?? 'name') : o.regionMode;
	const cells = column === null ? [] : sample.rows.map((r) => (r[column] ?? '').trim()).filter(Boolean);
	const regionRepeats = new Set(cells).size < cells.length;
	const rows = sample.rows.slice(0, PREVIEW_ROWS);
	const matches = rows.map((r) => {
		const cell = column === null ? '' : (r[column] ?? '').trim();
		return matcher && cell ? matchInMode(matcher, cell, mode) : null;
	});
	const rowNumbers = columns.map((c, i) => !(sample.header[i] ?? '').trim() && isRowNumbers(c));
	return {
		header: sample.header.map(previewCell),
		rows: rows.map((r) => r.map(previewCell)),
		rowLines: sample.rowLines.slice(0, PREVIEW_ROWS),
		columnCount: sample.columnCount,
		kinds,
		guess,
		matches,
		regionRepeats,
		rowNumbers,
		long: sample.long,
		short: sample.short,
		unterminatedQuoteLine: sample.unterminatedQuoteLine
	};
}
