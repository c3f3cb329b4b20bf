/**
 * The overview page (`/`) measured in Chromium: cold load, warm load, and interactions.
 *
 * Times are `performance.now()` in the page, i.e. milliseconds from the navigation's time origin.
 *
 * - map_visible_ms: an init script watches the DOM from before the first byte. If the map's SVG (an element
 *   with `data-region-key`, or `data-key` inside an SVG as RegionMap writes it) was in the DOM before First Contentful Paint, the first paint showed it and the
 *   figure is FCP (the prerendered case). Otherwise it is the end of the first frame painted after the map
 *   was inserted (rAF + a posted message). LCP is recorded too but ignores SVG paths, so it is not used.
 * - duckdb_ready_ms: `performance.mark('duckdb-ready')` (set in src/lib/data/browser-db.ts once every
 *   dataset is loaded: the first queries have answered). `home_data_ready_ms` is when the page showed the
 *   browser's query results (`data-duckdb="ready"`).
 * - all_charts_ms: when the last chart element on the page (`.echart`) got `data-chart-ready="true"`,
 *   read after the page has settled (DuckDB ready + 1 s), so charts re-drawn from DuckDB count.
 * - initial_js_gzip_kb / wasm_before_paint_kb: every request the page and its workers make is logged with
 *   Playwright's request timing (epoch ms); a request counts if it STARTED before the map was visible.
 *   JS is counted as its gzip -9 size (the same measure as scripts/check-bundle.js; the bench server does
 *   not compress), wasm as bytes received.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { config, ROOT, freshProfile } from './bench-setup.js';
import { median, percentile, round, summarize } from '../src/lib/bench/stats.js';

/** Installed before any page script: records paints, the map's insertion, DuckDB and chart readiness. */
function loadProbe() {
	const probe = {
		fcp: null,
		lcp: null,
		mapInserted: null,
		mapFrame: null,
		duckdbAttr: null,
		charts: new Map(),
		longTasks: []
	};
	window.__probe = probe;
	const afterPaint = (fn) =>
		requestAnimationFrame(() => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => fn(performance.now());
			ch.port2.postMessage(null);
		});
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
		}).observe({ type: 'paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) probe.lcp = e.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// an entry type this browser lacks
	}
	const check = () => {
		const now = performance.now();
		if (probe.mapInserted === null && document.querySelector('svg [data-region-key], svg [data-key]')) {
			probe.mapInserted = now;
			afterPaint((t) => (probe.mapFrame = t));
		}
		const status = document.querySelector('[data-duckdb]');
		if (probe.duckdbAttr === null && status?.getAttribute('data-duckdb') === 'ready') probe.duckdbAttr = now;
		for (const el of document.querySelectorAll('.echart[data-chart-ready="true"]')) {
			if (!probe.charts.has(el)) probe.charts.set(el, now);
		}
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-duckdb', 'data-chart-ready', 'data-region-key', 'data-key']
	});
	window.__probeRead = () => {
		check();
		const charts = [...document.querySelectorAll('.echart')];
		const ready = charts.map((el) => probe.charts.get(el) ?? null);
		const mark = performance.getEntriesByName('duckdb-ready')[0];
		const nav = performance.getEntriesByType('navigation')[0];
		const blocking = performance
			.getEntriesByType('resource')
			.filter((e) => probe.fcp !== null && e.startTime < probe.fcp && /\.(css|woff2?)(\?|$)/.test(e.name));
		return {
			html_response_end: nav ? nav.responseEnd : null,
			dom_interactive: nav ? nav.domInteractive : null,
			css_fonts_before_fcp_end: blocking.length ? Math.max(...blocking.map((e) => e.responseEnd)) : null,
			timeOrigin: performance.timeOrigin,
			fcp: probe.fcp,
			lcp: probe.lcp,
			mapInserted: probe.mapInserted,
			mapFrame: probe.mapFrame,
			duckdbMark: mark ? mark.startTime : null,
			duckdbAttr: probe.duckdbAttr,
			charts: charts.length,
			chartsReady: ready.filter((t) => t !== null).length,
			allCharts: ready.length && ready.every((t) => t !== null) ? Math.max(...ready) : null,
			longTasks: probe.longTasks,
			status: document.querySelector('[data-duckdb]')?.getAttribute('data-duckdb') ?? null
		};
	};
}

/** Every request of a context, with its start and end on the epoch-ms clock and the bytes received. */
function logRequests(context) {
	const log = [];
	const pending = [];
	const onDone = (request, failed) => {
		pending.push(
			(async () => {
				const timing = request.timing();
				let body = null;
				try {
					body = (await request.sizes()).responseBodySize;
				} catch {
					// no sizes for failed or cached requests
				}
				const response = failed ? null : await request.response().catch(() => null);
				log.push({
					url: request.url(),
					type: request.resourceType(),
					// Requests the service worker makes itself (its precache), as opposed to the page's and workers'.
					fromServiceWorker: request.serviceWorker() !== null,
					start: timing.startTime,
					end: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : null,
					bytes: body,
					status: response?.status() ?? null,
					failed
				});
			})()
		);
	};
	context.on('requestfinished', (r) => onDone(r, false));
	context.on('requestfailed', (r) => onDone(r, true));
	return {
		log,
		async settle() {
			await Promise.all(pending);
		},
		clear() {
			log.length = 0;
		}
	};
}

const gzipCache = new Map();
/** gzip -9 size of a build file served at `url` (null if it is not a build file). */
function gzipSizeOf(url) {
	const pathname = new URL(url).pathname;
	if (gzipCache.has(pathname)) return gzipCache.get(pathname);
	const file = path.join(ROOT, config.buildDir, decodeURIComponent(pathname));
	const size = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : null;
	gzipCache.set(pathname, size);
	return size;
}

const isJs = (url) => /\.(m?js)(\?|$)/.test(new URL(url).pathname);
const isWasm = (url) => /\.wasm(\?|$)/.test(new URL(url).pathname);

async function waitSettled(page, timeout) {
	await page.waitForFunction(
		() => {
			const s = document.querySelector('[data-duckdb]')?.getAttribute('data-duckdb');
			return s === 'ready' || s === 'failed';
		},
		null,
		{ timeout, polling: 50 }
	);
	// Let charts re-drawn from DuckDB's results finish.
	await page.waitForTimeout(1000);
	await page
		.waitForFunction(() => [...document.querySelectorAll('.echart')].every((el) => el.getAttribute('data-chart-ready') === 'true'), null, {
			timeout: 10_000,
			polling: 50
		})
		.catch(() => undefined);
}

function analyse(probe, requests) {
	const mapVisible =
		probe.mapInserted === null
			? null
			: probe.fcp !== null && probe.mapInserted <= probe.fcp
				? probe.fcp
				: probe.mapFrame;
	const rel = (epoch) => (epoch === null ? null : epoch - probe.timeOrigin);
	const beforePaint = mapVisible === null ? [] : requests.filter((r) => rel(r.start) < mapVisible);
	const js = beforePaint.filter((r) => isJs(r.url));
	const wasm = beforePaint.filter((r) => isWasm(r.url));
	const jsGzip = js.reduce((s, r) => s + (gzipSizeOf(r.url) ?? r.bytes ?? 0), 0);
	const jsRaw = js.reduce((s, r) => s + (r.bytes ?? 0), 0);
	const wasmBytes = wasm.reduce((s, r) => s + (r.bytes ?? 0), 0);

	// Where DuckDB's start-up time goes, from the network log (the page's and its workers' requests only:
	// the service worker's own precache fetches run beside them).
	const first = (pred) => requests.filter((r) => !r.fromServiceWorker && pred(r)).sort((a, b) => a.start - b.start)[0] ?? null;
	const worker = first((r) => /duckdb-browser-[a-z]+\.worker/.test(r.url));
	const wasmReq = first((r) => isWasm(r.url));
	const wasmEnd = wasmReq ? rel(wasmReq.end) : null;
	// browser-db fetches the datasets once the engine is up: the first /data/*.csv request after the wasm.
	const dataReq = first(
		(r) => /\/data\/[^/]+\.csv$/.test(new URL(r.url).pathname) && wasmEnd !== null && rel(r.start) >= wasmEnd
	);
	const allWasmBytes = requests.filter((r) => isWasm(r.url) && !r.fromServiceWorker).reduce((s, r) => s + (r.bytes ?? 0), 0);
	const sub = (a, b) => (a === null || b === null ? null : a - b);
	const dataStart = dataReq ? rel(dataReq.start) : null;
	return {
		map_visible_ms: mapVisible,
		fcp_ms: probe.fcp,
		lcp_ms: probe.lcp,
		map_in_dom_ms: probe.mapInserted,
		html_response_end_ms: probe.html_response_end,
		dom_interactive_ms: probe.dom_interactive,
		css_fonts_before_fcp_end_ms: probe.css_fonts_before_fcp_end,
		duckdb_ready_ms: probe.duckdbMark,
		home_data_ready_ms: probe.duckdbAttr,
		all_charts_ms: probe.allCharts,
		charts: probe.charts,
		initial_js_gzip_kb: jsGzip / 1024,
		initial_js_raw_kb: jsRaw / 1024,
		initial_js_files: js.map((r) => new URL(r.url).pathname),
		wasm_before_paint_kb: wasmBytes / 1024,
		longest_task_before_map_ms: Math.max(0, ...probe.longTasks.filter(([s]) => mapVisible !== null && s < mapVisible).map(([, d]) => d)),
		duckdb: {
			start_after_navigation_ms: worker ? rel(worker.start) : null,
			worker_and_wasm_fetch_ms: worker ? sub(wasmEnd, rel(worker.start)) : null,
			wasm_fetch_ms: wasmReq ? sub(wasmEnd, rel(wasmReq.start)) : null,
			compile_instantiate_connect_ms: sub(dataStart, wasmEnd),
			datasets_load_ms: sub(probe.duckdbMark, dataStart),
			wasm_kb: allWasmBytes / 1024,
			wasm_url: wasmReq ? new URL(wasmReq.url).pathname : null
		},
		requests: requests.length,
		status: probe.status
	};
}

/** One cold load (fresh profile) and one warm load (same profile, second navigation). */
async function loadOnce(base, { timeout }) {
	const profile = await freshProfile();
	try {
		const { context } = profile;
		await context.addInitScript(loadProbe);
		const requests = logRequests(context);
		const page = context.pages()[0] ?? (await context.newPage());
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message));

		await page.goto(`${base}/`, { waitUntil: 'load' });
		await waitSettled(page, timeout);
		const coldProbe = await page.evaluate(() => window.__probeRead());
		await requests.settle();
		const cold = analyse(coldProbe, [...requests.log]);

		requests.clear();
		await page.goto(`${base}/`, { waitUntil: 'load' });
		await waitSettled(page, timeout);
		const warmProbe = await page.evaluate(() => window.__probeRead());
		await requests.settle();
		const warm = analyse(warmProbe, [...requests.log]);
		return { cold, warm, errors };
	} finally {
		await profile.close();
	}
}

export async function benchLoad(base, { runs, timeout = 60_000, log = console.log }) {
	const samples = [];
	for (let i = 0; i < runs; i++) {
		const r = await loadOnce(base, { timeout });
		log(
			`  load ${i + 1}/${runs}: map ${round(r.cold.map_visible_ms)} ms, duckdb ${round(r.cold.duckdb_ready_ms)} ms ` +
				`(warm ${round(r.warm.duckdb_ready_ms)} ms), charts ${round(r.cold.all_charts_ms)} ms` +
				(r.errors.length ? `, page errors: ${r.errors.join('; ')}` : '')
		);
		samples.push(r);
	}
	const med = (pick) => {
		const values = samples.map(pick).filter((v) => typeof v === 'number' && Number.isFinite(v));
		return values.length === samples.length ? median(values) : null;
	};
	const cold = (k) => med((s) => s.cold[k]);
	const breakdown = (which) => {
		const m = (k) => med((s) => s[which].duckdb[k]);
		return {
			start_after_navigation_ms: round(m('start_after_navigation_ms')),
			worker_and_wasm_fetch_ms: round(m('worker_and_wasm_fetch_ms')),
			wasm_fetch_ms: round(m('wasm_fetch_ms')),
			compile_instantiate_connect_ms: round(m('compile_instantiate_connect_ms')),
			datasets_load_ms: round(m('datasets_load_ms')),
			wasm_kb: round(m('wasm_kb'), 0),
			wasm_file: samples[0]?.[which].duckdb.wasm_url ?? null
		};
	};
	const coldReady = cold('duckdb_ready_ms');
	const warmReady = med((s) => s.warm.duckdb_ready_ms);
	return {
		figures: {
			map_visible_ms: round(cold('map_visible_ms')),
			duckdb_ready_ms: round(coldReady),
			duckdb_ready_warm_ms: round(warmReady),
			all_charts_ms: round(cold('all_charts_ms')),
			initial_js_gzip_kb: round(cold('initial_js_gzip_kb')),
			wasm_before_paint_kb: round(cold('wasm_before_paint_kb'))
		},
		details: {
			runs,
			method:
				'cold = fresh Chromium profile per run; warm = same profile, second navigation; median of runs. ' +
				'map_visible = FCP when the prerendered map SVG was in the DOM before FCP, else the first frame after it appeared.',
			fcp_ms: round(cold('fcp_ms')),
			lcp_ms: round(cold('lcp_ms')),
			map_in_dom_ms: round(cold('map_in_dom_ms')),
			html_response_end_ms: round(cold('html_response_end_ms')),
			dom_interactive_ms: round(cold('dom_interactive_ms')),
			css_fonts_before_fcp_end_ms: round(cold('css_fonts_before_fcp_end_ms')),
			home_data_ready_ms: round(cold('home_data_ready_ms')),
			home_data_ready_warm_ms: round(med((s) => s.warm.home_data_ready_ms)),
			map_visible_warm_ms: round(med((s) => s.warm.map_visible_ms)),
			fcp_warm_ms: round(med((s) => s.warm.fcp_ms)),
			html_response_end_warm_ms: round(med((s) => s.warm.html_response_end_ms)),
			all_charts_warm_ms: round(med((s) => s.warm.all_charts_ms)),
			charts_on_page: samples[0]?.cold.charts ?? null,
			initial_js_raw_kb: round(cold('initial_js_raw_kb')),
			initial_js_files: samples[0]?.cold.initial_js_files ?? [],
			longest_task_before_map_ms: round(cold('longest_task_before_map_ms')),
			duckdb_cold: breakdown('cold'),
			duckdb_warm: breakdown('warm'),
			per_run: samples.map((s) => ({
				map_visible_ms: round(s.cold.map_visible_ms),
				fcp_ms: round(s.cold.fcp_ms),
				duckdb_ready_ms: round(s.cold.duckdb_ready_ms),
				duckdb_ready_warm_ms: round(s.warm.duckdb_ready_ms),
				all_charts_ms: round(s.cold.all_charts_ms),
				initial_js_gzip_kb: round(s.cold.initial_js_gzip_kb),
				wasm_before_paint_kb: round(s.cold.wasm_before_paint_kb),
				status: s.cold.status,
				page_errors: s.errors
			}))
		}
	};
}

/* ------------------------------------------------------------------------------------------------------ */
/* Interactions                                                                                            */
/* ------------------------------------------------------------------------------------------------------ */

/**
 * In-page interaction timer. `__ix.arm()` then a real click (Playwright mouse input); `__ix.wait(spec)`
 * resolves with (end of the first frame painted after the DOM reflects the change) − (the click event's
 * timeStamp). "Reflects" = at least one DOM mutation since the click AND the spec's condition (a URL
 * parameter's value, or a button's aria-pressed) holds in that frame's rAF. Event Timing entries (≥ 16 ms)
 * are collected alongside as a cross-check.
 */
function interactionProbe() {
	const ix = {
		t0: null,
		armed: false,
		mutated: false,
		events: [],
		firstMutation: null,
		arm() {
			this.t0 = null;
			this.mutated = false;
			this.firstMutation = null;
			this.armed = true;
		},
		cond(spec) {
			if (spec.kind === 'url') return new URL(location.href).searchParams.get(spec.param) === spec.value;
			if (spec.kind === 'pressed') return document.querySelector(spec.selector)?.getAttribute('aria-pressed') === 'true';
			return true;
		},
		wait(spec, timeout = 5000) {
			const started = performance.now();
			return new Promise((resolve) => {
				const tick = () => {
					if (this.t0 !== null && this.mutated && this.cond(spec)) {
						const ch = new MessageChannel();
						ch.port1.onmessage = () => {
							this.armed = false;
							resolve({ ms: performance.now() - this.t0, toDom: this.firstMutation - this.t0 });
						};
						ch.port2.postMessage(null);
						return;
					}
					if (performance.now() - started > timeout) {
						this.armed = false;
						resolve({ ms: null, clicked: this.t0 !== null, mutated: this.mutated });
						return;
					}
					requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			});
		}
	};
	window.__ix = ix;
	addEventListener(
		'click',
		(e) => {
			if (ix.armed && ix.t0 === null) ix.t0 = e.timeStamp;
		},
		true
	);
	new MutationObserver(() => {
		if (ix.t0 === null) return;
		if (!ix.mutated) ix.firstMutation = performance.now();
		ix.mutated = true;
	}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				if (e.interactionId) ix.events.push({ id: e.interactionId, name: e.name, duration: e.duration });
			}
		}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	} catch {
		// no Event Timing
	}
}

const libraries = new Map();
/** What a chunk of the build is, from its contents (the build has no source maps). */
function libraryOf(url) {
	if (!libraries.has(url)) libraries.set(url, guessLibrary(url));
	return libraries.get(url);
}

function guessLibrary(url) {
	let text;
	try {
		text = readFileSync(path.join(ROOT, config.buildDir, new URL(url).pathname), 'utf8');
	} catch {
		return url;
	}
	if (/_updateAndAddDisplayable|zrender/.test(text)) return 'ECharts / zrender';
	if (/echarts/i.test(text) && text.length > 100_000) return 'ECharts / zrender';
	if (/sveltekit|__sveltekit/.test(text)) return 'SvelteKit router';
	if (/svelte/.test(text) && text.length > 30_000) return 'Svelte runtime';
	return `app code (${new URL(url).pathname.split('/').pop()})`;
}

/**
 * Where the main thread's time goes per interaction: a Chromium trace and a CPU profile over `clicks`
 * region clicks and `clicks` map-mode switches (after the timed run, so they do not slow it down).
 */
async function attributeInteractions(browser, page, { clicks }) {
	const out = {};
	for (const kind of ['region', 'map mode']) {
		const regions = kind === 'region' ? await clickableRegions(page) : [];
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
		await cdp.send('Profiler.start');
		for (let i = 0; i < clicks; i++) {
			if (kind === 'region') {
				const r = regions[(i * 7) % regions.length];
				if (r) await page.mouse.click(r.x, r.y);
			} else {
				await toggleButtons(page);
				await page.click('[data-bench-toggle][aria-pressed="false"]');
			}
			await page.waitForTimeout(250);
		}
		const { profile } = await cdp.send('Profiler.stop');
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
		await cdp.detach();
		// The page's main thread: the CrRendererMain thread with the most task time.
		const names = new Map();
		for (const e of trace) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
		const busy = new Map();
		for (const e of trace) {
			const k = `${e.pid}:${e.tid}`;
			if (e.ph === 'X' && e.name === 'RunTask' && names.get(k) === 'CrRendererMain') busy.set(k, (busy.get(k) ?? 0) + e.dur);
		}
		const thread = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
		const per = (pred) =>
			round(trace.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && pred(e)).reduce((s, e) => s + e.dur, 0) / 1000 / clicks, 2);
		const byLib = new Map();
		const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
		let sampled = 0;
		profile.samples.forEach((id, i) => {
			const frame = nodes.get(id)?.callFrame;
			if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
			const dt = profile.timeDeltas[i] ?? 0;
			sampled += dt;
			const lib = frame.url ? libraryOf(frame.url) : frame.functionName.startsWith('(') ? frame.functionName : `native ${frame.functionName}`;
			byLib.set(lib, (byLib.get(lib) ?? 0) + dt);
		});
		out[kind] = {
			clicks,
			main_thread_busy_ms: per((e) => e.name === 'RunTask'),
			click_event_dispatch_ms: per((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click'),
			style_ms: per((e) => e.name === 'UpdateLayoutTree'),
			layout_ms: per((e) => e.name === 'Layout'),
			paint_prepaint_commit_ms: per((e) => ['Paint', 'PrePaint', 'Commit', 'Layerize'].includes(e.name)),
			js_by_library_ms: Object.fromEntries(
				[...byLib.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => [k, round(v / 1000 / clicks, 2)])
			),
			js_sampled_ms: round(sampled / 1000 / clicks, 2)
		};
	}
	return out;
}

/** Deterministic pseudo-random picks for the interaction plan. */
function lcg(seed) {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Centres of the regions that a click at their centre would actually hit (in the current map mode). */
async function clickableRegions(page) {
	return page.evaluate(() => {
		const map = document.querySelector('svg [data-region-key], svg [data-key]')?.closest('svg');
		map?.scrollIntoView({ block: 'center' });
		const out = [];
		for (const el of document.querySelectorAll('svg [data-region-key], svg [data-key]')) {
			const r = el.getBoundingClientRect();
			if (r.width < 4 || r.height < 4) continue;
			const x = r.x + r.width / 2;
			const y = r.y + r.height / 2;
			const hit = document.elementFromPoint(x, y);
			if (hit && (hit === el || el.contains(hit))) out.push({ key: el.getAttribute('data-region-key') ?? el.getAttribute('data-key'), x, y });
		}
		return out;
	});
}

/** Toggle buttons (aria-pressed) in a button group: the map's mode switch and the like. */
async function toggleButtons(page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('[role="group"] button[aria-pressed]')].map((b, i) => {
			b.setAttribute('data-bench-toggle', String(i));
			return { index: i, pressed: b.getAttribute('aria-pressed') === 'true', text: b.textContent?.trim() ?? '' };
		})
	);
}

export async function benchInteractions(browser, base, { count, attribute = true, timeout = 60_000, seed = 7, log = console.log }) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(interactionProbe);
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	try {
		await page.goto(`${base}/`, { waitUntil: 'load' });
		await waitSettled(page, timeout);
		const rnd = lcg(seed);
		const samples = [];
		const byKind = {};
		const toDom = {};
		const misses = [];
		let selected = null;
		for (let i = 0; samples.length + misses.length < count && i < count * 3; i++) {
			const step = i % 4;
			let action;
			let spec;
			let kind;
			if (step === 1 || step === 3) {
				const toggles = await toggleButtons(page);
				const next = toggles.find((t) => !t.pressed);
				if (!next) continue;
				kind = 'map mode';
				spec = { kind: 'pressed', selector: `[data-bench-toggle="${next.index}"]` };
				action = () => page.click(`[data-bench-toggle="${next.index}"]`);
			} else {
				const regions = await clickableRegions(page);
				if (regions.length === 0) continue;
				// Every other region step clicks the selected region again (deselects it).
				const target =
					step === 2 && selected ? regions.find((r) => r.key === selected) ?? null : regions[Math.floor(rnd() * regions.length)];
				if (!target) continue;
				const value = target.key === selected ? null : target.key;
				kind = value ? 'select region' : 'deselect region';
				spec = { kind: 'url', param: 'region', value };
				action = () => page.mouse.click(target.x, target.y);
				selected = value;
			}
			await page.evaluate(() => window.__ix.arm());
			const waiting = page.evaluate((s) => window.__ix.wait(s), spec);
			await action();
			const r = await waiting;
			if (r.ms === null) {
				misses.push({ kind, ...r });
				// resync with what the page shows
				selected = await page.evaluate(() => new URL(location.href).searchParams.get('region'));
			} else {
				samples.push(r.ms);
				(byKind[kind] ??= []).push(r.ms);
				(toDom[kind] ??= []).push(r.toDom);
			}
			await page.waitForTimeout(30);
		}
		const events = await page.evaluate(() => window.__ix.events);
		const attribution = attribute
			? await attributeInteractions(browser, page, { clicks: 10 }).catch((e) => ({ error: String(e) }))
			: 'skipped (quick mode)';
		const perInteraction = new Map();
		for (const e of events) perInteraction.set(e.id, Math.max(perInteraction.get(e.id) ?? 0, e.duration));
		const s = summarize(samples);
		log(`  interactions: ${s.n} measured, p50 ${round(s.p50)} ms, p95 ${round(s.p95)} ms, max ${round(s.max)} ms`);
		return {
			figures: { interaction_p95_ms: s.n ? round(s.p95) : null },
			details: {
				method:
					'real mouse clicks (Playwright) on map regions (select / deselect) and the map-mode toggle; each timed from the ' +
					'click event timeStamp to the end of the first frame painted after the DOM changed and the URL/aria state shows ' +
					'the new view (rAF + posted message); p95 by nearest rank',
				measured: s.n,
				p50_ms: round(s.p50),
				max_ms: round(s.max),
				by_kind: Object.fromEntries(
					Object.entries(byKind).map(([k, v]) => [
						k,
						{
							n: v.length,
							p50_ms: round(median(v)),
							p95_ms: round(percentile(v, 95)),
							click_to_first_dom_change_p50_ms: round(median(toDom[k] ?? [])),
							click_to_first_dom_change_p95_ms: round(percentile(toDom[k] ?? [], 95))
						}
					])
				),
				event_timing: {
					note: 'Event Timing API reports only interactions ≥ 16 ms (8 ms granularity); the rest were faster',
					interactions_over_16ms: perInteraction.size,
					max_ms: perInteraction.size ? Math.max(...perInteraction.values()) : null
				},
				main_thread_per_click: attribution,
				timeouts: misses,
				page_errors: errors,
				samples: samples.map((v) => round(v, 2))
			}
		};
	} finally {
		await context.close();
	}
}

/* ------------------------------------------------------------------------------------------------------ */
/* DuckDB-WASM start-up, step by step (/lab/wasm)                                                          */
/* ------------------------------------------------------------------------------------------------------ */

/**
 * DuckDB-WASM alone, without the app: in a fresh profile, visit /lab/wasm twice (cold, then HTTP cache
 * warm) and read each step: worker start, instantiate (fetch + compile + instantiate + DuckDB's start),
 * connect, `SELECT 1`, and separately fetch / compile of the module's bytes. This is the floor under
 * duckdb_ready_ms and duckdb_ready_warm_ms that no app change can remove.
 */
export async function benchDuckdbStartup(base, { runs = 3, timeout = 60_000, log = console.log }) {
	const visits = { cold: [], warm: [] };
	for (let i = 0; i < runs; i++) {
		const profile = await freshProfile();
		try {
			const page = profile.context.pages()[0] ?? (await profile.context.newPage());
			for (const visit of ['cold', 'warm']) {
				await page.goto(`${base}/lab/wasm?auto=1&wasm=1`);
				await page.waitForSelector('[data-bench-state="done"], [data-bench-state="failed"]', { timeout });
				const r = await page.evaluate(() => window.__wasmResult);
				if (r?.start) visits[visit].push({ ...r.start, ...r.wasm });
			}
		} finally {
			await profile.close();
		}
	}
	const summary = (list) => {
		const med = (k) => round(median(list.map((x) => x[k]).filter((v) => typeof v === 'number')));
		return {
			runs: list.length,
			instantiate_ms: med('instantiate_ms'),
			connect_ms: med('connect_ms'),
			first_query_ms: med('first_query_ms'),
			total_ms: med('total_ms'),
			module_fetch_ms: med('fetch_ms'),
			module_compile_ms: med('compile_ms'),
			module_compile_streaming_ms: med('compile_streaming_ms'),
			module_mb: list[0] ? round(list[0].bytes / 1e6) : null
		};
	};
	const out = { cold: summary(visits.cold), warm: summary(visits.warm) };
	log(
		`  DuckDB-WASM alone: start → SELECT 1 cold ${out.cold.total_ms} ms (instantiate ${out.cold.instantiate_ms}), ` +
			`warm ${out.warm.total_ms} ms (instantiate ${out.warm.instantiate_ms}); module ${out.cold.module_mb} MB, compile ${out.warm.module_compile_ms} ms`
	);
	return out;
}
