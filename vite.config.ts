import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Unit test files that boot DuckDB (directly or through a helper): they run in one forked worker with
 * isolation off, so every file shares one engine with the shipped data loaded once, and a slow start on a
 * busy 2-core machine cannot time a file out. The rest are pure and run in parallel (`npm run test:fast`).
 */
const DUCKDB_USE = /shippedDb|createNodeEngine|openShippedDatabase|staged-import/;
function unitFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return unitFiles(file);
		return entry.name.endsWith('.test.ts') ? [file] : [];
	});
}
const files = unitFiles('test/unit');
const duckdbFiles = files.filter((file) => DUCKDB_USE.test(readFileSync(file, 'utf8')));
const pureFiles = files.filter((file) => !duckdbFiles.includes(file));

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-WASM ships its own workers and .wasm files; pre-bundling it breaks their asset URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	server: { host: '127.0.0.1' },
	test: {
		environment: 'node',
		testTimeout: 30_000,
		// Generous, because a hook may start DuckDB while a build runs beside the tests.
		hookTimeout: 180_000,
		projects: [
			{ extends: true, test: { name: 'pure', include: pureFiles } },
			{
				extends: true,
				test: {
					name: 'duckdb',
					include: duckdbFiles,
					pool: 'forks',
					maxWorkers: 1,
					isolate: false,
					testTimeout: 120_000
				}
			}
		]
	}
});
