/**
 * Which encoding a file that is not UTF-8 is in, and how sure that is. Russian files come in Windows-1251
 * (Excel, 1C), KOI8-R (old Unix mail and web exports), CP866 (DOS-era systems) and, for Western data,
 * Windows-1252. All four decode any byte sequence without error, so the bytes alone cannot tell them
 * apart: each is decoded and the text is scored for looking like words. Wrong Cyrillic decodings give
 * words with capitals inside them («йЦЕЧУЛ» is «Ижевск» in KOI8-R read as Windows-1251) and letters a
 * Russian text rarely uses; Cyrillic read as Windows-1252 gives words made of accented Latin letters
 * («Ïðèâåò»); Latin-1 read as Cyrillic puts a Cyrillic letter inside a Latin word («Josй»).
 */

export const SINGLE_BYTE = ['windows-1251', 'koi8-r', 'ibm866', 'windows-1252'] as const;
export type SingleByteEncoding = (typeof SINGLE_BYTE)[number];

/** The 15 most frequent Russian letters: about 80 % of the letters of any Russian text. */
const COMMON_RU = new Set('оеаинтсрвлкмдпу');
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_ACCENTED = /[\u00c0-\u00ff]/;
const WORD = /[\p{L}]+/gu;

export interface TextPlausibility {
	/** 0…1: how much the non-ASCII words look like real words in this decoding. */
	score: number;
	/** Words with a letter outside ASCII (the evidence the score rests on). */
	words: number;
}

/**
 * Score decoded text: only words with non-ASCII letters count (ASCII reads the same in every encoding).
 *
 * @example textPlausibility('Ижевск;Москва').score → 1
 * @example textPlausibility('йЦЕЧУЛ;мМПЛЧБ').score → 0 (KOI8-R read as Windows-1251)
 */
export function textPlausibility(text: string, script: 'cyrillic' | 'latin'): TextPlausibility {
	let words = 0;
	let good = 0;
	let letters = 0;
	let common = 0;
	for (const [word] of text.slice(0, 200_000).matchAll(WORD)) {
		if (!/[^\p{ASCII}]/u.test(word)) continue;
		words++;
		if (words > 2000) break;
		const hasCyr = CYRILLIC.test(word);
		const hasLatin = /[A-Za-z]/.test(word);
		const accented = [...word].filter((c) => LATIN_ACCENTED.test(c)).length;
		// Capital after a small letter: «йЦЕЧУЛ», «мМПЛЧБ»; allowed once for names like «МакДональдс» is rare enough.
		const innerCapital = /\p{Ll}\p{Lu}/u.test(word);
		let ok: boolean;
		if (script === 'cyrillic') {
			ok = hasCyr && !hasLatin && !innerCapital && !LATIN_ACCENTED.test(word);
			for (const c of word.toLowerCase()) {
				if (!CYRILLIC.test(c)) continue;
				letters++;
				if (COMMON_RU.has(c)) common++;
			}
		} else {
			// Latin text: accented letters among plain ones («José», «Müller»), not words made of them («Ïðèâåò»).
			ok = !hasCyr && !innerCapital && accented <= Math.max(1, word.length / 3);
		}
		if (ok) good++;
	}
	if (words === 0) return { score: 0, words: 0 };
	let score = good / words;
	// Characters outside ASCII that are neither letters nor the punctuation tables use («», —, №, °, NBSP…):
	// box-drawing and currency signs are what a wrong code page turns letters into.
	let high = 0;
	let symbols = 0;
	for (const ch of text.slice(0, 200_000)) {
		if (ch.charCodeAt(0) < 0x80) continue;
		high++;
		if (!/[\p{L}«»—–№°\u00a0…‰·’‘“”„±×]/u.test(ch)) symbols++;
	}
	if (high > 0) score *= Math.max(0, 1 - (3 * symbols) / high);
	// Russian text is ~80 % common letters; a wrong Cyrillic decoding ~40 %.
	if (script === 'cyrillic' && letters > 0) score *= Math.min(1, (common / letters) / 0.6);
	return { score, words };
}

export interface SingleByteGuess {
	encoding: SingleByteEncoding;
	score: number;
	words: number;
	/** Every candidate with its score, best first. */
	ranking: { encoding: SingleByteEncoding; score: number }[];
}

/** Decode `bytes` in each single-byte encoding and rank them by `textPlausibility`. */
export function guessSingleByte(bytes: Uint8Array): SingleByteGuess {
	const sample = bytes.subarray(0, 64 * 1024);
	const ranking = SINGLE_BYTE.map((encoding) => {
		const text = new TextDecoder(encoding).decode(sample);
		const p = textPlausibility(text, encoding === 'windows-1252' ? 'latin' : 'cyrillic');
		return { encoding, score: p.score, words: p.words };
	}).sort((a, b) => b.score - a.score || SINGLE_BYTE.indexOf(a.encoding) - SINGLE_BYTE.indexOf(b.encoding));
	const best = ranking[0] as (typeof ranking)[number];
	return { encoding: best.encoding, score: best.score, words: best.words, ranking: ranking.map(({ encoding, score }) => ({ encoding, score })) };
}
