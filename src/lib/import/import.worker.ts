/**
 * The import worker: everything that touches a whole file or runs the region matcher happens here, off
 * the page's thread (a module worker of our own: papaparse's `worker: true` hangs in Vite production
 * builds). It holds the chosen file's decoded sample, and after `transcode` the UTF-8 text, until the
 * page asks it to `persist` or `discard` it. Protocol: `worker-protocol.ts`.
 */
/// <reference lib="webworker" />
import { createChunkDecoder, detectBom, detectEncoding, wholeLines, type Encoding } from './decode';
import { BlankLineScanner } from './blank-lines';
import { columnCells, detectColumnKinds } from './column-kinds';
import { ImportError, messageOf } from './import-error';
import { markersIn } from './markers';
import { detectNumberFormat } from './numbers';
import { createRegionMatcher, guessRegionColumn, matchInMode, type RegionMatcher } from './region-matching';
import { sampleTable, sniffLayout } from './sniff';
import { saveImport } from './storage';
import { blobChunks, transcodeToUtf8, utf8Slice } from './transcode';
import type { AnalyseResult, Request, SniffResult, TranscodeResult, WorkerMessage } from './worker-protocol';

const SAMPLE_BYTES = 256 * 1024;
const PREVIEW_ROWS = 50;

const scope = self as unknown as DedicatedWorkerGlobalScope;

let matcher: RegionMatcher | null = null;
let sampleText = '';
let text: Blob | null = null;

async function readSample(f: File, encoding: Encoding): Promise<string> {
	const head = new Uint8Array(await f.slice(0, SAMPLE_BYTES).arrayBuffer());
	const decoder = createChunkDecoder(encoding);
	const decoded = decoder.push(head) + (f.size <= SAMPLE_BYTES ? decoder.end() : '');
	return f.size <= SAMPLE_BYTES ? decoded : wholeLines(decoded);
}

async function sniff(f: File, forced?: Encoding): Promise<SniffResult> {
	if (f.size === 0) throw new ImportError('empty_file');
	text = null;
	const head = new Uint8Array(await f.slice(0, Math.min(f.size, 64 * 1024)).arrayBuffer());
	const guess = detectEncoding(head);
	const encoding = forced ?? guess.encoding;
	sampleText = await readSample(f, encoding);
	const layout = sniffLayout(sampleText);
	const sample = sampleTable(sampleText, layout);
	const cells = sample.rows.flat();
	return {
		guess,
		encoding,
		layout,
		numberFormat: detectNumberFormat(cells, layout.delimiter),
		markersFound: markersIn(cells),
		sampleBytes: Math.min(f.size, SAMPLE_BYTES),
		wholeFile: f.size <= SAMPLE_BYTES
	};
}

function analyse(req: Extract<Request, { type: 'analyse' }>): AnalyseResult {
	const { settings } = req;
	const sample = sampleTable(sampleText, settings);
	const format = { decimal: settings.decimal, thousands: settings.thousands };
	const kinds = detectColumnKinds(sample.rows, sample.columnCount, format, settings.markers);
	const columns = kinds.map((_, i) => columnCells(sample.rows, i));
	const guess = matcher ? guessRegionColumn(matcher, columns, kinds, settings.markers) : null;
	const column = req.regionColumn ?? guess?.column ?? null;
	const mode = req.regionColumn === null ? (guess?.mode ?? 'name') : req.regionMode;
	const cells = column === null ? [] : sample.rows.map((r) => (r[column] ?? '').trim()).filter(Boolean);
	const regionRepeats = new Set(cells).size < cells.length;
	const rows = sample.rows.slice(0, PREVIEW_ROWS);
	const matches = rows.map((r) => {
		const cell = column === null ? '' : (r[column] ?? '').trim();
		return matcher && cell ? matchInMode(matcher, cell, mode) : null;
	});
	return { header: sample.header, rows, columnCount: sample.columnCount, kinds, guess, matches, regionRepeats };
}

async function transcode(id: number, f: File, encoding: Encoding, headerLine: number): Promise<TranscodeResult> {
	const total = f.size;
	let last = 0;
	const blank = new BlankLineScanner(headerLine);
	const bom = encoding === 'utf-8' ? (detectBom(new Uint8Array(await f.slice(0, 3).arrayBuffer()))?.bom ?? 0) : 0;
	const bytes = await transcodeToUtf8({
		encoding,
		totalBytes: total,
		chunks: blobChunks(f),
		checkOnly: true,
		onOutput: (chunk) => blank.push(chunk),
		onProgress: (done) => {
			// Every ~1 % is enough for a smooth bar without flooding the page with messages.
			if (done - last >= total / 100 || done === total) {
				last = done;
				post({ id, progress: { done, total } });
			}
		}
	});
	text = encoding === 'utf-8' ? utf8Slice(f, bom) : new Blob([bytes as BlobPart]);
	return { text, size: text.size, blankLines: blank.found };
}

function post(message: WorkerMessage): void {
	scope.postMessage(message);
}

async function handle(id: number, req: Request): Promise<void> {
	switch (req.type) {
		case 'init':
			matcher = createRegionMatcher(req.registry);
			return post({ id, ok: true, result: null });
		case 'sniff':
			return post({ id, ok: true, result: await sniff(req.file, req.encoding) });
		case 'analyse':
			return post({ id, ok: true, result: analyse(req) });
		case 'transcode': {
			return post({ id, ok: true, result: await transcode(id, req.file, req.encoding, req.headerLine) });
		}
		case 'match': {
			const m = matcher;
			if (!m) throw new ImportError('worker_failed', { message: 'registry not loaded' });
			return post({ id, ok: true, result: req.values.map((v) => matchInMode(m, v, req.mode)) });
		}
		case 'persist':
			if (!text) throw new ImportError('storage_failed', { reason: 'unavailable', message: 'nothing to store' });
			await saveImport(req.recipe, text);
			return post({ id, ok: true, result: null });
		case 'discard':
			text = null;
			return post({ id, ok: true, result: null });
	}
}

scope.onmessage = (event: MessageEvent<{ id: number; request: Request }>) => {
	const { id, request } = event.data;
	handle(id, request).catch((error: unknown) => {
		const e = error instanceof ImportError ? error : new ImportError('worker_failed', { message: messageOf(error) });
		post({ id, ok: false, error: { code: e.code, details: e.details } });
	});
};
