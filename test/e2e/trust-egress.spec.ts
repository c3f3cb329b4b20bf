/**
 * Zero egress, proven (issue 8). One journey visits every route, switches every view (map mode, metric,
 * year, district, region, language, funding axes, timeline month), exports (CSV, SVG, PNG, dataset files),
 * imports a file and runs SQL, including statements that would read from another host, which the console
 * must refuse. It runs twice:
 *
 * 1. online, with the fixture's routing that aborts and records any request to another origin, a
 *    listener on every request the context sees (pages and workers) and on WebSockets, and the CSP
 *    violation listener (fixture);
 * 2. with the context offline after the assets loaded (the service worker serves the app), so that
 *    anything interception might miss (worker traffic, playwright#4487/#6403) cannot reach a network
 *    either; every request attempted is still counted.
 *
 * Requests seen off-origin must be 0 in both passes; the counts are printed and attached.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';
import { FILES, checkFile, confirm, openImport, upload } from './import-helpers';

interface Seen {
	total: number;
	offOrigin: string[];
	websockets: string[];
	/** GETs of the wasm: only the DuckDB worker makes them, so these prove worker traffic is observed. */
	workerWasmGets: number;
}

function watchRequests(context: BrowserContext, page: Page, origin: string): Seen {
	const seen: Seen = { total: 0, offOrigin: [], websockets: [], workerWasmGets: 0 };
	context.on('request', (request) => {
		const url = request.url();
		seen.total++;
		if (request.method() === 'GET' && /\.wasm$/.test(url)) seen.workerWasmGets++;
		if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) seen.offOrigin.push(url);
	});
	page.on('websocket', (ws) => seen.websockets.push(ws.url()));
	return seen;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return file.suggestedFilename();
}

const ready = (page: Page) => expect(page.locator('[data-duckdb]').first()).toHaveAttribute('data-duckdb', 'ready', { timeout: 30_000 });

/** Every route and view, exports, an import and SQL. Returns the number of steps taken. */
async function journey(page: Page): Promise<number> {
	let steps = 0;
	const step = () => steps++;

	// Overview: map modes, every metric, a year, a district, a region, language; exports.
	await page.goto('/');
	await waitForDuckDB(page);
	const metric = page.locator('.controls select').first();
	for (const m of ['users_per_100', 'health_per_resident', 'subsidy_per_resident', 'access']) {
		await metric.selectOption(m);
		await expect(page.locator('section.ranking')).toHaveAttribute('data-metric', m);
		step();
	}
	await metric.selectOption('health_per_resident');
	await page.getByRole('combobox', { name: /^Год/ }).first().selectOption({ index: 0 });
	step();
	await page.locator('.controls select').last().selectOption('SIB');
	step();
	await page.getByRole('button', { name: 'География' }).click();
	await expect(page.getByRole('button', { name: 'География' })).toHaveAttribute('aria-pressed', 'true');
	step();
	await page.locator('[data-region-key="RU-KYA"]').click();
	await expect(page.locator('.selection')).toContainText('Красноярский');
	step();
	await page.getByRole('button', { name: 'Плитки' }).click();
	step();
	await download(page, () => page.locator('section.ranking button.download').click());
	const usage = page.locator('figure.chart-frame').filter({ has: page.locator('#usage-title') });
	for (const kind of ['csv', 'svg', 'png']) {
		await download(page, () => usage.locator(`[data-export="${kind}"]`).click());
		step();
	}
	await page.getByRole('link', { name: /English/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	step();

	// Funding: every axis and year button, log scale; exports.
	await page.goto('/funding');
	await ready(page);
	for (const button of await page.locator('[data-x], [data-y], [data-year]').all()) {
		await button.click();
		step();
	}
	await page.getByLabel('Логарифмическая шкала').check();
	await download(page, () => page.locator('[data-export="csv"]').first().click());
	step();

	// Timeline: month slider, map modes, a region.
	await page.goto('/timeline');
	await ready(page);
	const slider = page.locator('input[type="range"]').first();
	await slider.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	step();
	await page.getByRole('button', { name: 'География' }).click();
	step();
	await download(page, () => page.locator('[data-export="svg"]').first().click());
	step();

	// Compare, profiles, data (with a dataset download), embeds.
	await page.goto('/compare?pin=RU-MOW,RU-SPE');
	await ready(page);
	await download(page, () => page.locator('[data-export="csv"]').first().click());
	step();
	for (const key of ['RU-MOW', 'RU-KRS']) {
		await page.goto(`/region/${key}`);
		await ready(page);
		step();
	}
	await page.goto('/data');
	await download(page, () => page.locator('a[download]').first().click());
	step();
	for (const view of ['access-map', 'usage-chart', 'funding-scatter']) {
		await page.goto(`/embed/${view}`);
		await expect(page.locator(`[data-embed="${view}"]`)).toBeVisible();
		step();
	}

	// Import a file, then SQL over it; reads from another host are refused before anything runs.
	await openImport(page);
	await upload(page, FILES.english());
	await checkFile(page);
	await page.getByRole('combobox', { name: /«Atlantis»/ }).selectOption('-');
	await confirm(page);
	step();
	await page.goto('/sql');
	await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'ready', { timeout: 30_000 });
	const runSql = async (sql: string, state: RegExp) => {
		await page.getByTestId('sql-editor').fill(sql);
		await page.getByRole('button', { name: 'Выполнить' }).click();
		await expect(page.locator('[data-sql-state]'), sql).toHaveAttribute('data-sql-state', state, { timeout: 30_000 });
		step();
	};
	for (const sql of [
		"SELECT * FROM read_csv('http://127.0.0.2/x.csv')",
		"SELECT * FROM read_csv_auto('https://127.0.0.2/x.csv')",
		"SELECT * FROM 'http://127.0.0.2/x.csv'",
		'SELECT * FROM "http://127.0.0.2/x.parquet"',
		"SELECT * FROM read_parquet(['http://127.0.0.2/a.parquet'])",
		"ATTACH 'http://127.0.0.2/x.db'",
		'INSTALL httpfs',
		'LOAD httpfs',
		"COPY (SELECT 1) TO 'http://127.0.0.2/out.csv'"
	]) {
		await runSql(sql, /refused/);
		await expect(page.getByTestId('sql-refusal')).toBeVisible();
	}
	// An extension DuckDB would otherwise fetch on first use: it must fail or work, never download.
	await runSql(`SELECT '{"a":1}'::JSON AS j`, /done|error/);
	await runSql('SELECT r.name_ru, u.value FROM imp_english_regions__1 u JOIN regions r USING (key) ORDER BY 2 DESC', /done/);
	await download(page, () => page.getByRole('button', { name: /CSV/ }).click());
	await download(page, () => page.getByRole('button', { name: /Arrow/ }).click());
	step();
	return steps;
}

const counts: Record<string, unknown> = {};

test('online: every route, view, export, import and SQL, and no request leaves the origin', async ({ page, context, baseURL, watch }, testInfo) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	const seen = watchRequests(context, page, new URL(baseURL as string).origin);
	const steps = await journey(page);
	counts.online = {
		steps,
		requests: seen.total,
		offOrigin: seen.offOrigin.length,
		routedOffOrigin: watch.offOrigin.length,
		websockets: seen.websockets.length,
		workerWasmGets: seen.workerWasmGets
	};
	console.log(
		`[trust] egress, online pass: ${steps} steps, ${seen.total} requests (${seen.workerWasmGets} made by the DuckDB worker), ` +
			`${seen.offOrigin.length} off-origin, ${seen.websockets.length} websockets`
	);
	// Requests made inside workers are seen too (playwright#4487 was about missing them).
	expect(seen.workerWasmGets).toBeGreaterThan(0);
	writeFileSync(testInfo.outputPath('egress-online.json'), JSON.stringify(counts.online, null, 2));
	expect(seen.offOrigin).toEqual([]);
	expect(seen.websockets).toEqual([]);
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('offline after the assets loaded: the same journey works and nothing is even attempted off-origin', async ({ page, context, baseURL, watch }, testInfo) => {
		test.setTimeout(240_000);
		await page.setViewportSize({ width: 1280, height: 900 });
		const seen = watchRequests(context, page, new URL(baseURL as string).origin);
		// First visit online: the service worker installs, caches the app, and the wasm that runs.
		await page.goto('/');
		await waitForDuckDB(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
			}
		});
		await page.reload();
		await waitForDuckDB(page);
		// The import worker's module is fetched on first use: load it once online.
		await openImport(page);
		await upload(page, FILES.english());

		await context.setOffline(true);
		const before = seen.total;
		const steps = await journey(page);
		await context.setOffline(false);
		counts.offline = { steps, requests: seen.total - before, offOrigin: seen.offOrigin.length, routedOffOrigin: watch.offOrigin.length, websockets: seen.websockets.length };
		console.log(`[trust] egress, offline pass: ${steps} steps, ${seen.total - before} requests while offline, ${seen.offOrigin.length} off-origin`);
		writeFileSync(testInfo.outputPath('egress-offline.json'), JSON.stringify(counts.offline, null, 2));
		expect(seen.offOrigin).toEqual([]);
		expect(seen.websockets).toEqual([]);
	});
});

test('even code running inside the workers cannot reach another host: their own CSP refuses it before any request', async ({ page, context, watch }) => {
	const attempted: string[] = [];
	context.on('request', (request) => {
		if (request.url().includes('127.0.0.2')) attempted.push(request.url());
	});
	await openImport(page);
	await upload(page, FILES.english());
	const results: Record<string, string> = {};
	for (const [name, pattern] of [
		['DuckDB worker', /duckdb-browser-(eh|mvp)\.worker/],
		['import worker', /import\.worker/]
	] as const) {
		await expect.poll(() => page.workers().some((w) => pattern.test(w.url())), { timeout: 30_000 }).toBe(true);
		const worker = page.workers().find((w) => pattern.test(w.url()));
		results[name] = (await worker?.evaluate(async () => {
			try {
				await fetch('http://127.0.0.2/x.csv');
				return 'fetched';
			} catch (error) {
				return String(error);
			}
		})) as string;
	}
	console.log(`[trust] egress from inside workers: ${JSON.stringify(results)}`);
	for (const result of Object.values(results)) expect(result).toMatch(/TypeError/);
	// Refused by CSP, not by the test's routing or a dead address: no request was made at all (the
	// context does see worker requests: see the online pass).
	expect(attempted).toEqual([]);
	expect(watch.offOrigin).toEqual([]);
	watch.consoleErrors = watch.consoleErrors.filter((e) => !/Refused to connect to 'http:\/\/127\.0\.0\.2\/x\.csv'/.test(e));
});
