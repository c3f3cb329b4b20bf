#!/usr/bin/env node
/**
 * Bundle budget: the JavaScript a visitor downloads before the overview's map is painted must stay small.
 * Counts the gzip size of every script the prerendered `/` page loads up front (its `modulepreload` links
 * and entry imports), and fails the build when it exceeds the budget. DuckDB, ECharts and the geographic
 * map are loaded later and are not counted here.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET_KB = 150;
const build = path.resolve(process.env.BUILD_DIR ?? 'build');

const html = await readFile(path.join(build, 'index.html'), 'utf8');
const scripts = new Set();
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
	const href = /\shref="([^"]+)"/.exec(tag)?.[1];
	if (href && /\srel="modulepreload"/.test(tag)) scripts.add(href);
}
for (const m of html.matchAll(/import\("([^"]+)"\)/g)) scripts.add(m[1]);
if (scripts.size === 0) throw new Error('check-bundle: found no scripts in build/index.html');

let total = 0;
for (const src of scripts) {
	const file = path.join(build, new URL(src, 'http://x/').pathname);
	total += gzipSync(await readFile(file), { level: 9 }).length;
}
const kb = total / 1024;
console.log(`First-paint JS of /: ${scripts.size} files, ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
	console.error(`check-bundle: over budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
	process.exit(1);
}
