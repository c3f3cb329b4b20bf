/**
 * Text encodings of imported files: detection and decoding in whole characters.
 *
 * DuckDB-WASM reads only UTF-8 (Windows-1251 would need the `encodings` extension from the network), so every
 * file is decoded here and handed on as UTF-8. Decoding goes through `TextDecoder` with `stream: true`: a
 * letter whose bytes straddle a chunk boundary is held back until the next chunk, never turned into U+FFFD
 * (the papaparse chunking trap, mholt/PapaParse#751).
 */

/** The encodings an import can be read in. */
export const ENCODINGS = ['utf-8', 'windows-1251', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface EncodingGuess {
	encoding: Encoding;
	/** Length of the byte-order mark at the start of the file (0 if none). */
	bom: number;
	/** How the guess was made: a BOM, the pattern of zero bytes, valid UTF-8, or the fallback. */
	reason: 'bom' | 'zeros' | 'utf8-valid' | 'not-utf8';
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

/**
 * Guess the encoding from the first bytes of a file (a few kilobytes to a megabyte).
 * A BOM decides; else a UTF-16 text without BOM shows zero bytes in every other position (CSV text is
 * mostly ASCII punctuation and digits); else valid UTF-8 is UTF-8; anything else is taken as Windows-1251,
 * the encoding of Russian government exports (KOI8-R and CP866 are not offered).
 *
 * @example detectEncoding(new Uint8Array([0xcf, 0xf0, 0xe8])) → { encoding: 'windows-1251', bom: 0, … }
 */
export function detectEncoding(head: Uint8Array): EncodingGuess {
	const bom = detectBom(head);
	if (bom) return { ...bom, reason: 'bom' };
	const n = Math.min(head.length, 4096) & ~1;
	if (n >= 4) {
		let evenZeros = 0;
		let oddZeros = 0;
		for (let i = 0; i < n; i += 2) {
			if (head[i] === 0) evenZeros++;
			if (head[i + 1] === 0) oddZeros++;
		}
		const pairs = n / 2;
		if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05)
			return { encoding: 'utf-16le', bom: 0, reason: 'zeros' };
		if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05)
			return { encoding: 'utf-16be', bom: 0, reason: 'zeros' };
	}
	if (isValidUtf8(head)) return { encoding: 'utf-8', bom: 0, reason: 'utf8-valid' };
	return { encoding: 'windows-1251', bom: 0, reason: 'not-utf8' };
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
