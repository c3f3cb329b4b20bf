/**
 * The import worker: everything that touches a whole file or runs the region matcher happens here, off
 * the page's thread (a module worker of our own: papaparse's `worker: true` hangs in Vite production
 * builds). It holds the chosen file's decoded sample, and after `transcode` the UTF-8 text, until the
 * page asks it to `persist` or `discard` it. Protocol: `worker-protocol.ts`.
 */
/// <reference lib="webworker" />
import { detectBom, type Encoding } from './decode';
import { BlankLineScanner } from './blank-lines';
import { ImportError, messageOf } from './import-error';
import { createRegionMatcher, matchInMode, type RegionMatcher } from './region-matching';
import { analyseSample, SAMPLE_BYTES, sniffSample } from './sample-pipeline';
import { assertReadable, ShapeScanner } from './shape-scan';
import { saveImport } from './storage';
import { blobChunks, transcodeToUtf8, utf8Slice } from './transcode';
import type { AnalyseResult, Request, ShapeRequest, SniffResult, TranscodeResult, WorkerMessage } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

let matcher: RegionMatcher | null = null;
let sampleText = '';
let sampleWhole = true;
let text: Blob | null = null;

async function sniff(f: File, forced?: Encoding): Promise<SniffResult> {
	text = null;
	const head = new Uint8Array(await f.slice(0, Math.min(f.size, SAMPLE_BYTES)).arrayBuffer());
	const sniffed = sniffSample(head, f.size, matcher, forced);
	sampleText = sniffed.text;
	sampleWhole = sniffed.result.wholeFile;
	return sniffed.result;
}

function analyse(req: Extract<Request, { type: 'analyse' }>): AnalyseResult {
	return analyseSample({
		text: sampleText,
		settings: req.settings,
		matcher,
		regionColumn: req.regionColumn,
		regionMode: req.regionMode,
		wholeFile: sampleWhole
	});
}

/**
 * Decode the whole file and read its records (one pass; a second one only when line breaks of several kinds
 * turn up after the sample). A record with too many fields or a quote never closed ends here, with the line:
 * DuckDB would refuse the file in English, or cut it.
 */
async function transcode(id: number, f: File, encoding: Encoding, shapeReq: ShapeRequest): Promise<TranscodeResult> {
	const total = f.size;
	const bom = encoding === 'utf-8' ? (detectBom(new Uint8Array(await f.slice(0, 3).arrayBuffer()))?.bom ?? 0) : 0;
	const pass = async (normalize: boolean) => {
		let last = 0;
		const blank = new BlankLineScanner(shapeReq.skip);
		const scan = new ShapeScanner(shapeReq);
		const bytes = await transcodeToUtf8({
			encoding,
			totalBytes: total,
			chunks: blobChunks(f),
			checkOnly: true,
			normalizeNewlines: normalize,
			onText: (t) => scan.push(t),
			onOutput: (chunk) => blank.push(chunk),
			onProgress: (done) => {
				// Every ~1 % is enough for a smooth bar without flooding the page with messages.
				if (done - last >= total / 100 || done === total) {
					last = done;
					post({ id, progress: { done, total } });
				}
			}
		});
		return { bytes, shape: scan.end(), blankLines: blank.found, normalized: normalize };
	};
	let result = await pass(shapeReq.normalizeNewlines);
	if (result.shape.mixedNewlines && !result.normalized) result = await pass(true);
	const { shape } = result;
	assertReadable(shape, shapeReq.columns);
	text = encoding === 'utf-8' && !result.normalized ? utf8Slice(f, bom) : new Blob([result.bytes as BlobPart]);
	return { text, size: text.size, blankLines: result.blankLines, shape };
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
			return post({ id, ok: true, result: await transcode(id, req.file, req.encoding, req.shape) });
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
