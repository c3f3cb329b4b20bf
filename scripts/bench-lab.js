/**
 * Scale benchmarks in Chromium, all over SYNTHETIC data:
 * - the cross-filter lab page (`/lab/crossfilter`): table generated in DuckDB from a seed, raw vs cube;
 * - the CSV lab page (`/lab/csv`): DuckDB `read_csv` vs papaparse in a worker on the same generated file;
 * - the real import path (`/import`), driven like a person would (choose the file, check, confirm), with
 *   the longest main-thread task from a Chromium trace and the renderer's peak memory from /proc.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config, ROOT, VIEWPORT } from './bench-setup.js';
import { round } from '../src/lib/bench/stats.js';

/* ---------------------------------------------------------------- cross-filter ------------------------- */

export async function benchCrossfilter(browser, base, { rows, changes, seed = 1, timeout = 600_000, log = console.log }) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('crash', () => errors.push('the page crashed'));
	try {
		await page.goto(`${base}/lab/crossfilter?rows=${rows}&seed=${seed}&changes=${changes}&auto=1`);
		await page.waitForSelector('[data-bench-state="done"], [data-bench-state="failed"]', { timeout });
		const result = await page.evaluate(() => window.__xfResult);
		const cube = result?.sources?.cube;
		const raw = result?.sources?.raw;
		log(
			`  cross-filter ${rows.toLocaleString('en')} rows (synthetic): cube p95 ${cube?.total_p95_ms} ms, raw p95 ${raw?.total_p95_ms} ms` +
				(result?.error ? ` — error: ${result.error}` : '')
		);
		return { ...result, page_errors: errors };
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		log(`  cross-filter ${rows} rows failed: ${message}; ${errors.join('; ')}`);
		return { synthetic: true, rows, error: `${message}${errors.length ? ` (${errors.join('; ')})` : ''}`, sources: {} };
	} finally {
		await context.close();
	}
}

/* ---------------------------------------------------------------- CSV readers -------------------------- */

export async function benchCsvReaders(browser, base, { file, runs, timeout = 600_000, log = console.log }) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	try {
		await page.goto(`${base}/lab/csv?runs=${runs}`);
		await page.setInputFiles('input[type=file]', file);
		await page.getByRole('button', { name: 'Run' }).click();
		await page.waitForSelector('[data-bench-state="done"], [data-bench-state="failed"]', { timeout });
		const result = await page.evaluate(() => window.__csvResult);
		const m = result?.methods ?? {};
		log(
			`  CSV readers on ${path.basename(file)}: DuckDB read_csv ${m.duckdb_read_csv?.mb_per_s_median} MB/s, ` +
				`papaparse (worker, parse only) ${m.papaparse_worker_parse_only?.mb_per_s_median} MB/s`
		);
		return { ...result, page_errors: errors };
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { synthetic: true, error: message, methods: {} };
	} finally {
		await context.close();
	}
}

/* ---------------------------------------------------------------- import ------------------------------- */

/** Renderer processes that descend from this Node process (Playwright's Chromium), with their RSS in bytes. */
function rendererRss() {
	const children = new Map();
	const info = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			(children.get(ppid) ?? children.set(ppid, []).get(ppid)).push(Number(name));
			info.set(Number(name), null);
		} catch {
			// gone
		}
	}
	let total = 0;
	const stack = [process.pid];
	while (stack.length) {
		const pid = stack.pop();
		for (const child of children.get(pid) ?? []) {
			stack.push(child);
			try {
				const cmd = readFileSync(`/proc/${child}/cmdline`, 'utf8');
				if (!cmd.includes('--type=renderer')) continue;
				const status = readFileSync(`/proc/${child}/status`, 'utf8');
				const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
				total += kb * 1024;
			} catch {
				// gone
			}
		}
	}
	return total;
}

/** In the page: when `data-import-step` changes, and to what (performance.now()). */
function importProbe() {
	const steps = [];
	window.__importSteps = steps;
	let last = null;
	const check = () => {
		const step = document.querySelector('[data-import-step]')?.getAttribute('data-import-step') ?? null;
		if (step !== last) {
			steps.push({ step, t: performance.now() });
			last = step;
		}
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-import-step'] });
}

/**
 * Busy time (sum of top-level tasks) of each thread of the page's renderer between two user-timing marks,
 * named by what runs there: `main`, or a worker by its script (`duckdb-browser-eh.worker`, `import.worker`).
 */
function threadBusy(traceEvents, startMark, endMark) {
	const mark = (name) => traceEvents.find((e) => e.name === name && e.cat?.includes('user_timing'));
	const start = mark(startMark);
	const end = mark(endMark);
	if (!start || !end) return null;
	const label = new Map();
	for (const e of traceEvents) {
		if (e.pid !== start.pid) continue;
		if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') label.set(e.tid, 'main thread');
		const url = e.name === 'TracingSessionIdForWorker' ? e.args?.data?.url : null;
		if (url) label.set(e.tid, `worker ${url.split('/').pop().replace(/[-.][\w-]{8}\.js$/, '')}`);
	}
	const busy = {};
	for (const e of traceEvents) {
		if (e.pid !== start.pid || e.name !== 'RunTask' || e.ph !== 'X' || !label.has(e.tid)) continue;
		const from = Math.max(e.ts, start.ts);
		const to = Math.min(e.ts + e.dur, end.ts);
		if (to > from) busy[label.get(e.tid)] = (busy[label.get(e.tid)] ?? 0) + (to - from) / 1000;
	}
	return { window_ms: round((end.ts - start.ts) / 1000), ...Object.fromEntries(Object.entries(busy).map(([k, v]) => [k, round(v)])) };
}

/** The longest main-thread task of the page's renderer between two user-timing marks, from a Chromium trace. */
function longestTask(traceBuffer, startMark, endMark) {
	const { traceEvents } = JSON.parse(traceBuffer.toString('utf8'));
	const mainThreads = new Set();
	for (const e of traceEvents) {
		if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
	}
	const mark = (name) => traceEvents.find((e) => e.name === name && e.cat?.includes('user_timing'));
	const start = mark(startMark);
	const end = mark(endMark);
	if (!start || !end) return { ms: null, reason: 'user-timing marks not found in the trace' };
	const thread = `${start.pid}:${start.tid}`;
	let longest = 0;
	let over50 = 0;
	let longestEvent = null;
	for (const e of traceEvents) {
		if (e.name !== 'RunTask' || e.ph !== 'X' || `${e.pid}:${e.tid}` !== thread) continue;
		if (e.ts + e.dur < start.ts || e.ts > end.ts) continue;
		const ms = e.dur / 1000;
		if (ms > longest) longestEvent = e;
		longest = Math.max(longest, ms);
		if (ms > 50) over50++;
	}
	// What the longest task did: its largest pieces (function calls with their script, style, layout…).
	const inside = longestEvent
		? traceEvents
				.filter(
					(e) =>
						e.ph === 'X' &&
						`${e.pid}:${e.tid}` === thread &&
						e !== longestEvent &&
						e.ts >= longestEvent.ts &&
						e.ts + e.dur <= longestEvent.ts + longestEvent.dur &&
						e.dur > 2000 &&
						!e.name.startsWith('V8.') &&
						e.name !== 'ThreadControllerImpl::RunTask'
				)
				.sort((a, b) => b.dur - a.dur)
				.slice(0, 5)
				.map((e) => {
					const d = e.args?.data ?? {};
					const where = d.url ? ` ${d.functionName || ''}@${String(d.url).split('/').pop()}` : d.type ? ` ${d.type}` : '';
					return `${e.name}${where}: ${round(e.dur / 1000)} ms`;
				})
		: [];
	return {
		ms: longest,
		tasks_over_50ms: over50,
		longest_task_contents: inside,
		main_thread_known: mainThreads.has(thread),
		busy_ms: {
			whole_import: threadBusy(traceEvents, startMark, endMark),
			check: threadBusy(traceEvents, 'bench-check-start', 'bench-check-end')
		}
	};
}

/**
 * One import of `file` through the /import page: choose the file, wait for the preview, press "check",
 * wait for the report, press "confirm", wait until done. Times only the machine's work (from each action to
 * the next state the page shows), not the pauses a person would take in between.
 */
async function importOnce(browser, base, { file, bytes, timeout, log }) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript(importProbe);
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	/** Wait for one of `names`, or for an error alert (the page then goes back a step and says why). */
	const stepIs = async (names) => {
		await page.waitForFunction(
			(n) =>
				n.includes(document.querySelector('[data-import-step]')?.getAttribute('data-import-step')) ||
				document.querySelector('[data-import-step] [role="alert"]') !== null,
			names,
			{ timeout, polling: 20 }
		);
		const alert = await page.$('[data-import-step] [role="alert"]');
		if (alert) throw new Error(`the page reported: ${(await alert.textContent())?.trim().slice(0, 300)}`);
	};
	const currentStep = () => page.evaluate(() => document.querySelector('[data-import-step]')?.getAttribute('data-import-step') ?? null);
	const now = () => page.evaluate(() => performance.now());
	let sampler = null;
	try {
		await page.goto(`${base}/import`);
		const hasFlow = await page.waitForSelector('[data-import-step]', { timeout: 30_000 }).then(() => true, () => false);
		if (!hasFlow) return { error: 'the /import page shows no [data-import-step] (import path not yet available)' };
		await page.waitForFunction(() => !document.querySelector('#import-file, input[type=file]')?.hasAttribute('disabled'), null, { timeout });
		await page.waitForTimeout(300);

		const baseline = rendererRss();
		let peak = baseline;
		let peakHeap = 0;
		sampler = setInterval(() => (peak = Math.max(peak, rendererRss())), 50);
		const heapTimer = setInterval(async () => {
			const used = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0).catch(() => 0);
			peakHeap = Math.max(peakHeap, used);
		}, 100);

		await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
		await page.evaluate(() => performance.mark('bench-import-start'));
		const t0 = await now();
		await page.setInputFiles('#import-file, input[type=file]', file);
		await stepIs(['preview']);
		const tPreview = await now();
		// The synthetic file has many rows per region (one per facility and month): sum them, as a person would.
		const aggregate = page.locator('select:has(option[value="sum"])').first();
		if (await aggregate.count()) {
			await aggregate.selectOption('sum');
			await stepIs(['preview']);
		}
		const checkButton = page.locator('.actions button.primary').first();
		if (!(await checkButton.isEnabled())) {
			throw new Error(`the "check" button stays disabled after the preview (mapping not guessed?)`);
		}
		const tCheckClick = await now();
		await page.evaluate(() => performance.mark('bench-check-start'));
		await checkButton.click();
		await stepIs(['checked']);
		const tChecked = await now();
		await page.evaluate(() => performance.mark('bench-check-end'));
		const confirm = page.locator('[data-testid="check-report"] button.primary').first();
		if (!(await confirm.isEnabled())) throw new Error('the confirm button is disabled after the check (blocking problems in the report)');
		const tConfirmClick = await now();
		await confirm.click();
		await stepIs(['done']);
		const tDone = await now();
		await page.evaluate(() => performance.mark('bench-import-end'));
		const trace = await browser.stopTracing();
		if (process.env.BENCH_KEEP_TRACE) writeFileSync(process.env.BENCH_KEEP_TRACE, trace);
		clearInterval(sampler);
		clearInterval(heapTimer);
		const finalStep = await currentStep();
		if (finalStep !== 'done') throw new Error(`import ended in step "${finalStep}"`);

		const machineMs = tPreview - t0 + (tChecked - tCheckClick) + (tDone - tConfirmClick);
		const task = longestTask(trace, 'bench-import-start', 'bench-import-end');
		const steps = await page.evaluate(() => window.__importSteps);
		const r = {
			mb_per_s: bytes / 1e6 / (machineMs / 1000),
			machine_ms: machineMs,
			sniff_to_preview_ms: tPreview - t0,
			check_ms: tChecked - tCheckClick,
			commit_ms: tDone - tConfirmClick,
			longest_task_ms: task.ms,
			tasks_over_50ms: task.tasks_over_50ms ?? null,
			thread_busy_ms: task.busy_ms ?? null,
			longest_task_contents: task.longest_task_contents ?? [],
			peak_renderer_growth_mb: (peak - baseline) / 1e6,
			peak_main_js_heap_mb: peakHeap / 1e6,
			steps,
			page_errors: errors
		};
		log(
			`  import ${path.basename(file)}: ${round(r.mb_per_s)} MB/s (${round(machineMs)} ms), longest task ${round(r.longest_task_ms)} ms, ` +
				`renderer +${round(r.peak_renderer_growth_mb)} MB`
		);
		return r;
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		const step = await currentStep().catch(() => null);
		const alert = await page.locator('[role=alert]').first().textContent({ timeout: 500 }).catch(() => null);
		try {
			await browser.stopTracing();
		} catch {
			// not tracing
		}
		return { error: `${message} (page step: ${step}${alert ? `; alert: ${alert.trim().slice(0, 200)}` : ''})`, page_errors: errors };
	} finally {
		if (sampler) clearInterval(sampler);
		await context.close();
	}
}

/** Whether the build has an /import page at all. */
export function importPageBuilt() {
	return existsSync(path.join(ROOT, config.buildDir, 'import.html'));
}

export async function benchImport(browser, base, { files, runs, timeout = 600_000, log = console.log }) {
	if (!importPageBuilt()) {
		return { available: false, reason: 'import path not yet available (no /import page in the build)' };
	}
	const out = { available: true, variants: {} };
	for (const [variant, info] of Object.entries(files)) {
		const samples = [];
		for (let i = 0; i < runs; i++) {
			const r = await importOnce(browser, base, { file: info.file, bytes: info.bytes, timeout, log });
			samples.push(r);
			if (r.error) {
				log(`  import ${variant} failed: ${r.error}`);
				break;
			}
		}
		out.variants[variant] = { file: path.relative(ROOT, info.file), bytes: info.bytes, records: info.records, samples };
	}
	return out;
}
