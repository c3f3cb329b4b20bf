/**
 * Text encodings of imported files: detection and decoding in whole characters.
 *
 * DuckDB-WASM reads only UTF-8 (Windows-1251 would need the `encodings` extension from the network), so every
 * file is decoded here and handed on as UTF-8. Decoding goes through `TextDecoder` with `stream: true`: a
 * letter whose bytes straddle a chunk boundary is held back until the next chunk, never turned into U+FFFD
 * (the papaparse chunking trap, mholt/PapaParse#751).
 */
import { guessSingleByte, textPlausibility } from './encoding-guess';

/**
 * The encodings an import can be read in: the ones Russian files really come in. The first four are the
 * ones earlier versions stored in recipes; the order is also the order of the page's list.
 */
export const ENCODINGS = ['utf-8', 'windows-1251', 'utf-16le', 'utf-16be', 'koi8-r', 'ibm866', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * How sure the guess is: `sure` (a BOM, or UTF-8 with letters outside ASCII, or plain ASCII, which reads the
 * same in every offered encoding), `likely` (one single-byte encoding reads clearly better than the rest)
 * or `unsure` (the page asks the user to look at the sample).
 */
export type EncodingCertainty = 'sure' | 'likely' | 'unsure';

export interface EncodingGuess {
	encoding: Encoding;
	/** Length of the byte-order mark at the start of the file (0 if none). */
	bom: number;
	/**
	 * How the guess was made: a BOM, the pattern of zero bytes, valid UTF-8, plain ASCII, UTF-8 with a few
	 * broken bytes, or the letters of the single-byte decodings.
	 */
	reason: 'bom' | 'zeros' | 'utf8-valid' | 'ascii' | 'utf8-broken' | 'letters';
	certainty: EncodingCertainty;
}

/** The byte-order mark of `head`, if any. */
export function detectBom(head: Uint8Array): { encoding: Encoding; bom: number } | null {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
	if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
	if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
	return null;
}

/** True if `bytes` is valid UTF-8, ignoring a character cut off at the very end of the sample. */
export function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		// `stream: true` keeps an incomplete trailing character pending instead of failing on it.
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/** Well-formed UTF-8 multi-byte sequences and bytes that fit none, in `bytes`. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
	let valid = 0;
	let invalid = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i] as number;
		if (b < 0x80) continue;
		const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		let ok = need > 0 && i + need < bytes.length;
		for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
		if (ok) {
			valid++;
			i += need;
		} else invalid++;
	}
	return { valid, invalid };
}

/** Signatures of files that are not text at all, by the name the message gives them. */
const SIGNATURES: [string, number[]][] = [
	['xlsx', [0x50, 0x4b, 0x03, 0x04]],
	['xls', [0xd0, 0xcf, 0x11, 0xe0]],
	['pdf', [0x25, 0x50, 0x44, 0x46]],
	['png', [0x89, 0x50, 0x4e, 0x47]],
	['jpeg', [0xff, 0xd8, 0xff]],
	['gif', [0x47, 0x49, 0x46, 0x38]],
	['gzip', [0x1f, 0x8b]],
	['7z', [0x37, 0x7a, 0xbc, 0xaf]],
	['rar', [0x52, 0x61, 0x72, 0x21]]
];

/**
 * What kind of non-text file `head` starts like (`xlsx`, `pdf`, `png`, … or `binary` for control bytes
 * that no text file has), or null for text. UTF-16 text (zero bytes in a pattern) is text.
 */
export function detectBinary(head: Uint8Array): string | null {
	for (const [kind, magic] of SIGNATURES) if (magic.every((b, i) => head[i] === b)) return kind;
	if (detectBom(head) || utf16ByZeros(head)) return null;
	const n = Math.min(head.length, 8192);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = head[i] as number;
		if (b === 0) return 'binary';
		if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
	}
	return n > 0 && control > n * 0.02 ? 'binary' : null;
}

/**
 * UTF-16 without a BOM: the high byte of every unit is 0x00 (ASCII) or 0x04 (Cyrillic) in one position of
 * each pair, and the other position varies.
 */
function utf16ByZeros(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(head.length, 4096) & ~1;
	if (n < 4) return null;
	let evenHigh = 0;
	let oddHigh = 0;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		const a = head[i] as number;
		const b = head[i + 1] as number;
		if (a === 0) evenZeros++;
		if (b === 0) oddZeros++;
		if (a === 0 || a === 4) evenHigh++;
		if (b === 0 || b === 4) oddHigh++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
	if (oddHigh > pairs * 0.9 && oddZeros > pairs * 0.05 && evenHigh < pairs * 0.2) return 'utf-16le';
	if (evenHigh > pairs * 0.9 && evenZeros > pairs * 0.05 && oddHigh < pairs * 0.2) return 'utf-16be';
	return null;
}

/** A single-byte guess is `likely` when it reads this well and this much better than the next one. */
const LIKELY_SCORE = 0.6;
const LIKELY_MARGIN = 0.2;
/** Fewer non-ASCII words than this are too little evidence to be more than `unsure`. */
const MIN_WORDS = 3;

/**
 * Guess the encoding from the first bytes of a file (a few kilobytes to a megabyte), and say how sure.
 * A BOM decides; else a UTF-16 text without BOM shows zero bytes in every other position; else valid UTF-8
 * is UTF-8 (`sure` with letters outside ASCII); mostly valid UTF-8 with a few broken bytes stays UTF-8
 * (`unsure`: the check names the line); anything else is scored in Windows-1251, KOI8-R, CP866 and
 * Windows-1252 (`encoding-guess.ts`).
 *
 * @example detectEncoding(new Uint8Array([0xcf, 0xf0, 0xe8])) → { encoding: 'windows-1251', reason: 'letters', … }
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
	const bom = detectBom(head);
	if (bom) return { ...bom, reason: 'bom', certainty: 'sure' };
	const zeros = utf16ByZeros(head);
	if (zeros) return { encoding: zeros, bom: 0, reason: 'zeros', certainty: 'likely' };
	if (isValidUtf8(head)) {
		const ascii = head.every((b) => b < 0x80);
		return { encoding: 'utf-8', bom: 0, reason: ascii ? 'ascii' : 'utf8-valid', certainty: 'sure' };
	}
	const seq = utf8Sequences(head);
	if (seq.valid >= 4 && seq.invalid <= seq.valid / 4) return { encoding: 'utf-8', bom: 0, reason: 'utf8-broken', certainty: 'unsure' };
	const single = guessSingleByte(head);
	const second = single.ranking[1]?.score ?? 0;
	const likely = single.words >= MIN_WORDS && single.score >= LIKELY_SCORE && single.score - second >= LIKELY_MARGIN;
	return { encoding: single.encoding, bom: 0, reason: 'letters', certainty: likely ? 'likely' : 'unsure' };
}

/**
 * Whether `text` (a sample decoded in `encoding`) reads like text in that encoding: false when its words
 * with letters outside ASCII look garbled (the page then warns next to the encoding).
 */
export function looksRight(text: string, encoding: Encoding): boolean {
	if (text.includes('\ufffd')) return false;
	if (encoding.startsWith('utf-')) return true;
	const p = textPlausibility(text, encoding === 'windows-1252' ? 'latin' : 'cyrillic');
	return p.words === 0 || p.score >= 0.5;
}

/** A streaming decoder: feed byte chunks in order, get text that never splits a character. */
export interface ChunkDecoder {
	/** Text of everything complete so far in `chunk` (plus bytes held back from the previous chunk). */
	push(chunk: Uint8Array): string;
	/** Whatever is still held back (a truncated character at the very end becomes U+FFFD). */
	end(): string;
}

/**
 * A decoder for `encoding`. A BOM matching the encoding is dropped (TextDecoder's default), so the first
 * header cell never starts with U+FEFF.
 */
export function createChunkDecoder(encoding: Encoding): ChunkDecoder {
	const decoder = new TextDecoder(encoding);
	return {
		push: (chunk) => decoder.decode(chunk, { stream: true }),
		end: () => decoder.decode()
	};
}

/** Decode `bytes` whole, in chunks of `chunkSize` (tests use small chunks to cut characters apart). */
export function decodeInChunks(bytes: Uint8Array, encoding: Encoding, chunkSize = 1 << 20): string {
	const decoder = createChunkDecoder(encoding);
	const parts: string[] = [];
	for (let at = 0; at < bytes.length; at += chunkSize) parts.push(decoder.push(bytes.subarray(at, at + chunkSize)));
	parts.push(decoder.end());
	return parts.join('');
}

/**
 * The longest prefix of `text` that ends at a line break (a sample read from the start of a file usually
 * ends mid-line). Returns `text` itself if it has no line break.
 */
export function wholeLines(text: string): string {
	const last = text.lastIndexOf('\n');
	return last < 0 ? text : text.slice(0, last + 1);
}
