#!/usr/bin/env node
/**
 * Print bench/results.json as the Markdown table used in README.md's "Performance" section, so the README
 * can be refreshed from a run without retyping figures: `node scripts/bench-readme.js [results.json]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-setup.js';

const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'bench/results.json'));
const r = JSON.parse(readFileSync(file, 'utf8'));

const LABELS = {
	map_visible_ms: 'map painted, cold (ms)',
	duckdb_ready_ms: 'DuckDB answered, cold (ms)',
	duckdb_ready_warm_ms: 'DuckDB answered, warm cache (ms)',
	all_charts_ms: 'every chart on / drawn, cold (ms)',
	initial_js_gzip_kb: 'JS before the map is painted (KB gzip)',
	wasm_before_paint_kb: 'wasm before the map is painted (KB)',
	interaction_p95_ms: 'click → next paint on /, p95 (ms)',
	crossfilter_1m_p95_ms: 'cross-filter, 1 M synthetic rows, p95 (ms)',
	crossfilter_10m_p95_ms: 'cross-filter, 10 M synthetic rows, p95 (ms)',
	import_100mb_mb_per_s: 'import 100 MB UTF-8 CSV (MB/s)',
	import_100mb_cp1251_mb_per_s: 'import 100 MB Windows-1251 CSV (MB/s)',
	import_longest_task_ms: 'longest main-thread task during import (ms)',
	import_peak_heap_mb: 'peak memory growth during import (MB)'
};

const m = r.machine;
console.log(
	`Measured ${r.date.slice(0, 10)} (${r.mode} run) on ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB RAM, ` +
		`${m.os}, Node ${m.node}, ${m.chromium}; 1-minute load average at the start: ${m.loadavg_1m}.\n`
);
console.log('| figure | key | value | target | met |');
console.log('|---|---|---:|---:|:---:|');
for (const [key, t] of Object.entries(r.targets)) {
	const v = r[key];
	const value = v === null || v === undefined ? `— (${t.reason ?? 'not measured'})` : String(v);
	console.log(`| ${LABELS[key] ?? key} | \`${key}\` | ${value} | ${t.target} | ${t.met === null ? '—' : t.met ? 'yes' : 'no'} |`);
}
