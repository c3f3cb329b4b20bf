import { describe, expect, it } from 'vitest';
import { decodeInChunks, detectEncoding, wholeLines, type Encoding } from '../../../src/lib/import/decode';
import { transcodeToUtf8 } from '../../../src/lib/import/transcode';
import { ImportError } from '../../../src/lib/import/import-error';
import { encodeCp1251, encodeUtf16, encodeUtf8 } from '../../fixtures/import/encode';
import { MINISTRY_CP1251 } from '../../fixtures/import/files';

const TEXT = 'Субъект;Значение\nг. Москва;6 000,0\nЁлкино — «тест» №1;12,5\n';

describe('detectEncoding', () => {
	it.each<[string, Uint8Array, Encoding, number, string, string]>([
		['UTF-8 without BOM', encodeUtf8(TEXT), 'utf-8', 0, 'utf8-valid', 'sure'],
		['UTF-8 with BOM', encodeUtf8(TEXT, true), 'utf-8', 3, 'bom', 'sure'],
		['Windows-1251', encodeCp1251(TEXT), 'windows-1251', 0, 'letters', 'likely'],
		['UTF-16 LE with BOM', encodeUtf16(TEXT, 'le'), 'utf-16le', 2, 'bom', 'sure'],
		['UTF-16 BE with BOM', encodeUtf16(TEXT, 'be'), 'utf-16be', 2, 'bom', 'sure'],
		['UTF-16 LE without BOM', encodeUtf16('region;value\n01;12\n', 'le', false), 'utf-16le', 0, 'zeros', 'likely'],
		['UTF-16 BE without BOM', encodeUtf16('region;value\n01;12\n', 'be', false), 'utf-16be', 0, 'zeros', 'likely'],
		['ASCII only', encodeUtf8('a,b\n1,2\n'), 'utf-8', 0, 'ascii', 'sure']
	])('%s', (_, bytes, encoding, bom, reason, certainty) => {
		expect(detectEncoding(bytes)).toEqual({ encoding, bom, reason, certainty });
	});

	it('still calls a UTF-8 sample valid when it ends in the middle of a letter', () => {
		const bytes = encodeUtf8('Москва');
		expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
	});
});

describe('decodeInChunks', () => {
	it.each<[Encoding, (s: string) => Uint8Array]>([
		['utf-8', (s) => encodeUtf8(s, true)],
		['windows-1251', encodeCp1251],
		['utf-16le', (s) => encodeUtf16(s, 'le')],
		['utf-16be', (s) => encodeUtf16(s, 'be')]
	])('%s decodes whole letters at every chunk size, BOM dropped', (encoding, encode) => {
		const bytes = encode(TEXT);
		for (const size of [1, 2, 3, 5, 7, 64]) expect(decodeInChunks(bytes, encoding, size)).toBe(TEXT);
	});

	it('keeps a two-byte letter whole when a chunk boundary cuts it', () => {
		const bytes = encodeUtf8('ab\u0416cd'); // Ж is D0 96: bytes 2 and 3
		expect(decodeInChunks(bytes, 'utf-8', 3)).toBe('abЖcd');
		expect(decodeInChunks(bytes, 'utf-8', 3)).not.toContain('\ufffd');
	});

	it('wholeLines cuts a sample back to its last line break', () => {
		expect(wholeLines('a;b\n1;2\n3;')).toBe('a;b\n1;2\n');
		expect(wholeLines('no break')).toBe('no break');
	});
});

async function transcode(bytes: Uint8Array, encoding: Encoding, chunkSize: number): Promise<string> {
	const chunks = [] as Uint8Array[];
	for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
	const out = await transcodeToUtf8({ encoding, totalBytes: bytes.length, chunks });
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(out);
}

describe('transcodeToUtf8 (the bulk path)', () => {
	it.each([1, 2, 3, 4096])('turns Windows-1251 into UTF-8 in chunks of %i bytes', async (size) => {
		expect(await transcode(encodeCp1251(MINISTRY_CP1251), 'windows-1251', size)).toBe(MINISTRY_CP1251);
	});

	it.each(['le', 'be'] as const)('turns UTF-16 %s into UTF-8 without the BOM', async (endian) => {
		expect(await transcode(encodeUtf16(TEXT, endian), `utf-16${endian}`, 3)).toBe(TEXT);
	});

	it('copies UTF-8 without its BOM, across chunk boundaries inside letters', async () => {
		expect(await transcode(encodeUtf8(TEXT, true), 'utf-8', 1)).toBe(TEXT);
		expect(await transcode(encodeUtf8(TEXT, true), 'utf-8', 5)).toBe(TEXT);
	});

	it('refuses bytes that are not UTF-8 when UTF-8 was chosen', async () => {
		await expect(transcode(encodeCp1251(TEXT), 'utf-8', 64)).rejects.toBeInstanceOf(ImportError);
	});

	it('reports progress and stops when cancelled', async () => {
		const seen: number[] = [];
		const controller = new AbortController();
		const bytes = encodeCp1251(TEXT);
		const chunks = [bytes.subarray(0, 10), bytes.subarray(10)];
		await expect(
			transcodeToUtf8({
				encoding: 'windows-1251',
				totalBytes: bytes.length,
				chunks,
				signal: controller.signal,
				onProgress: (n) => (seen.push(n), controller.abort())
			})
		).rejects.toMatchObject({ code: 'cancelled' });
		expect(seen).toEqual([10]);
	});
});
