#!/usr/bin/env node
/**
 * SYNTHETIC CSV files for the import benchmark, from a seed. Never shipped, never real data: every record
 * names a «синтетическая» facility, and the files are written to `bench/tmp/` (gitignored).
 *
 * One record = one synthetic facility's month: real region names (from `data/regions/regions.csv`, plus
 * some of their aliases from `aliases.csv`, as real exports spell them), an invented facility, visits,
 * visits with the EMK opened, their share and a note (sometimes quoted, with the delimiter inside).
 *
 * Two variants of the same generator:
 * - `utf8`:   UTF-8, `,` between fields, decimal point;
 * - `cp1251`: Windows-1251, `;` between fields, decimal comma (what Russian government exports look like).
 *   Node can decode Windows-1251 but not encode it, so the encoder is a lookup table built by inverting
 *   `TextDecoder('windows-1251')` over bytes 0x80–0xFF.
 * Each variant is filled up to its own target size (so the cp1251 file holds more records: Cyrillic is
 * one byte there, two in UTF-8). MB means 10^6 bytes throughout the benchmark.
 *
 * Usage: node scripts/gen-synthetic.js [--mb 100] [--seed 42] [--variants utf8,cp1251] [--out bench/tmp]
 * Prints one JSON line per file written. The output is a pure function of (mb, seed, variant).
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @typedef {'utf8' | 'cp1251'} Variant */
/** @typedef {{ synthetic: true, file: string, variant: Variant, seed: number, mb: number, bytes: number, records: number, delimiter: string, decimal: string, encoding: string }} SyntheticFile */

/** @type {Record<Variant, { delimiter: string, decimal: string, encoding: string }>} */
export const VARIANTS = {
	utf8: { delimiter: ',', decimal: '.', encoding: 'utf-8' },
	cp1251: { delimiter: ';', decimal: ',', encoding: 'windows-1251' }
};

/**
 * A seeded PRNG (mulberry32): the same seed gives the same files on every machine.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Unicode code point → Windows-1251 byte, for every character the encoding has.
 * @returns {Map<number, number>}
 */
export function cp1251Table() {
	const decoder = new TextDecoder('windows-1251');
	const table = new Map();
	for (let b = 0x80; b <= 0xff; b++) {
		const ch = decoder.decode(new Uint8Array([b]));
		if (ch !== '\ufffd') table.set(/** @type {number} */ (ch.codePointAt(0)), b);
	}
	return table;
}

/** @type {Map<number, number> | null} */
let table1251 = null;

/**
 * Encode text as Windows-1251; throws on a character the encoding lacks.
 * @param {string} text
 * @returns {Uint8Array}
 */
export function encodeCp1251(text) {
	const table = (table1251 ??= cp1251Table());
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) {
			out[i] = c;
			continue;
		}
		const b = table.get(c);
		if (b === undefined) throw new Error(`encodeCp1251: U+${c.toString(16).padStart(4, '0')} has no Windows-1251 byte`);
		out[i] = b;
	}
	return out;
}

/** Region spellings: each region's official and short name, plus a few aliases (as found in exports). */
function regionNames() {
	/** @param {string} file */
	const lines = (file) =>
		readFileSync(path.join(ROOT, 'data/regions', file), 'utf8')
			.split(/\r?\n/)
			.filter(Boolean);
	const [head = '', ...rows] = lines('regions.csv');
	const cols = head.split(',');
	const nameAt = cols.indexOf('name_ru');
	const shortAt = cols.indexOf('name_short_ru');
	/** @type {string[]} */
	const names = [];
	for (const row of rows) {
		// Region names have no commas or quotes (checked by the data checks); a plain split is enough here.
		const cells = row.split(',');
		names.push(cells[nameAt] ?? '', cells[shortAt] ?? '');
	}
	// Aliases that name one region only (e.g. not «РТ»: Tatarstan or Tyva), so every row matches by itself.
	const aliases = lines('aliases.csv')
		.slice(1)
		.map((row) => row.split(','));
	/** @type {Map<string, Set<string>>} */
	const keysOf = new Map();
	for (const [alias = '', key = ''] of aliases) keysOf.set(alias, (keysOf.get(alias) ?? new Set()).add(key));
	for (const [alias, , lang] of aliases) {
		if (lang === 'ru' && alias && !alias.includes('"') && keysOf.get(alias)?.size === 1) names.push(alias);
	}
	return [...new Set(names.filter(Boolean))];
}

const KINDS = ['поликлиника', 'больница', 'ЦРБ', 'диагностический центр', 'ФАП'];
const NOTES = [
	'',
	'',
	'',
	'данные за месяц',
	'"синтетика; не реальные данные, включая «кавычки»"',
	'"уточнено, см. письмо №12"',
	'оценка'
];

/** @param {Variant} v */
function header(v) {
	const d = VARIANTS[v].delimiter;
	return ['Субъект РФ', 'Период', 'Медицинская организация (синтетическая)', 'Посещений', 'Открыли ЭМК', 'Доля ЭМК (%)', 'Примечание'].join(d) + '\r\n';
}

/**
 * Records of variant `variant`, in encoded chunks of ~1 MB, until `targetBytes` is reached.
 * @param {{ variant: Variant, seed: number, targetBytes: number }} options
 * @returns {Generator<{ bytes: Uint8Array, records: number }>} records: the running count
 */
export function* syntheticChunks({ variant, seed, targetBytes }) {
	const { delimiter: d, decimal } = VARIANTS[variant];
	/** @type {(t: string) => Uint8Array} */
	const encode = variant === 'cp1251' ? encodeCp1251 : (t) => Buffer.from(t, 'utf8');
	const names = regionNames();
	const rnd = mulberry32(seed);
	/** @param {number} n */
	const int = (n) => Math.floor(rnd() * n);
	let written = 0;
	let records = 0;
	let first = true;
	while (written < targetBytes) {
		let text = first ? header(variant) : '';
		first = false;
		while (text.length < 1_000_000) {
			const region = names[int(names.length)];
			const year = 2020 + int(5);
			const month = 1 + int(12);
			const facility = `ГБУЗ ${KINDS[int(KINDS.length)]} № ${1 + int(400)} (синтетическая)`;
			const visits = 50 + int(5000);
			const opened = Math.floor(visits * rnd() * 0.9);
			const share = ((opened / visits) * 100).toFixed(1).replace('.', decimal);
			const note = NOTES[int(NOTES.length)];
			text += `${region}${d}${year}-${String(month).padStart(2, '0')}${d}${facility}${d}${visits}${d}${opened}${d}${share}${d}${note}\r\n`;
			records++;
		}
		let bytes = encode(text);
		const last = written + bytes.length >= targetBytes;
		if (last) {
			// Cut after the last record that still fits: the file is at most the target size.
			const cut = bytes.lastIndexOf(0x0a, targetBytes - written - 1);
			records -= countNewlines(bytes.subarray(cut + 1));
			bytes = bytes.subarray(0, cut + 1);
		}
		written += bytes.length;
		yield { bytes, records };
		if (last) return;
	}
}

/** @param {Uint8Array} bytes */
function countNewlines(bytes) {
	let n = 0;
	for (const b of bytes) if (b === 0x0a) n++;
	return n;
}

/**
 * Write one synthetic file; returns its path, size and record count. Reuses it if it already exists.
 * @param {{ variant: Variant, seed?: number, mb?: number, outDir?: string, force?: boolean }} options
 * @returns {SyntheticFile}
 */
export function writeSynthetic({ variant, seed = 42, mb = 100, outDir = path.join(ROOT, 'bench/tmp'), force = false }) {
	if (!VARIANTS[variant]) throw new Error(`gen-synthetic: unknown variant ${variant}`);
	const targetBytes = Math.round(mb * 1e6);
	mkdirSync(outDir, { recursive: true });
	const file = path.join(outDir, `synthetic-${variant}-${mb}mb-seed${seed}.csv`);
	const meta = `${file}.json`;
	if (!force) {
		try {
			const info = JSON.parse(readFileSync(meta, 'utf8'));
			if (statSync(file).size === info.bytes) return { ...info, file };
		} catch {
			// not there yet
		}
	}
	const fd = openSync(file, 'w');
	let bytes = 0;
	let records = 0;
	try {
		for (const chunk of syntheticChunks({ variant, seed, targetBytes })) {
			writeSync(fd, chunk.bytes);
			bytes += chunk.bytes.length;
			records = chunk.records;
		}
	} finally {
		closeSync(fd);
	}
	/** @type {SyntheticFile} */
	const info = { synthetic: true, file, variant, seed, mb, bytes, records, ...VARIANTS[variant] };
	const metaFd = openSync(meta, 'w');
	writeSync(metaFd, JSON.stringify(info, null, 2));
	closeSync(metaFd);
	return info;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	/** @param {string} name @param {string} fallback @returns {string} */
	const opt = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return (i >= 0 ? args[i + 1] : undefined) ?? fallback;
	};
	const mb = Number(opt('mb', '100'));
	const seed = Number(opt('seed', '42'));
	const outDir = path.resolve(opt('out', path.join(ROOT, 'bench/tmp')));
	for (const variant of /** @type {Variant[]} */ (opt('variants', 'utf8,cp1251').split(','))) {
		console.log(JSON.stringify(writeSynthetic({ variant, seed, mb, outDir, force: args.includes('--force') })));
	}
}
