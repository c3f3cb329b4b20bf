/**
 * The bulk path's first step: a whole file, read in chunks, turned into one UTF-8 buffer that DuckDB's CSV
 * reader can take. Runs in the import worker (never on the page's thread).
 *
 * - UTF-8 input is checked (a fatal streaming decoder, so a letter across chunks is fine) and copied
 *   without its BOM.
 * - Windows-1251 and UTF-16 are decoded with `TextDecoder` (`stream: true`: a character is never split)
 *   and encoded into the output with `TextEncoder.encodeInto` (no intermediate copies).
 */
import { createChunkDecoder, detectBom, type Encoding } from './decode';
import { ImportError } from './import-error';
import { NewlineNormalizer } from './shape-scan';

export interface TranscodeOptions {
	encoding: Encoding;
	/** Size of the input in bytes (for the first allocation and for progress). */
	totalBytes: number;
	/** The input, in order. */
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
	/** Called after each chunk with the input bytes consumed so far. */
	onProgress?: (doneBytes: number) => void;
	/** Checked between chunks; an aborted signal ends with `ImportError('cancelled')`. */
	signal?: AbortSignal;
	/** Called with each piece of UTF-8 output as it is produced (e.g. to scan it for empty lines). */
	onOutput?: (bytes: Uint8Array) => void;
	/**
	 * UTF-8 input only: check it and call `onOutput`, but keep no copy (the caller hands DuckDB the file
	 * itself); the result is then empty.
	 */
	checkOnly?: boolean;
	/** Called with the decoded text of each chunk, in order (e.g. to scan its records). */
	onText?: (text: string) => void;
	/** Write every `\r\n` and bare `\r` as `\n` (files that mix kinds of line breaks). Implies a copy. */
	normalizeNewlines?: boolean;
}

/** Worst-case growth of the text when re-encoded as UTF-8 (Cyrillic: 1 byte → 2; UTF-16: 2 → 3). */
export const UTF8_GROWTH: Record<Encoding, number> = {
	'utf-8': 1,
	'windows-1251': 2,
	'utf-16le': 1.5,
	'utf-16be': 1.5,
	'koi8-r': 2,
	ibm866: 2,
	'windows-1252': 2
};

class Output {
	buffer: Uint8Array;
	length = 0;

	constructor(capacity: number) {
		this.buffer = new Uint8Array(Math.max(1024, capacity));
	}

	ensure(extra: number): void {
		if (this.length + extra <= this.buffer.length) return;
		const next = new Uint8Array(Math.max(this.length + extra, Math.ceil(this.buffer.length * 1.5)));
		next.set(this.buffer.subarray(0, this.length));
		this.buffer = next;
	}

	copy(bytes: Uint8Array): void {
		this.ensure(bytes.length);
		this.buffer.set(bytes, this.length);
		this.length += bytes.length;
	}

	encode(encoder: TextEncoder, text: string): void {
		// 3 bytes per UTF-16 unit is the most any text takes in UTF-8, so one call always fits.
		this.ensure(text.length * 3);
		this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
	}

	/** The bytes written (after the first `skip`), trimmed to size when the spare room is worth giving back. */
	result(skip: number): Uint8Array {
		const used = this.buffer.subarray(skip, this.length);
		return this.buffer.length - this.length > this.buffer.length * 0.1 ? used.slice() : used;
	}
}

/** Line breaks in `text` (for naming the line of a broken byte). */
function countNewlines(text: string): number {
	let n = 0;
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
	return n;
}

/** `ImportError('not_utf8')` for a chunk that failed to decode: the byte offset and the 1-based line of the bad byte. */
function notUtf8(chunk: Uint8Array, done: number, linesBefore: number): ImportError {
	const lenient = new TextDecoder('utf-8').decode(chunk);
	const at = lenient.indexOf('\ufffd');
	const before = at < 0 ? lenient : lenient.slice(0, at);
	return new ImportError('not_utf8', { offset: done + new TextEncoder().encode(before).length, line: linesBefore + countNewlines(before) + 1 });
}

/** Read every chunk and return the file's text as UTF-8 bytes (no BOM). */
export async function transcodeToUtf8(options: TranscodeOptions): Promise<Uint8Array> {
	const { encoding, totalBytes, chunks, onProgress, signal, onOutput, onText } = options;
	const normalizer = options.normalizeNewlines ? new NewlineNormalizer() : null;
	const checkOnly = options.checkOnly === true && encoding === 'utf-8' && !normalizer;
	const out = new Output(checkOnly ? 0 : Math.ceil(totalBytes * (encoding === 'utf-8' ? 1 : 1.25)));
	const checker = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : null;
	const decoder = encoding === 'utf-8' ? null : createChunkDecoder(encoding);
	const encoder = new TextEncoder();
	let done = 0;
	let lines = 0;
	const emit = (text: string) => {
		onText?.(text);
		const from = out.length;
		out.encode(encoder, normalizer ? normalizer.push(text) : text);
		onOutput?.(out.buffer.subarray(from, out.length));
	};
	for await (const chunk of chunks) {
		if (signal?.aborted) throw new ImportError('cancelled');
		if (checker) {
			let text: string;
			try {
				text = checker.decode(chunk, { stream: true });
			} catch {
				throw notUtf8(chunk, done, lines);
			}
			lines += countNewlines(text);
			if (normalizer) emit(text);
			else {
				onText?.(text);
				if (!checkOnly) out.copy(chunk);
				onOutput?.(chunk);
			}
		} else emit((decoder as ReturnType<typeof createChunkDecoder>).push(chunk));
		done += chunk.length;
		onProgress?.(done);
	}
	if (checker) {
		let tail: string;
		try {
			tail = checker.decode();
		} catch {
			throw new ImportError('not_utf8', { offset: done, line: lines + 1 });
		}
		if (normalizer) emit(tail);
		else onText?.(tail);
	} else emit((decoder as ReturnType<typeof createChunkDecoder>).end());
	if (normalizer) {
		const from = out.length;
		out.encode(encoder, normalizer.end());
		onOutput?.(out.buffer.subarray(from, out.length));
	}
	// The BOM is dropped at the end: with small chunks it can arrive split across several of them.
	return out.result(detectBom(out.buffer.subarray(0, Math.min(3, out.length)))?.encoding === 'utf-8' ? 3 : 0);
}

/** Read a Blob (a File) in chunks of `chunkSize` bytes. */
export async function* blobChunks(blob: Blob, chunkSize = 8 << 20): AsyncGenerator<Uint8Array> {
	for (let at = 0; at < blob.size; at += chunkSize) {
		yield new Uint8Array(await blob.slice(at, at + chunkSize).arrayBuffer());
	}
}

/** The UTF-8 text of a file for DuckDB, without copying it when it already is UTF-8 (minus any BOM). */
export function utf8Slice(file: Blob, bomLength: number): Blob {
	return bomLength ? file.slice(bomLength) : file;
}
