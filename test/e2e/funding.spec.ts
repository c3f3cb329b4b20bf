import type { Download, Locator, Page } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';

async function readDownload(download: Download): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

const chart = (page: Page) => page.locator('figure', { has: page.locator('#funding-title') }).locator('.echart');

/** A point's label (drawn SVG text) and a click on its symbol, just left of the label. */
function label(page: Page, name: string): Locator {
	return chart(page).locator('svg text').filter({ hasText: new RegExp(`^${name}$`) });
}
async function clickPoint(page: Page, name: string) {
	await label(page, name).scrollIntoViewIfNeeded();
	const box = await label(page, name).boundingBox();
	if (!box) throw new Error(`no label ${name}`);
	// The label stands right or left of its marker (label placement avoids collisions): try the left side,
	// then the right one, until the click changes the selection in the URL.
	const before = page.url();
	for (const x of [box.x - 9, box.x + box.width + 9]) {
		await page.mouse.click(x, box.y + box.height / 2);
		const changed = await expect
			.poll(() => page.url(), { timeout: 1500 })
			.not.toBe(before)
			.then(() => true, () => false);
		if (changed) return;
	}
	throw new Error(`clicking beside the label ${name} selected nothing`);
}

test.describe('funding page', () => {
	test('draws the 2021 scatter with labels, outliers and the coverage note', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/funding');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Деньги и доступ к электронной медкарте');
		await expect(chart(page)).toHaveAttribute('data-chart-ready', 'true');
		await expect(label(page, 'Москва')).toHaveCount(1);
		await expect(label(page, 'Якутия')).toHaveCount(1);
		await expect(page.locator('#funding-title')).toHaveText(/Где доступ полный, тратят больше/);
		// 13: only observed stages count (promises in Nizhny Novgorod, Voronezh, Bashkortostan do not).
		await expect(page.getByTestId('coverage')).toContainText(/оба значения: 13 из 89/);
		await expect(page.getByTestId('coverage')).toContainText(/это не значит «нет доступа»/);
		await expect(page.getByTestId('outliers')).toContainText('Ни один регион не отстоит от устойчивой линии');
		await waitForDuckDB(page);
		await page.screenshot({ path: testInfo.outputPath('funding-1280.png'), fullPage: true });
	});

	test('at 390 px the chart and controls fit the screen', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/funding');
		await expect(chart(page)).toHaveAttribute('data-chart-ready', 'true');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		await page.screenshot({ path: testInfo.outputPath('funding-390.png'), fullPage: true });
	});

	test('clicking a point selects the region, highlights it and links its profile', async ({ page }) => {
		await page.goto('/funding');
		await waitForDuckDB(page);
		await expect(chart(page)).toHaveAttribute('data-chart-ready', 'true');
		await clickPoint(page, 'Якутия');
		await expect(page).toHaveURL(/region=RU-SA/);
		await expect(page.getByTestId('selection')).toContainText('Выбран регион: Якутия');
		await expect(page.getByRole('link', { name: 'Профиль региона' })).toHaveAttribute('href', /\/region\/RU-SA$/);
		await page.getByRole('button', { name: 'Показать данные таблицей' }).click();
		await expect(page.locator('#funding-table tr.selected')).toContainText('Якутия');
		// A second click on the same point clears the selection.
		await clickPoint(page, 'Якутия');
		await expect(page).not.toHaveURL(/region=/);
	});

	test('toggles write the URL, and a shared URL reopens the same state', async ({ page }, testInfo) => {
		await page.goto('/funding');
		await waitForDuckDB(page);
		await page.locator('[data-year="2019"]').click();
		await expect(page).toHaveURL(/year=2019/);
		await page.getByLabel('Без Москвы').check();
		await expect(page).toHaveURL(/nomsk=1/);
		await expect(label(page, 'Москва')).toHaveCount(0);
		await page.getByLabel('Логарифмическая шкала').check();
		await page.locator('[data-x="subsidy_per_resident"]').click();
		await expect(page).toHaveURL(/x=subsidy_per_resident/);
		const shared = page.url();

		const other = await page.context().newPage();
		await other.goto(shared);
		await waitForDuckDB(other);
		await expect(other.locator('[data-year="2019"]')).toHaveAttribute('aria-pressed', 'true');
		await expect(other.locator('[data-x="subsidy_per_resident"]')).toHaveAttribute('aria-pressed', 'true');
		await expect(other.getByLabel('Без Москвы')).toBeChecked();
		await expect(other.getByLabel('Логарифмическая шкала')).toBeChecked();
		await expect(chart(other)).toHaveAttribute('data-chart-ready', 'true');
		await expect(other.locator('#funding-title')).toBeVisible();
		await expect(other.getByTestId('coverage')).toContainText('2019');
		await other.screenshot({ path: testInfo.outputPath('funding-shared-2019.png'), fullPage: true });

		await other.goto('/funding?y=users_per_100');
		await waitForDuckDB(other);
		await expect(other.locator('#funding-title')).toHaveText(/лишь у 3 регионов/);
		await expect(other.getByTestId('outliers')).toContainText('Точек меньше 8');
		await other.close();
	});

	test('downloads PNG, SVG and the CSV of the points drawn', async ({ page }) => {
		await page.goto('/funding');
		const frame = page.locator('figure', { has: page.locator('#funding-title') });
		await expect(frame.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		const [csv] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="csv"]').click()]);
		const text = (await readDownload(csv)).toString('utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const lines = text.trim().split('\r\n');
		expect(lines).toHaveLength(14); // header + 13 regions with spending and an observed stage
		expect(lines.find((l) => l.startsWith('RU-MOW,'))).toMatch(/^RU-MOW,Москва,2021,797997831156\.88,12979400,2021-01-01,61481\.87/);
		const [svg] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="svg"]').click()]);
		const svgText = (await readDownload(svg)).toString('utf8');
		expect(svgText).toContain('<svg');
		expect(svgText).toContain('Федеральное казначейство');
		const [png] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="png"]').click()]);
		const bytes = await readDownload(png);
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	});

	test('offers the embed code with the current view state', async ({ page }) => {
		await page.goto('/funding?year=2020&region=RU-SPE');
		await waitForDuckDB(page);
		await page.getByText('Встроить').click();
		const code = page.locator('[data-embed-snippet="funding-scatter"] textarea');
		await expect(code).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/funding-scatter\?year=2020&amp;region=RU-SPE" title="[^"]+"/);
	});
});
