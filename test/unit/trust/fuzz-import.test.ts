/**
 * Fuzzed input (issue 8): random and mutated CSV bytes fed to the import pipeline — random bytes, valid
 * files with flipped bytes, truncated files, mixed encodings, huge fields, unbalanced quotes — first to
 * its pure parts (decode, sniff, parse, number parsing, region matching), then along the staging path
 * against the real DuckDB engine under Node. Each case must end, within a bound, in rows or a clear,
 * named error (never a TypeError or a hang), and the import loaded before it must be unchanged.
 *
 * ~200 cases per property in CI; `FUZZ_RUNS=5000 npx vitest run test/unit/trust` for a longer run
 * (`FUZZ_SEED` replays a failure).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Engine } from '../../../src/lib/data/engine';
import { createChunkDecoder, decodeInChunks, detectEncoding, ENCODINGS, type Encoding } from '../../../src/lib/import/decode';
import { ImportError } from '../../../src/lib/import/import-error';
import { DEFAULT_MISSING_MARKERS } from '../../../src/lib/import/markers';
import { detectNumberFormat, parseLocaleNumber, type NumberFormat } from '../../../src/lib/import/numbers';
import { SYSTEM_COLUMNS, importTables, type ImportRecipe } from '../../../src/lib/import/recipe';
import { REGION_MODES, matchInMode } from '../../../src/lib/import/region-matching';
import { columnNames, DELIMITERS, sampleTable, sniffLayout, splitLines } from '../../../src/lib/import/sniff';
import { commitImport, discardStaging, loadRaw } from '../../../src/lib/import/staging';
import { checkImport } from '../../../src/lib/import/check';
import { transcodeToUtf8 } from '../../../src/lib/import/transcode';
import { encodeCp1251, encodeUtf16, encodeUtf8 } from '../../fixtures/import/encode';
import { BROKEN_UTF8, ENGLISH_UTF8, MINISTRY_CP1251 } from '../../fixtures/import/files';
import { engineWithRegistry, registryMatcher, stage } from '../import/staged-import';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Per-case bounds: the pure steps on a sample, and one whole staging pass in DuckDB. */
const PURE_BOUND_MS = 2_000;
const STAGE_BOUND_MS = 10_000;
const params = (runs = RUNS) => ({ numRuns: runs, seed: SEED, endOnFailure: true });

let cases = 0;
const counted =
	<A extends unknown[], R>(check: (...args: A) => R) =>
	(...args: A): R => {
		cases++;
		return check(...args);
	};

/** Fails if `fn` takes longer than `bound` ms. */
async function within<T>(bound: number, what: string, fn: () => T | Promise<T>): Promise<T> {
	const started = performance.now();
	const value = await fn();
	const took = performance.now() - started;
	expect(took, `${what} took ${Math.round(took)} ms`).toBeLessThan(bound);
	return value;
}

// ---------------------------------------------------------------------------------------------------
// Generators: files as bytes.

const CELLS = ['Москва', 'г. Москва', 'Тульская обл.', 'Итого', 'ЦФО', '1 234,5', '12.5', '-', 'н/д', '"x;y"', '', '007', 'Ёлки', '=1+1'];

/** A plausible CSV as text: a header and some records of cells from CELLS and random strings. */
const csvText = fc
	.record({
		delimiter: fc.constantFrom(...DELIMITERS),
		columns: fc.integer({ min: 1, max: 6 }),
		rows: fc.integer({ min: 0, max: 30 }),
		cells: fc.array(fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 12 }), fc.stringMatching(/^-?\d{1,7}([.,]\d{1,3})?$/)), { minLength: 200, maxLength: 200 }),
		newline: fc.constantFrom('\n', '\r\n', '\r'),
		titleLines: fc.integer({ min: 0, max: 3 })
	})
	.map(({ delimiter, columns, rows, cells, newline, titleLines }) => {
		const quote = (c: string) => (c.includes(delimiter) || c.includes('"') || /[\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
		const lines = [...Array.from({ length: titleLines }, (_, i) => `Заголовок отчёта ${i + 1}`)];
		lines.push(Array.from({ length: columns }, (_, i) => (i === 0 ? 'Регион' : `Показатель ${i}`)).join(delimiter));
		for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, c) => quote(cells[(r * columns + c) % cells.length] as string)).join(delimiter));
		return lines.join(newline) + newline;
	});

const encodeAs = (text: string, encoding: Encoding): Uint8Array => {
	// Characters Windows-1251 lacks become «?» (ASCII, Cyrillic and the no-break space are kept).
	// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose
	if (encoding === 'windows-1251') return encodeCp1251(text.replace(/[^\u0000-\u007f\u0400-\u045f\u00a0]/g, '?'));
	if (encoding === 'utf-16le' || encoding === 'utf-16be') return encodeUtf16(text, encoding === 'utf-16le' ? 'le' : 'be');
	return encodeUtf8(text);
};

const SEEDS: Uint8Array[] = [encodeCp1251(MINISTRY_CP1251), encodeUtf8(ENGLISH_UTF8), encodeUtf8(BROKEN_UTF8)];

/** Valid CSV bytes in some encoding. */
const validFile = fc.oneof(
	fc.constantFrom(...SEEDS),
	fc.tuple(csvText, fc.constantFrom<Encoding>(...ENCODINGS)).map(([text, enc]) => encodeAs(text, enc))
);

/** Some bytes overwritten at random positions. */
const flipped = fc
	.tuple(validFile, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }))
	.map(([bytes, flips]) => {
		const out = bytes.slice();
		for (const [at, value] of flips) if (out.length) out[at % out.length] = value;
		return out;
	});

const truncated = fc.tuple(validFile, fc.nat()).map(([bytes, at]) => bytes.slice(0, bytes.length ? at % bytes.length : 0));

/** Lines in UTF-8 and Windows-1251 in one file. */
const mixed = fc.tuple(csvText, csvText).map(([a, b]) => {
	const x = encodeUtf8(a);
	const y = encodeAs(b, 'windows-1251');
	const out = new Uint8Array(x.length + y.length);
	out.set(x);
	out.set(y, x.length);
	return out;
});

/** One field of up to 300 000 characters (quoted or not). */
const hugeField = fc
	.tuple(fc.integer({ min: 1_000, max: 300_000 }), fc.boolean(), fc.constantFrom(';', ','))
	.map(([size, quoted, d]) => {
		const big = 'Щ'.repeat(size);
		return encodeUtf8(`Регион${d}Значение${d}Примечание\nМосква${d}1${d}${quoted ? `"${big}"` : big}\nТульская область${d}2${d}x\n`);
	});

/** Quotes opened and never closed, or closed mid-field. */
const unbalanced = fc.tuple(csvText, fc.nat(), fc.constantFrom('"', '""', '"a"b', 'a"')).map(([text, at, q]) => {
	const i = text.length ? at % text.length : 0;
	return encodeUtf8(text.slice(0, i) + q + text.slice(i));
});

const randomBytes = fc.uint8Array({ minLength: 0, maxLength: 4096 });

const anyFile = fc.oneof(validFile, flipped, truncated, mixed, hugeField, unbalanced, randomBytes);

// ---------------------------------------------------------------------------------------------------
// The pure parts, as the import worker runs them on a sample.

function decodeSample(bytes: Uint8Array): { encoding: Encoding; text: string } {
	const guess = detectEncoding(bytes.subarray(0, 64 * 1024));
	expect(ENCODINGS).toContain(guess.encoding);
	const decoder = createChunkDecoder(guess.encoding);
	return { encoding: guess.encoding, text: decoder.push(bytes) + decoder.end() };
}

describe('fuzz: pure parts of the import', () => {
	it('decoding never throws, and chunk boundaries never change the text', () => {
		fc.assert(
			fc.property(
				anyFile,
				fc.integer({ min: 1, max: 64 }),
				counted((bytes: Uint8Array, chunk: number) => {
					const { encoding, text } = decodeSample(bytes);
					expect(decodeInChunks(bytes, encoding, chunk)).toBe(text);
				})
			),
			params()
		);
	});

	it('transcoding to UTF-8 gives the decoded text, or ImportError(not_utf8) for invalid UTF-8', async () => {
		await fc.assert(
			fc.asyncProperty(
				anyFile,
				fc.integer({ min: 1, max: 97 }),
				counted(async (bytes: Uint8Array, chunk: number) => {
					const { encoding, text } = decodeSample(bytes);
					const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
					try {
						const out = await transcodeToUtf8({ encoding, totalBytes: bytes.length, chunks });
						if (encoding !== 'utf-8') expect(new TextDecoder().decode(out)).toBe(text);
					} catch (error) {
						expect(error, String(error)).toBeInstanceOf(ImportError);
						expect((error as ImportError).code).toBe('not_utf8');
						expect(encoding).toBe('utf-8');
					}
				})
			),
			params()
		);
	});

	it('sniffing and parsing a sample never throw and give a usable layout, within a bound', async () => {
		await fc.assert(
			fc.asyncProperty(
				anyFile,
				counted(async (bytes: Uint8Array) => {
					await within(PURE_BOUND_MS, 'sniff + sample', () => {
						const { text } = decodeSample(bytes);
						const layout = sniffLayout(text);
						expect(DELIMITERS).toContain(layout.delimiter);
						expect(layout.headerLine).toBeGreaterThanOrEqual(0);
						expect(layout.headerLine).toBeLessThanOrEqual(Math.max(0, splitLines(text).length));
						const sample = sampleTable(text, layout);
						expect(sample.columnCount).toBeGreaterThanOrEqual(1);
						for (const row of sample.rows) for (const cell of row) expect(typeof cell).toBe('string');
						const names = columnNames(sample.header, sample.columnCount, (n) => `Столбец ${n}`, SYSTEM_COLUMNS);
						expect(names).toHaveLength(sample.columnCount);
						expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
						for (const n of names) expect(SYSTEM_COLUMNS as readonly string[]).not.toContain(n.toLowerCase());
						detectNumberFormat(sample.rows.flat(), layout.delimiter);
					});
				})
			),
			params()
		);
	});

	it('number parsing: any text gives a finite number or null, and formatted numbers read back', () => {
		const format = fc.record<NumberFormat>({ decimal: fc.constantFrom(',', '.'), thousands: fc.constantFrom('none', 'space', '.', ',') });
		fc.assert(
			fc.property(
				fc.string({ maxLength: 40 }),
				format,
				counted((text: string, f: NumberFormat) => {
					const n = parseLocaleNumber(text, f);
					expect(n === null || Number.isFinite(n)).toBe(true);
				})
			),
			params()
		);
		fc.assert(
			fc.property(
				fc.integer({ min: -1e9, max: 1e9 }),
				fc.integer({ min: 0, max: 99 }),
				format,
				counted((int: number, cents: number, f: NumberFormat) => {
					const groupable = f.thousands !== 'none' && f.thousands !== f.decimal;
					const sep = f.thousands === 'space' ? '\u00a0' : f.thousands;
					const digits = String(Math.abs(int));
					const grouped = groupable ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : digits;
					const text = `${int < 0 ? '\u2212' : ''}${grouped}${f.decimal}${String(cents).padStart(2, '0')}`;
					const expected = (int < 0 ? -1 : 1) * (Math.abs(int) + cents / 100);
					expect(parseLocaleNumber(text, f)).toBeCloseTo(expected, 2);
				})
			),
			params()
		);
	});

	it('region matching: any cell in any mode gives one of the known answers', () => {
		const matcher = registryMatcher();
		const kinds = ['region', 'total', 'district', 'ambiguous', 'unknown'];
		const cell = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...CELLS), fc.stringMatching(/^[А-Яа-яЁё .()-]{0,40}$/), fc.stringMatching(/^\d{0,12}$/));
		fc.assert(
			fc.property(
				cell,
				fc.constantFrom(...REGION_MODES),
				counted((value: string, mode: (typeof REGION_MODES)[number]) => {
					const result = matchInMode(matcher, value, mode);
					expect(kinds).toContain(result.kind);
				})
			),
			params()
		);
	});
});

// ---------------------------------------------------------------------------------------------------
// The staging path in DuckDB (Node): load raw → check (regions, stage, problems) → discard.

describe('fuzz: staging in DuckDB', () => {
	let engine: Engine;
	const matcher = registryMatcher();
	const checksum = async () =>
		JSON.stringify((await engine.run(`SELECT count(*)::INTEGER AS n, sum(hash(k))::VARCHAR AS h FROM (SELECT t::VARCHAR AS k FROM imp_base t)`)).toArray());
	const tables = async () =>
		(await engine.run(`SELECT table_name FROM duckdb_tables() ORDER BY 1`)).toArray().map((r) => String(r.table_name));
	let baseline = '';
	const outcomes = { loaded: 0, errors: 0 };
	let baseTables: string[] = [];

	beforeAll(async () => {
		engine = await engineWithRegistry();
		// An import loaded before the fuzzing starts; it must come through every case unchanged.
		const result = await stage(engine, matcher, { id: 'base', text: ENGLISH_UTF8, regionColumn: 0, valueColumns: [2, 3], fixes: { Atlantis: { kind: 'skip' } } });
		await commitImport(engine, result.recipe);
		await discardStaging(engine, 'base');
		baseline = await checksum();
		baseTables = await tables();
	}, 60_000);

	afterAll(() => {
		console.log(
			`[trust] fuzz: ${cases} cases run (FUZZ_RUNS=${RUNS} per property${SEED === undefined ? '' : `, seed ${SEED}`}); ` +
				`staging: ${outcomes.loaded} loaded, ${outcomes.errors} named errors`
		);
	});

	/** DuckDB's own errors are named by their class («Invalid Input Error: …»): clear enough to show. */
	const NAMED_DUCKDB = /^(Invalid Input|Conversion|Binder|Parser|Catalog|Out of Range|Constraint|Invalid|Not implemented|Out of Memory) Error/;

	it('any bytes end in a loaded table or a named error, within a bound, and the earlier import is unchanged', async () => {
		await fc.assert(
			fc.asyncProperty(
				anyFile,
				counted(async (bytes: Uint8Array) => {
					const id = 'fuzz';
					await within(STAGE_BOUND_MS, 'staging', async () => {
						const { text } = decodeSample(bytes);
						const layout = sniffLayout(text);
						const sample = sampleTable(text, layout);
						const columns = columnNames(sample.header, sample.columnCount, (n) => `Столбец ${n}`, SYSTEM_COLUMNS);
						const values = sample.columnCount > 1 ? [1] : [];
						const format = detectNumberFormat(sample.rows.map((r) => r[1] ?? ''), layout.delimiter);
						const recipe: ImportRecipe = {
							version: 1,
							id,
							title: id,
							fileName: `${id}.csv`,
							fileSize: bytes.length,
							storedSize: 0,
							importedAt: '2025-01-01T00:00:00.000Z',
							read: { encoding: 'utf-8', delimiter: layout.delimiter, headerLine: layout.headerLine, hasHeader: layout.hasHeader, columnCount: sample.columnCount },
							parse: { decimal: format.decimal, thousands: format.thousands, markers: [...DEFAULT_MISSING_MARKERS] },
							columns,
							regionColumn: 0,
							regionMode: 'name',
							values: values.map((index) => ({ index, label: columns[index] as string, unit: '', date: '' })),
							aggregate: 'none',
							resolutions: [],
							rowCount: 0,
							regionCount: 0
						};
						// Run the pipeline; judge what it did afterwards (assertions never run inside its try).
						let outcome: { records: number; staged: number | null } | { error: unknown };
						try {
							const records = await loadRaw(engine, { id, text: encodeUtf8(text), read: recipe.read });
							let staged: number | null = null;
							if (values.length) {
								const result = await checkImport({
									engine,
									match: async (cells, mode) => cells.map((v) => matchInMode(matcher, v, mode)),
									recipe,
									fixes: {},
									lines: { firstDataLine: layout.headerLine + (layout.hasHeader ? 1 : 0), blankLines: [] }
								});
								staged = result.summary.records;
							}
							outcome = { records, staged };
						} catch (error) {
							outcome = { error };
						} finally {
							await discardStaging(engine, id);
						}
						if ('error' in outcome) {
							const { error } = outcome;
							const named = error instanceof ImportError || (error instanceof Error && NAMED_DUCKDB.test(error.message));
							expect(named, `not a named error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`).toBe(true);
							outcomes.errors++;
						} else {
							expect(outcome.records).toBeGreaterThanOrEqual(0);
							// Records whose every cell is empty are not staged (\`stageSelectSql\`), so at most as many.
							if (outcome.staged !== null) expect(outcome.staged).toBeLessThanOrEqual(outcome.records);
							outcomes.loaded++;
						}
					});
					expect(await checksum()).toBe(baseline);
					expect(await tables()).toEqual(baseTables);
					expect(importTables(id).raw).toBe('imp_fuzz__raw');
				})
			),
			params()
		);
	}, 600_000);
});
