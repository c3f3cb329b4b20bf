/**
 * The heavy half of an import check: the whole file decoded in the worker (progress reported), then read
 * by DuckDB into the raw staging table. What it returns is what the later steps need to know about it.
 */
import type { ReadSettings } from './recipe';
import type { FileShape } from './shape-scan';
import { loadRaw, type StagingEngine } from './staging';
import type { ImportWorker } from './worker-client';

export interface StagedFile {
	/** How the raw table was read (a later change to these means reading it again). */
	read: ReadSettings;
	/** 0-based physical lines after the header that are empty. */
	blankLines: number[];
	/** Size of the UTF-8 text in bytes. */
	storedSize: number;
	/** The records as read in the worker: short rows, the line of every record, line breaks. */
	shape: FileShape;
}

export interface StageFileOptions {
	worker: ImportWorker;
	engine: StagingEngine;
	file: File;
	id: string;
	read: ReadSettings;
	/** The sample mixes kinds of line breaks (they are all written as `\n`). */
	normalizeNewlines: boolean;
	onPhase: (phase: 'decode' | 'load') => void;
	/** Share of the file decoded, 0…1. */
	onProgress: (share: number) => void;
}

/** Decode `file` and load it into `imp_<id>__raw`. */
export async function stageFile(o: StageFileOptions): Promise<StagedFile> {
	o.onPhase('decode');
	o.onProgress(0);
	const shapeRequest = {
		delimiter: o.read.delimiter,
		skip: o.read.headerLine,
		hasHeader: o.read.hasHeader,
		columns: o.read.columnCount,
		normalizeNewlines: o.normalizeNewlines
	};
	const decoded = await o.worker.transcode(o.file, o.read.encoding, shapeRequest, (done, total) => o.onProgress(total ? done / total : 1));
	o.onPhase('load');
	// Short rows are padded with empty cells (and listed in the report); DuckDB then reads in one thread.
	const read: ReadSettings = { ...o.read, padShort: decoded.shape.shortCount > 0 };
	await loadRaw(o.engine, { id: o.id, text: decoded.text, read });
	return { read, blankLines: decoded.blankLines, storedSize: decoded.size, shape: decoded.shape };
}
