#!/usr/bin/env node
/**
 * Writes a hostile copy of `data/`: every free-text cell of every shipped dataset (region names, district
 * names, evidence notes, service names, source titles and publishers, notes…) replaced by one of the
 * payloads of `test/fixtures/hostile/payloads.ts`, while keys, codes, numbers, dates, enumerations and
 * references stay as they are, so the copy still passes its schemas and the site builds from it.
 *
 * The trust e2e test (`test/e2e/trust-markup.spec.ts`) builds the site from this copy
 * (`EMR_DATA_DIR=<copy> BUILD_DIR=… KIT_OUT_DIR=… vite build`) and checks that every payload is shown
 * literally and never runs.
 *
 * Which columns are free text is read from the schemas, not listed here: a VARCHAR column whose parser
 * accepts a payload is free text (patterns, enumerations, dates and lists reject it). Columns that refer
 * to other rows (`key`, `id`, `*_id`, `url`) are left alone. Empty cells stay empty (an empty note means
 * "none" and changes what a page shows). Each substituted cell gets a ` №<row>` suffix so names stay
 * unique.
 *
 * It imports TypeScript (schemas, payloads), so run it with tsx:
 *   npx tsx scripts/make-hostile-data.js --out /tmp/emr-hostile-data
 * Output: the copy, plus `hostile-manifest.json` (which columns were substituted, how many cells).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { datasets } from '../src/lib/data/schemas/index.ts';
import { parseCsv } from '../src/lib/data/validate.ts';
import { PAYLOADS } from '../test/fixtures/hostile/payloads.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REFERENCE = /^(key|id|url|.*_id)$/;

/** The free-text columns of a dataset spec: VARCHAR, accepting any of the payloads, not a reference. */
export function freeTextColumns(spec) {
	return Object.entries(spec.columns)
		.filter(([name, col]) => col.sqlType === 'VARCHAR' && !REFERENCE.test(name))
		.filter(([, col]) => PAYLOADS.every((p) => col.schema.safeParse(p.text).success))
		.map(([name]) => name);
}

/** The payload for cell (`row`, `column`) of dataset number `file`, with its uniqueness suffix. */
export function hostileText(file, column, row) {
	const payload = PAYLOADS[(row + column * 5 + file * 3) % PAYLOADS.length];
	return `${payload.text} №${row + 1}`;
}

export function makeHostileData(outDir, sourceDir = path.join(root, 'data')) {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	cpSync(sourceDir, outDir, { recursive: true });
	const manifest = [];
	for (const [fileIndex, spec] of datasets.entries()) {
		const text = readFileSync(path.join(sourceDir, spec.file), 'utf8');
		const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
		const fields = parsed.meta.fields ?? [];
		const columns = freeTextColumns(spec);
		let cells = 0;
		const rows = parsed.data.map((row, r) => {
			const copy = { ...row };
			for (const [c, name] of columns.entries()) {
				if (!copy[name]) continue;
				copy[name] = hostileText(fileIndex, c, r);
				cells++;
			}
			return copy;
		});
		const out = Papa.unparse({ fields, data: rows.map((row) => fields.map((f) => row[f] ?? '')) }, { newline: '\n' }) + '\n';
		const { issues } = parseCsv(out, spec);
		if (issues.length) throw new Error(`${spec.file}: the hostile copy breaks its schema: ${JSON.stringify(issues.slice(0, 3))}`);
		writeFileSync(path.join(outDir, spec.file), out);
		manifest.push({ dataset: spec.name, file: spec.file, columns, cells });
	}
	writeFileSync(path.join(outDir, 'hostile-manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const i = process.argv.indexOf('--out');
	const out = i >= 0 ? process.argv[i + 1] : undefined;
	if (!out) {
		console.error('usage: npx tsx scripts/make-hostile-data.js --out <dir>');
		process.exit(2);
	}
	const manifest = makeHostileData(path.resolve(out));
	for (const m of manifest) console.log(`${m.file}: ${m.cells} cells in ${m.columns.join(', ') || '(no free text)'}`);
}
