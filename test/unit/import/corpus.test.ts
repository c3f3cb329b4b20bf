/**
 * The import torture corpus (`test/fixtures/import-corpus/`, issue 13): every file through the real pipeline
 * — the worker's sniff and analysis (`sample-pipeline.ts`), the mapping the page suggests (`draft.ts`), the
 * whole-file decode and record scan (`transcode.ts`, `shape-scan.ts`), DuckDB's load and the check
 * (`staging.ts`, `check.ts`) — against the real Node DuckDB with the shipped registry. Each file must end in
 * its expected rows or its expected error; any difference fails. Every file is generated, and must equal its builder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/data/engine';
import { checkImport, type CheckResult } from '../../../src/lib/import/check';
import { buildRecipe, namesOf, settingsFromSniff, suggestMapping } from '../../../src/lib/import/draft';
import { ImportError } from '../../../src/lib/import/import-error';
import { matchInMode } from '../../../src/lib/import/region-matching';
import { analyseSample, SAMPLE_BYTES, sniffSample } from '../../../src/lib/import/sample-pipeline';
import { assertReadable, ShapeScanner } from '../../../src/lib/import/shape-scan';
import { discardStaging, loadRaw } from '../../../src/lib/import/staging';
import { transcodeToUtf8 } from '../../../src/lib/import/transcode';
import { CASES, type CorpusCase } from '../../fixtures/import-corpus/cases';
import { engineWithRegistry, registryMatcher } from './staged-import';

const ROOT = path.resolve(__dirname, '../../fixtures/import-corpus');
const matcher = registryMatcher();
let engine: Engine;

beforeAll(async () => {
	engine = await engineWithRegistry();
}, 60_000);

interface Outcome {
	error?: ImportError;
	sniff?: ReturnType<typeof sniffSample>['result'];
	analysis?: ReturnType<typeof analyseSample>;
	mapping?: ReturnType<typeof suggestMapping>;
	check?: CheckResult;
}

/** What the page would make of `bytes`: stop at the first error, as the page does. */
async function run(c: CorpusCase, bytes: Uint8Array, id: string): Promise<Outcome> {
	const out: Outcome = {};
	try {
		const sniffed = sniffSample(bytes.subarray(0, SAMPLE_BYTES), bytes.length, matcher);
		out.sniff = sniffed.result;
		const settings = settingsFromSniff(sniffed.result);
		const analysis = analyseSample({ text: sniffed.text, settings, matcher, regionColumn: null, regionMode: 'name', wholeFile: sniffed.result.wholeFile });
		out.analysis = analysis;
		const names = namesOf(analysis, (n) => `Столбец ${n}`);
		const mapping = suggestMapping(analysis, names);
		out.mapping = mapping;
		const wantsCheck = c.expect.check !== undefined || (c.expect.error && !['empty_file', 'blank_file', 'header_only', 'not_text'].includes(c.expect.error.code));
		if (!wantsCheck) return out;
		// The user confirms a column of codes the page offers.
		if (mapping.regionColumn === null && analysis.guess?.confirm) Object.assign(mapping, { regionColumn: analysis.guess.column, regionMode: analysis.guess.mode });
		if (mapping.regionColumn === null || mapping.values.length === 0) throw new Error(`${c.file}: nothing to check (region ${mapping.regionColumn}, values ${mapping.values.length})`);
		const recipe = buildRecipe({ id, title: id, file: { name: c.file, size: bytes.length }, settings, columnCount: analysis.columnCount, names, mapping, storedSize: 0 });
		const pass = async (normalize: boolean) => {
			const scan = new ShapeScanner({ delimiter: settings.delimiter, skip: settings.headerLine, hasHeader: settings.hasHeader, columns: analysis.columnCount });
			const text = await transcodeToUtf8({ encoding: settings.encoding, totalBytes: bytes.length, chunks: [bytes], normalizeNewlines: normalize, onText: (t) => scan.push(t) });
			return { text, shape: scan.end(), normalize };
		};
		let decoded = await pass(sniffed.result.layout.newlines === 'mixed');
		if (decoded.shape.mixedNewlines && !decoded.normalize) decoded = await pass(true);
		assertReadable(decoded.shape, analysis.columnCount);
		recipe.read.padShort = decoded.shape.shortCount > 0;
		await loadRaw(engine, { id, text: decoded.text, read: recipe.read });
		const s = decoded.shape;
		out.check = await checkImport({
			engine,
			match: async (values, mode) => values.map((v) => matchInMode(matcher, v, mode)),
			recipe,
			fixes: {},
			lines: { firstDataLine: s.firstDataLine, blankLines: [], jumps: s.lineJumps, short: s.short, shortCount: s.shortCount, columns: analysis.columnCount }
		});
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		out.error = error;
	} finally {
		await discardStaging(engine, id);
	}
	return out;
}

describe('import torture corpus', () => {
	it('holds at least 72 files across all thirteen classes, every one written by generate.ts', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(72);
		// The corpus is our own work: no copied file, every case has a builder and lives under generated/.
		for (const c of CASES) {
			expect(c.build, `${c.file}: no builder`).toBeTypeOf('function');
			expect(c.file.startsWith('generated/'), c.file).toBe(true);
		}
		expect(readdirSync(path.join(ROOT, 'generated')).sort()).toEqual(CASES.map((c) => c.file.slice('generated/'.length)).sort());
		expect(readdirSync(ROOT).sort()).toEqual(['README.md', 'cases.ts', 'generate.ts', 'generated']);
		expect(new Set(CASES.map((c) => c.class)).size).toBe(13);
		expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
	});

	it.each(CASES.map((c, i) => [c.file, c, i] as const))('%s', async (_, c, i) => {
		const bytes = new Uint8Array(readFileSync(path.join(ROOT, c.file)));
		if (c.build) expect(Buffer.from(c.build()).equals(Buffer.from(bytes)), 'committed file differs from generate.ts').toBe(true);
		const e = c.expect;
		const out = await run(c, bytes, `corpus_${i}`);
		if (e.error) {
			expect(out.error?.code, `${c.file}: expected error ${e.error.code}`).toBe(e.error.code);
			if (e.error.details) expect(out.error?.details).toMatchObject(e.error.details);
		} else expect(out.error, `${c.file}: unexpected error ${out.error?.code} ${JSON.stringify(out.error?.details)}`).toBeUndefined();
		const { sniff, analysis, mapping, check } = out;
		if (e.encoding) expect(sniff?.guess.encoding).toBe(e.encoding);
		if (e.certainty) expect(sniff?.guess.certainty).toBe(e.certainty);
		if (e.looksRight !== undefined) expect(sniff?.looksRight).toBe(e.looksRight);
		if (sniff && e.certainty !== 'unsure' && e.looksRight === undefined && !e.error) expect(sniff.looksRight, 'the text looks right in the guessed encoding').toBe(true);
		if (e.delimiter) expect(sniff?.layout.delimiter).toBe(e.delimiter);
		if (e.hasHeader !== undefined) expect(sniff?.layout.hasHeader).toBe(e.hasHeader);
		if (e.headerCertainty) expect(sniff?.layout.headerCertainty).toBe(e.headerCertainty);
		if (e.header) expect(analysis?.header).toEqual(e.header);
		if (e.columns !== undefined) expect(analysis?.columnCount).toBe(e.columns);
		if (e.rows !== undefined) expect(analysis?.rows.length).toBe(e.rows);
		for (const [r, col, text] of e.cells ?? []) expect(analysis?.rows[r]?.[col], `cell ${r},${col}`).toBe(text);
		if (e.previewLong) expect(analysis?.long.map((l) => l.line)).toEqual(e.previewLong);
		if (e.previewShort) expect(analysis?.short.map((l) => l.line)).toEqual(e.previewShort);
		if (e.region === null) {
			expect(analysis?.guess ?? null, `${c.file}: no column may be taken for regions`).toBeNull();
			expect(mapping?.regionColumn ?? null).toBeNull();
		} else if (e.region) {
			expect(analysis?.guess).toMatchObject({ column: e.region.column, ...(e.region.mode ? { mode: e.region.mode } : {}), ...(e.region.confirm !== undefined ? { confirm: e.region.confirm } : {}) });
		}
		if (e.values) expect(mapping?.values.map((v) => v.index)).toEqual(e.values);
		if (e.check) {
			expect(check, `${c.file}: the check must run`).toBeDefined();
			const ch = check as CheckResult;
			if (e.check.read !== undefined) expect(ch.summary.records, 'rows read').toBe(e.check.read);
			if (e.check.used !== undefined) expect(ch.summary.used, 'rows used').toBe(e.check.used);
			if (e.check.regions !== undefined) expect(ch.summary.regions, 'regions').toBe(e.check.regions);
			if (e.check.values) {
				const got = Object.fromEntries(ch.preview.map((p) => [p.key, p.value]));
				for (const [key, value] of e.check.values) expect(got[key], key).toBeCloseTo(value, 9);
				expect(ch.preview.length).toBe(e.check.values.length);
			}
			for (const [kind, line] of e.check.problems ?? [])
				expect(ch.problems, `problem ${kind} at ${line}`).toContainEqual(expect.objectContaining(line === null ? { kind } : { kind, line }));
			if (e.check.problems && e.check.problems.length === 0) expect(ch.problems.filter((p) => p.severity === 'error')).toEqual([]);
			for (const [value, keys] of e.check.suggestions ?? []) {
				const v = ch.values.find((x) => x.value === value);
				expect(v?.result.kind, value).toBe('unknown');
				for (const k of keys) expect(v?.result.kind === 'unknown' ? v.result.suggestions : [], value).toContain(k);
			}
		}
	});
});
