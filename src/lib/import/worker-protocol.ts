/**
 * Messages between the page and the import worker (`import.worker.ts`). Every request carries an `id`;
 * the worker answers it once with a `Reply` (and, for `transcode`, with `Progress` messages before).
 */
import type { Encoding, EncodingGuess } from './decode';
import type { ColumnKind } from './column-kinds';
import type { MatcherInput, MatchResult, RegionColumnGuess, RegionMode } from './region-matching';
import type { NumberFormatGuess, DecimalSeparator, ThousandsSeparator } from './numbers';
import type { Layout, RaggedRecord, SniffedLayout } from './sniff';
import type { FileShape } from './shape-scan';
import type { ImportRecipe } from './recipe';
import type { ImportErrorCode } from './import-error';

/** How the sample is read: the settings the user sees and can override. */
export interface SampleSettings extends Layout {
	encoding: Encoding;
	decimal: DecimalSeparator;
	thousands: ThousandsSeparator;
	markers: string[];
}

export type Request =
	| { type: 'init'; registry: MatcherInput }
	| { type: 'sniff'; file: File; encoding?: Encoding }
	| { type: 'analyse'; settings: SampleSettings; regionColumn: number | null; regionMode: RegionMode }
	| { type: 'transcode'; file: File; encoding: Encoding; shape: ShapeRequest }
	| { type: 'match'; values: string[]; mode: RegionMode }
	| { type: 'persist'; recipe: ImportRecipe }
	| { type: 'discard' };

/** What the whole-file scan needs to know about the table (see `shape-scan.ts`). */
export interface ShapeRequest {
	delimiter: string;
	/** Records and empty lines before the header (DuckDB's `skip`). */
	skip: number;
	hasHeader: boolean;
	columns: number;
	/** The sample mixes kinds of line breaks: write them all as `\n` from the start. */
	normalizeNewlines: boolean;
}

export interface SniffResult {
	guess: EncodingGuess;
	encoding: Encoding;
	/** False when the sample's words look garbled in `encoding` (the page warns). */
	looksRight: boolean;
	layout: SniffedLayout;
	numberFormat: NumberFormatGuess;
	markersFound: string[];
	/** Bytes of the file the sample covers, and whether it is the whole file. */
	sampleBytes: number;
	wholeFile: boolean;
}

export interface AnalyseResult {
	header: string[];
	/** The first records (at most 50), as text. */
	rows: string[][];
	columnCount: number;
	kinds: ColumnKind[];
	/** The worker's guess of the region column (always computed, whatever `regionColumn` was asked). */
	guess: RegionColumnGuess | null;
	/** Match of each preview row's region cell under the asked (or guessed) column and mode. */
	matches: (MatchResult | null)[];
	/** Some region cell occurs in several sample rows (a long table: rows of one region must combine). */
	regionRepeats: boolean;
	/** 1-based physical line of each preview row. */
	rowLines: number[];
	/** Columns without a header that number the rows (0, 1, 2… — a pandas index): never offered as values. */
	rowNumbers: boolean[];
	/** Sample records with more fields than the table has columns, and with fewer. */
	long: RaggedRecord[];
	short: RaggedRecord[];
	/** 1-based line of a quote never closed in a sample that is the whole file, else null. */
	unterminatedQuoteLine: number | null;
}

export interface TranscodeResult {
	/**
	 * The whole file as UTF-8 without BOM, as a Blob (handed to DuckDB as a file handle, so the page's
	 * thread never holds the text): the chosen file itself, or a slice of it, when it already is UTF-8.
	 */
	text: Blob;
	/** Its size in bytes. */
	size: number;
	/** 0-based physical lines after the header that are empty (DuckDB skips them). */
	blankLines: number[];
	/** The file's records as DuckDB will read them: ragged rows, line map, line breaks. */
	shape: FileShape;
}

export type Reply =
	| { id: number; ok: true; result: unknown }
	| { id: number; ok: false; error: { code: ImportErrorCode; details: Record<string, string | number> } };

export interface Progress {
	id: number;
	progress: { done: number; total: number };
}

export type WorkerMessage = Reply | Progress;
