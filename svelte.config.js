import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR / KIT_OUT_DIR let several builds run side by side (e.g. a benchmark next to a test run).
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The whole product is static files: any static server can host it, and nothing runs server-side.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Page CSS goes into the HTML instead of 8+ render-blocking stylesheet requests (all files are under
		// 8 KB; a page's total is ~15 KB raw, ~4 KB gzip): the map paints sooner on a cold load.
		inlineStyleThreshold: 8192,
		// Content-Security-Policy, written into every prerendered page as a <meta> tag with hashes of
		// SvelteKit's inline start-up script (see README, "Trust"). Nothing may be fetched from, or sent to,
		// another origin; wasm may be compiled (DuckDB) but no string may be evaluated as script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Svelte's style: directives and ECharts write inline style attributes.
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
