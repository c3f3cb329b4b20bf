/**
 * WCAG 2.1 A/AA on every route (issue 8), extending `a11y.spec.ts` (overview and data): each route in
 * both languages, each map in both modes and with its tooltip open, charts with their data tables shown,
 * the import page with an import error shown, the SQL console with a result, a refusal and an error.
 * Each state is scanned by axe-core after the browser's DuckDB has taken the page over; the count of
 * routes × states is printed and attached. (axe sees only part of WCAG; `keyboard.spec.ts` walks the main
 * journey with the keyboard alone.)
 */
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FILES, openImport, upload } from './import-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const scanned: { route: string; state: string; violations: number }[] = [];

async function scan(page: Page, route: string, state: string, violations: string[]): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	scanned.push({ route, state, violations: results.violations.length });
	for (const v of results.violations) {
		violations.push(`${route} [${state}] ${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
	}
}

/** Wait for whatever the page waits on: DuckDB's take-over, the import page, the SQL console. */
async function settled(page: Page): Promise<void> {
	const duckdb = page.locator('[data-duckdb]');
	if (await duckdb.count()) await expect(duckdb.first()).toHaveAttribute('data-duckdb', 'ready', { timeout: 30_000 });
	const importStep = page.locator('[data-import-step]');
	if (await importStep.count()) await expect(importStep).toHaveAttribute('data-import-step', /idle|preview|checked|done/, { timeout: 30_000 });
	const sql = page.locator('[data-sql-state]');
	if (await sql.count()) await expect(sql).not.toHaveAttribute('data-sql-state', /starting|running/, { timeout: 30_000 });
	await page.locator('.echart:not([data-chart-ready])').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/** Switch the page's language with its own link (or the URL, in chromeless embeds). */
async function toEnglish(page: Page): Promise<void> {
	const link = page.locator('a.lang');
	if (await link.count()) await link.click();
	else {
		const url = new URL(page.url());
		url.searchParams.set('lang', 'en');
		await page.goto(url.toString());
	}
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await settled(page);
}

/** The map's states: tooltip open (tiles), geography, tooltip open (geography). */
async function mapStates(page: Page, route: string, lang: string, violations: string[], modeButton: string | null): Promise<void> {
	const region = page.locator('[data-region-key="RU-MOW"]').first();
	await region.focus();
	await expect(page.getByRole('tooltip')).toBeVisible();
	await scan(page, route, `${lang}, tiles, tooltip open`, violations);
	if (modeButton) await page.getByRole('button', { name: modeButton, exact: true }).first().click();
	else {
		const url = new URL(page.url());
		url.searchParams.set('map', 'geo');
		await page.goto(url.toString());
		await settled(page);
	}
	await expect(page.locator('.region-map path').first()).toBeVisible();
	await scan(page, route, `${lang}, geography`, violations);
	await page.locator('[data-region-key="RU-KYA"]').first().focus();
	await expect(page.getByRole('tooltip')).toBeVisible();
	await scan(page, route, `${lang}, geography, tooltip open`, violations);
}

/** Show every chart's data table (the accessible alternative to the picture). */
async function showTables(page: Page): Promise<number> {
	const toggles = page.locator('button.table-toggle[aria-expanded="false"]');
	const n = await toggles.count();
	for (let i = 0; i < n; i++) await toggles.first().click();
	return n;
}

interface Route {
	path: string;
	/** The map mode button's name in Russian and English, if the route has a map with a mode switch. */
	map?: [string, string] | 'url';
	charts?: boolean;
}

const ROUTES: Route[] = [
	{ path: '/', map: ['География', 'Geography'], charts: true },
	{ path: '/funding', charts: true },
	{ path: '/timeline', map: ['География', 'Geography'], charts: true },
	{ path: '/compare?pin=RU-MOW,RU-SPE', charts: true },
	{ path: '/region/RU-MOW', charts: true },
	{ path: '/region/RU-KRS', charts: true },
	{ path: '/embed/access-map', map: 'url' },
	{ path: '/embed/funding-scatter' },
	{ path: '/data' }
];

for (const route of ROUTES) {
	test(`axe: ${route.path} in both languages${route.map ? ', both map modes, tooltip open' : ''}${route.charts ? ', tables shown' : ''}`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 1280, height: 900 });
		const violations: string[] = [];
		for (const lang of ['ru', 'en'] as const) {
			if (lang === 'ru') await page.goto(route.path);
			else {
				await page.goto(route.path);
				await toEnglish(page);
			}
			await settled(page);
			await scan(page, route.path, lang, violations);
			if (route.map) await mapStates(page, route.path, lang, violations, route.map === 'url' ? null : route.map[lang === 'ru' ? 0 : 1]);
			if (route.charts && (await showTables(page)) > 0) await scan(page, route.path, `${lang}, data tables shown`, violations);
		}
		expect(violations).toEqual([]);
	});
}

test('axe: /import in both languages, with a file previewed and with an import error shown', async ({ page }) => {
	test.setTimeout(90_000);
	const violations: string[] = [];
	for (const lang of ['ru', 'en'] as const) {
		await openImport(page);
		if (lang === 'en') await toEnglish(page);
		await scan(page, '/import', `${lang}, empty`, violations);
		await upload(page, FILES.ministry());
		await scan(page, '/import', `${lang}, preview`, violations);
		await upload(page, FILES.broken());
		await page.locator('.actions button.primary').click();
		await expect(page.getByTestId('import-error')).toHaveAttribute('data-code', 'unterminated_quote', { timeout: 30_000 });
		await scan(page, '/import', `${lang}, import error shown`, violations);
	}
	expect(violations).toEqual([]);
});

test('axe: /sql in both languages, with a result (table and chart), a refusal and an error', async ({ page }) => {
	test.setTimeout(90_000);
	const violations: string[] = [];
	for (const lang of ['ru', 'en'] as const) {
		await page.goto(lang === 'ru' ? '/sql' : '/sql?lang=en');
		await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'ready', { timeout: 30_000 });
		await scan(page, '/sql', `${lang}, ready`, violations);
		const run = async (sql: string, state: RegExp) => {
			await page.getByTestId('sql-editor').fill(sql);
			await page.locator('.actions button.primary').click();
			await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', state, { timeout: 30_000 });
			await settled(page);
		};
		await run('SELECT key, name_ru, population FROM regions ORDER BY population DESC', /done/);
		await expect(page.locator('figure.quick .echart')).toHaveAttribute('data-chart-ready', 'true');
		await scan(page, '/sql', `${lang}, result with chart`, violations);
		await run("SELECT * FROM read_csv('http://127.0.0.2/x.csv')", /refused/);
		await scan(page, '/sql', `${lang}, refusal shown`, violations);
		await run('SELECT * FROM no_such_table', /error/);
		await scan(page, '/sql', `${lang}, error shown`, violations);
	}
	expect(violations).toEqual([]);
});

// eslint-disable-next-line no-empty-pattern -- Playwright wants a destructured fixtures argument
test.afterAll(async ({}, testInfo) => {
	const routes = new Set(scanned.map((s) => s.route));
	const total = scanned.reduce((n, s) => n + s.violations, 0);
	console.log(`[trust] axe: ${scanned.length} states scanned on ${routes.size} routes, ${total} violations`);
	writeFileSync(testInfo.outputPath('trust-a11y-states.json'), JSON.stringify(scanned, null, 2));
});
