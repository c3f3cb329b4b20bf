import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-WASM ships its own workers and .wasm files; pre-bundling it breaks their asset URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	server: { host: '127.0.0.1' },
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
