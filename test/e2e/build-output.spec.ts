/**
 * The production build refers to no CDN and no DuckDB extension site: everything it loads is its own.
 * (The default extension repository URL compiled into the .wasm binary is harmless once autoloading is
 * off; the zero-requests tests prove it never fires.)
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from '@playwright/test';

const FORBIDDEN = ['cdn.jsdelivr', 'unpkg.com', 'extensions.duckdb.org'];
const TEXT_FILES = /\.(js|mjs|html|css|json)$/;
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

test('no build file refers to a CDN or the DuckDB extension site', async () => {
	const files = (await listFiles(BUILD_DIR)).filter((f) => TEXT_FILES.test(f));
	expect(files.length).toBeGreaterThan(5);
	const offenders: string[] = [];
	for (const file of files) {
		const text = await readFile(file, 'utf8');
		for (const needle of FORBIDDEN) if (text.includes(needle)) offenders.push(`${file}: ${needle}`);
	}
	expect(offenders).toEqual([]);
});

test('the build ships DuckDB’s own wasm files', async () => {
	const wasm = (await listFiles(BUILD_DIR)).filter((f) => f.endsWith('.wasm'));
	expect(wasm.length).toBeGreaterThanOrEqual(1);
});
