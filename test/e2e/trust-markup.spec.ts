/**
 * Markup from data never runs (issue 8): every payload of `test/fixtures/hostile/payloads.ts` is pushed
 * through every text sink and must show literally, as text, and never run.
 *
 * - Shipped data: the site is built from a hostile copy of `data/` (`scripts/make-hostile-data.js`, every
 *   free-text column replaced by payloads; `EMR_DATA_DIR` points the build at it) and served beside the
 *   build under test. Region and district names, evidence notes, service names, source titles and
 *   publishers, notes → map tooltips and accessible names, ranking, headline, charts (labels, aria
 *   descriptions, tooltips), data tables, profiles, source lists, document titles, exported CSV and SVG.
 * - User data on the normal build: a CSV whose file name, headers and cells are payloads goes through
 *   /import (preview, check report, done panel, stored list), then /sql (result grid, quick chart, DuckDB
 *   error text, CSV download), plus SQL string literals and identifiers that are payloads.
 *
 * Each page fails on any dialog, on `window.__pwned` being set, on any element a payload would create, on
 * a CSP violation (fixture) and on hostile text shown other than literally (`expectLiteralEverywhere`).
 * The payloads × sinks tally is printed at the end and attached as `trust-markup-tally.json`.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';
import { checkFile, confirm, openImport, upload } from './import-helpers';
import { PAYLOADS } from '../fixtures/hostile/payloads';
import {
	HOSTILE_URL,
	Tally,
	buildHostileSite,
	downloadText,
	expectDefusedCsv,
	expectInertSvg,
	expectLiteralEverywhere,
	expectNothingRan,
	hostileRows,
	payloadsIn,
	serveHostileSite,
	watchDialogs
} from './trust-helpers';

const tally = new Tally();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let literalValues = 0;

/**
 * ECharts text: where a text is parsed as rich-text markup (tooltips, the timeline's axis labels)
 * `plainRichText` (src/lib/charts/rich-text.ts) draws `{`, `}` and `|` from data as full-width look-alikes,
 * so markup can never be read from data; compare after undoing that. Other labels are drawn literally.
 */
const unRich = (text: string) => text.replace(/[｛｝｜]/g, (c) => ({ '｛': '{', '｝': '}', '｜': '|' })[c] as string);

/** Which payload a hostile cell holds (its text starts with the payload's). */
const payloadOf = (cell: string) => PAYLOADS.find((p) => cell.startsWith(`${p.text} №`))?.id;

/** Keys (of `rows[keyColumn]`) whose `column` cells together hold every payload, one per payload where possible. */
function coveringKeys(rows: Record<string, string>[], column: string, keyColumn = 'key'): string[] {
	const byPayload = new Map<string, string>();
	for (const row of rows) {
		const id = payloadOf(row[column] ?? '');
		if (id && !byPayload.has(id)) byPayload.set(id, row[keyColumn] as string);
	}
	return [...new Set(byPayload.values())];
}

async function checkPage(page: Page, dialogs: string[]): Promise<void> {
	await expectNothingRan(page, dialogs);
	literalValues += await expectLiteralEverywhere(page);
}

/** Navigate inside the app (SvelteKit's client router): DuckDB stays loaded. */
async function clientGoto(page: Page, href: string): Promise<void> {
	await page.evaluate((to) => {
		const a = document.createElement('a');
		a.href = to;
		document.querySelector('main')?.append(a);
		a.click();
		a.remove();
	}, href);
}

test.describe('shipped data from a hostile build', () => {
	test.use({ baseURL: HOSTILE_URL });
	let stop: (() => void) | null = null;

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		buildHostileSite();
		stop = await serveHostileSite();
	});
	test.afterAll(() => stop?.());

	test('overview: map, tooltips, ranking, headline, chart, table and exports show payloads literally', async ({ page }) => {
		test.setTimeout(120_000);
		const dialogs = watchDialogs(page);
		const regions = hostileRows('regions/regions.csv');
		await page.goto('/');
		await waitForDuckDB(page);

		// Every region's short name (ru) in the ranking and as the map's accessible names.
		const ranking = page.locator('section.ranking');
		const rankingText = await ranking.textContent();
		for (const r of regions) expect(rankingText, `ranking lists ${r.key}`).toContain(r.name_short_ru);
		expect(await tally.record('overview ranking table (ru)', ranking)).toHaveLength(PAYLOADS.length);
		for (const r of regions.slice(0, 20)) {
			await expect(page.locator(`[data-region-key="${r.key}"]`)).toHaveAttribute('aria-label', new RegExp(`^${escapeRegExp(r.name_short_ru as string)}:`));
		}
		expect(await tally.record('map accessible names', page.locator('.region-map svg'))).toHaveLength(PAYLOADS.length);

		// A tooltip for regions whose names hold every payload (keyboard focus opens it).
		const tooltipIds = new Set<string>();
		for (const key of coveringKeys(regions, 'name_short_ru')) {
			await page.locator(`[data-region-key="${key}"]`).focus();
			const tip = page.getByRole('tooltip');
			const name = regions.find((r) => r.key === key)?.name_short_ru as string;
			await expect(tip.locator('strong')).toHaveText(name);
			for (const id of payloadsIn((await tip.textContent()) ?? '')) tooltipIds.add(id);
		}
		tally.add('map tooltip (tiles)', [...tooltipIds]);
		expect(tooltipIds.size).toBe(PAYLOADS.length);

		await tally.record('headline (capitals, sources)', page.locator('section.headline'));
		await tally.record('district names (select options)', page.locator('.controls select').last());

		// The usage chart: axis labels and its aria description (ECharts SVG), source line, table.
		const usage = page.locator('figure.chart-frame').filter({ has: page.locator('#usage-title') });
		const chart = usage.locator('.echart');
		await expect(chart).toHaveAttribute('data-chart-ready', 'true');
		const labels = unRich((await chart.locator('svg text').allTextContents()).join('\n'));
		tally.add('chart axis labels (ECharts SVG)', payloadsIn(labels));
		tally.add('chart aria description', payloadsIn(unRich((await chart.getAttribute('aria-label')) ?? '')));
		await tally.record('chart source line', usage.locator('.source'));
		// A chart tooltip (rich text, drawn in the SVG): hover bars; what appears beyond the labels is the tooltip.
		const before = new Set(await chart.locator('svg text').allTextContents());
		const bars = chart.locator('svg path');
		const tooltipTexts: string[] = [];
		for (let i = 0; i < Math.min(await bars.count(), 40) && tooltipTexts.length === 0; i++) {
			await bars.nth(i).hover({ force: true }).catch(() => undefined);
			await page.waitForTimeout(100);
			tooltipTexts.push(...(await chart.locator('svg text').allTextContents()).filter((t) => !before.has(t)));
		}
		tally.add('chart tooltip (ECharts rich text)', payloadsIn(unRich(tooltipTexts.join('\n'))));
		await usage.getByRole('button', { name: 'Показать данные таблицей' }).click();
		await tally.record('chart data table', usage.locator('.table-wrap'));

		// Exports: CSV (formulas defused), SVG (inert, text literal), ranking CSV.
		const [csvDownload] = await Promise.all([page.waitForEvent('download'), usage.locator('[data-export="csv"]').click()]);
		const csvCells = expectDefusedCsv(await downloadText(csvDownload));
		tally.add('exported chart CSV', payloadsIn(csvCells.map((c) => c.replace(/^'/, '')).join('\n')));
		for (const p of PAYLOADS.filter((x) => x.formula)) {
			for (const cell of csvCells.filter((c) => c.replace(/^'/, '').startsWith(p.text))) expect(cell.startsWith(`'${p.text}`), cell).toBe(true);
		}
		const [svgDownload] = await Promise.all([page.waitForEvent('download'), usage.locator('[data-export="svg"]').click()]);
		const svgText = await expectInertSvg(page, await downloadText(svgDownload));
		tally.add('exported chart SVG (labels, source)', payloadsIn(unRich(svgText)));
		const [pngDownload] = await Promise.all([page.waitForEvent('download'), usage.locator('[data-export="png"]').click()]);
		expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
		const [rankingCsv] = await Promise.all([page.waitForEvent('download'), ranking.locator('button.download').click()]);
		const rankingCells = expectDefusedCsv(await downloadText(rankingCsv));
		expect(payloadsIn(rankingCells.map((c) => c.replace(/^'/, '')).join('\n'))).toHaveLength(PAYLOADS.length);
		tally.add('exported ranking CSV', payloadsIn(rankingCells.map((c) => c.replace(/^'/, '')).join('\n')));

		await checkPage(page, dialogs);

		// English, the geographic map, another metric: the same names through other code paths.
		await page.getByRole('link', { name: /English/ }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const rankingEn = (await ranking.textContent()) ?? '';
		for (const r of regions) expect(rankingEn).toContain(r.name_en);
		await tally.record('overview ranking table (en)', ranking);
		await page.getByRole('button', { name: 'Geography' }).click();
		await expect(page.getByRole('button', { name: 'Geography' })).toHaveAttribute('aria-pressed', 'true');
		const geoIds = new Set<string>();
		for (const key of coveringKeys(regions, 'name_en').filter((k) => k.startsWith('RU-')).slice(0, 12)) {
			const region = page.locator(`[data-region-key="${key}"]`);
			if ((await region.count()) === 0) continue;
			await region.focus();
			for (const id of payloadsIn((await page.getByRole('tooltip').textContent()) ?? '')) geoIds.add(id);
		}
		tally.add('map tooltip (geography, en)', [...geoIds]);
		await page.locator('.controls select').first().selectOption('users_per_100');
		await expect(page.locator('section.ranking')).toHaveAttribute('data-metric', 'users_per_100');
		await tally.record('ranking by another metric (DuckDB query)', page.locator('section.ranking'));
		await checkPage(page, dialogs);
	});

	test('region profiles: headings, evidence, services, sources, titles', async ({ page }) => {
		test.setTimeout(120_000);
		const dialogs = watchDialogs(page);
		const access = hostileRows('emr/access.csv');
		const keys = [...new Set([...coveringKeys(access, 'evidence_ru'), ...coveringKeys(access, 'service_name')])];
		const [first, ...rest] = keys as [string, ...string[]];
		await page.goto(`/region/${first}`);
		await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 30_000 });
		for (const key of [first, ...rest]) {
			if (key !== first) {
				await clientGoto(page, `/region/${key}`);
				await expect(page.locator(`[data-region="${key}"]`)).toBeVisible();
				await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 30_000 });
			}
			for (const row of access.filter((r) => r.key === key)) {
				await expect(page.getByTestId('access')).toContainText(row.evidence_ru as string);
				await expect(page.getByTestId('access')).toContainText(row.service_name as string);
			}
			await tally.record('profile heading (h1)', page.locator('h1'));
			tally.add('document title', payloadsIn(await page.title()));
			await tally.record('profile access history (evidence, services)', page.getByTestId('access'));
			await tally.record('profile sources list', page.locator('section.sources'));
			await tally.record('profile source lines (text and title attribute)', page.locator('p.source'));
			await checkPage(page, dialogs);
		}
	});

	test('data page, compare, timeline, funding and the embedded map', async ({ page }) => {
		test.setTimeout(150_000);
		const dialogs = watchDialogs(page);
		const sources = hostileRows('sources/sources.csv');

		await page.goto('/data');
		const list = page.locator('ol.sources');
		for (const s of sources) {
			await expect(list.locator(`[id="source-${s.id}"]`)).toContainText(s.publisher as string);
			await expect(list.locator(`[id="source-${s.id}"]`)).toContainText(s.title as string);
		}
		expect(await tally.record('data page sources (titles, publishers)', list)).toHaveLength(PAYLOADS.length);
		await checkPage(page, dialogs);

		const regions = hostileRows('regions/regions.csv');
		const pins = coveringKeys(regions, 'name_short_ru').slice(0, 6);
		await page.goto(`/compare?pin=${pins.join(',')}`);
		await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 30_000 });
		await tally.record('compare table', page.getByTestId('compare-table'));
		const compareChart = page.locator('.echart').first();
		await expect(compareChart).toHaveAttribute('data-chart-ready', 'true');
		tally.add('compare chart labels', payloadsIn(unRich((await compareChart.locator('svg text').allTextContents()).join('\n'))));
		await checkPage(page, dialogs);

		await page.goto('/timeline');
		await waitForDuckDB(page);
		const timelineCharts = page.locator('.echart');
		await expect(timelineCharts.first()).toHaveAttribute('data-chart-ready', 'true');
		const timelineText = unRich((await page.locator('.echart svg text').allTextContents()).join('\n'));
		tally.add('timeline chart labels', payloadsIn(timelineText));
		const mapAtDate = page.locator('.region-map').first();
		const timelineTip = new Set<string>();
		for (const key of coveringKeys(regions, 'name_short_ru').slice(0, 18)) {
			const region = mapAtDate.locator(`[data-region-key="${key}"]`);
			if ((await region.count()) === 0) continue;
			await region.focus();
			for (const id of payloadsIn((await page.getByRole('tooltip').textContent()) ?? '')) timelineTip.add(id);
		}
		tally.add('timeline map tooltip', [...timelineTip]);
		await checkPage(page, dialogs);

		await page.goto('/funding');
		await waitForDuckDB(page);
		await expect(page.locator('.echart').first()).toHaveAttribute('data-chart-ready', 'true');
		tally.add('funding scatter labels', payloadsIn(unRich((await page.locator('.echart svg text').allTextContents()).join('\n'))));
		await tally.record('funding page text (outliers, table, sources)', page.locator('main'));
		await checkPage(page, dialogs);

		await page.goto('/embed/access-map');
		await expect(page.locator('[data-region-key="RU-MOW"]')).toBeVisible();
		await page.locator('[data-region-key="RU-MOW"]').focus();
		await tally.record('embedded map tooltip', page.getByRole('tooltip'));
		await checkPage(page, dialogs);
	});
});

/** Region names the registry knows (the import's region column), one per data row. */
const REGION_NAMES = [
	'Москва',
	'Санкт-Петербург',
	'Московская область',
	'Ленинградская область',
	'Республика Татарстан',
	'Краснодарский край',
	'Свердловская область',
	'Новосибирская область',
	'Ростовская область',
	'Нижегородская область',
	'Самарская область',
	'Челябинская область',
	'Республика Башкортостан',
	'Пермский край',
	'Воронежская область',
	'Красноярский край',
	'Тульская область',
	'Омская область'
];

const csvField = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A CSV whose headers (but the first) and text cells are payloads: `;`-separated, region names in column 1,
 * numbers in column 2 and under every other payload header, payload text in the rest.
 */
function hostileCsv(): string {
	const header = ['Регион', VALUE_HEADER, ...PAYLOADS.map((p) => p.text)];
	// Columns under even payloads hold numbers (more measures whose labels are payloads), the others text.
	const cellsOf = (r: number) =>
		PAYLOADS.map((_, c) => (c % 2 === 0 ? String((r + 1) * (c + 1)) : (PAYLOADS[(r + c) % PAYLOADS.length]?.text ?? '')));
	const rows = REGION_NAMES.map((name, r) => [name, String(r + 1), ...cellsOf(r)]);
	// A region cell no registry knows: listed in the check report with a fix to choose.
	rows.push([UNKNOWN_REGION, '99', ...cellsOf(0)]);
	return [header, ...rows].map((cells) => cells.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** The value column's header (its label on the check report, the done panel and the map link). */
const VALUE_HEADER = `${PAYLOADS[1]?.text} значение`;
const UNKNOWN_REGION = PAYLOADS[4]?.text as string;

const FILE_NAME = '<img src=x onerror="window.__pwned=1">.csv';

test.describe('user data: import and SQL', () => {
	test('payloads as file name, headers and cells are shown literally through import, SQL, chart and download', async ({ page }) => {
		test.setTimeout(150_000);
		await page.setViewportSize({ width: 1280, height: 900 });
		const dialogs = watchDialogs(page);
		await openImport(page);
		await upload(page, { name: FILE_NAME, mimeType: 'text/csv', buffer: Buffer.from(hostileCsv(), 'utf8') });

		const preview = page.getByTestId('sample-preview');
		expect(await tally.record('import preview: headers', preview.locator('thead'))).toHaveLength(PAYLOADS.length);
		expect(await tally.record('import preview: cells', preview.locator('tbody'))).toHaveLength(PAYLOADS.length);
		await tally.record('import file summary (file name)', page.getByTestId('file-summary'));
		await tally.record('import mapping form (column names)', page.locator('form, fieldset').filter({ hasText: 'Значение' }).first());
		await expectNothingRan(page, dialogs);

		await checkFile(page);
		await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'checked');
		await expect(page.getByTestId('check-report')).toContainText(VALUE_HEADER);
		await expect(page.getByTestId('problems-warnings')).toContainText(UNKNOWN_REGION);
		await tally.record('import check report (value label, problems)', page.getByTestId('check-report'));
		await tally.record('import region fixes (unknown cell as text and label)', page.getByTestId('check-report').locator('select').first().locator('..'));
		await confirm(page);
		const done = page.getByTestId('import-done');
		const table = ((await done.textContent()) ?? '').match(/imp_[a-z0-9_]+/)?.[0];
		expect(table, 'the imported table name').toBeTruthy();
		await tally.record('import done panel (title)', done);
		await tally.record('stored imports list (title, file name)', page.getByTestId('stored-imports'));
		await expectNothingRan(page, dialogs);

		// The imported measures on the overview map: selector, title, legend, tooltip, ranking.
		await done.getByTestId('map-link').first().click();
		await waitForDuckDB(page);
		await expect(page.locator('#map-title')).toContainText(VALUE_HEADER);
		const select = page.getByLabel('Показатель на карте');
		expect((await tally.record('overview measure selector (imported labels)', select)).length).toBeGreaterThanOrEqual(9);
		await tally.record('overview map title (imported label)', page.locator('#map-title'));
		await page.locator('[data-region-key="RU-MOW"]').focus();
		await tally.record('overview map tooltip (imported measure, file name)', page.getByRole('tooltip'));
		const options = await select.locator('option[value^="import:"]').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
		for (const value of options) {
			await select.selectOption(value);
			await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready');
			await expect(page.locator('#map-title')).not.toContainText('…');
			tally.add('overview map title (imported label)', payloadsIn((await page.locator('#map-title').textContent()) ?? ''));
			tally.add('overview legend and ranking (imported measure)', payloadsIn(((await page.locator('.legend').first().textContent()) ?? '') + ((await page.locator('section.ranking').textContent()) ?? '')));
		}
		await checkPage(page, dialogs);

		// SQL over the imported table: headers and cells in the grid, the quick chart, the CSV download.
		await page.goto(`/sql?q=${encodeURIComponent(`SELECT * EXCLUDE (record_no, region_kind, key) FROM ${table} ORDER BY 2`)}`);
		await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'ready', { timeout: 30_000 });
		await page.getByRole('button', { name: 'Выполнить' }).click();
		await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'done', { timeout: 30_000 });
		const grid = page.getByTestId('sql-result');
		expect(await tally.record('SQL result grid: column names', grid.locator('thead'))).toHaveLength(PAYLOADS.length);
		expect(await tally.record('SQL result grid: cells', grid.locator('tbody'))).toHaveLength(PAYLOADS.length);
		const quick = page.locator('figure.quick');
		await expect(quick.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await tally.record('SQL quick chart: column pickers', quick.locator('select'));
		// Chart the payload column that holds every payload across the first rows (labels are truncated
		// at 140 px by design: a label must be a literal prefix of a payload, never anything else).
		await quick.locator('select').first().selectOption({ index: 1 });
		await expect(quick.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		const chartLabels = (await quick.locator('.echart svg text').allTextContents()).map(unRich).filter((t) => t && !/^[\d\s.,]+$/.test(t));
		const prefixes = chartLabels.filter((t) => PAYLOADS.some((p) => p.text.startsWith(t.replace(/\.\.\.$|…$/, ''))));
		expect(prefixes.length, `quick chart labels are literal payload prefixes: ${JSON.stringify(chartLabels.slice(0, 5))}`).toBeGreaterThan(0);
		tally.add('SQL quick chart: bar labels (literal, truncated)', PAYLOADS.filter((p) => chartLabels.some((t) => t.length >= 4 && p.text.startsWith(t.replace(/\.\.\.$|…$/, '')))).map((p) => p.id));
		tally.add('SQL quick chart: aria description (column name)', payloadsIn((await quick.locator('.echart').getAttribute('aria-label')) ?? ''));

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
		const cells = expectDefusedCsv(await downloadText(download));
		const plain = cells.map((c) => c.replace(/^'/, '')).join('\n');
		expect(payloadsIn(plain)).toHaveLength(PAYLOADS.length);
		tally.add('SQL CSV download (headers and cells)', payloadsIn(plain));
		for (const p of PAYLOADS.filter((x) => x.formula)) {
			for (const cell of cells.filter((c) => c.replace(/^'/, '').startsWith(p.text))) expect(cell.startsWith(`'${p.text}`), cell).toBe(true);
		}
		await expectNothingRan(page, dialogs);

		// Payloads typed into SQL: string literals as values, quoted identifiers as column names, and a
		// table name that does not exist (DuckDB's error echoes it).
		const editor = page.getByTestId('sql-editor');
		const literals = PAYLOADS.map((p, i) => `'${p.text.replaceAll("'", "''")}' AS "c${i}"`).join(', ');
		await editor.fill(`SELECT ${literals}`);
		await page.getByRole('button', { name: 'Выполнить' }).click();
		await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'done', { timeout: 30_000 });
		expect(await tally.record('SQL string literals in results', grid.locator('tbody'))).toHaveLength(PAYLOADS.length);
		const idents = PAYLOADS.filter((p) => p.id !== 'long').map((p, i) => `${i} AS "${p.text.replaceAll('"', '""')}"`).join(', ');
		await editor.fill(`SELECT ${idents}`);
		await page.getByRole('button', { name: 'Выполнить' }).click();
		await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'done', { timeout: 30_000 });
		expect(await tally.record('SQL quoted identifiers as column names', grid.locator('thead'))).toHaveLength(PAYLOADS.length - 1);
		for (const p of PAYLOADS.slice(0, 6)) {
			await editor.fill(`SELECT * FROM "${p.text.replaceAll('"', '""')}"`);
			await page.getByRole('button', { name: 'Выполнить' }).click();
			await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', /error|refused/, { timeout: 30_000 });
			const shown = page.getByTestId('sql-error').or(page.getByTestId('sql-refusal'));
			tally.add('SQL error messages (DuckDB echoes the name)', payloadsIn((await shown.textContent()) ?? ''));
		}
		await expectNothingRan(page, dialogs);
	});

	test('an import error that quotes a hostile line shows it literally', async ({ page }) => {
		const dialogs = watchDialogs(page);
		await openImport(page);
		const lines = ['Регион;Значение', ...REGION_NAMES.slice(0, 10).map((n, i) => `${n};${i}`), `Тульская область;"${PAYLOADS[1]?.text}`];
		await upload(page, { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n', 'utf8') });
		await checkFile(page);
		const error = page.getByTestId('import-error');
		await expect(error).toBeVisible();
		tally.add('import error detail (DuckDB quotes the line)', payloadsIn((await error.textContent()) ?? ''));
		await expectNothingRan(page, dialogs);
	});
});

// eslint-disable-next-line no-empty-pattern -- Playwright wants a destructured fixtures argument
test.afterAll(async ({}, testInfo) => {
	const summary = `${tally.summary()}\nhostile values checked for literal display: ${literalValues}`;
	console.log(`\n[trust] markup: ${summary}`);
	writeFileSync(
		testInfo.outputPath('trust-markup-tally.json'),
		JSON.stringify({ payloads: PAYLOADS.length, sinks: Object.fromEntries([...tally.sinks].map(([k, v]) => [k, [...v]])), pairs: tally.pairs, literalValues }, null, 2)
	);
});
