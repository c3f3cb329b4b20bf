import type { Download } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';

async function readDownloadBytes(download: Download): Promise<Buffer> {
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

async function readDownload(download: Download): Promise<string> {
	return (await readDownloadBytes(download)).toString('utf8');
}

test.describe('overview page', () => {
	test('shows the map, the chart and DuckDB answers in the page, all from the same origin', async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/');

		// One shape per registry subject on the default (tile) map.
		const regions = page.locator('[data-region-key]');
		await expect(regions).toHaveCount(89);
		await expect(page.locator('[data-region-key="RU-MOW"]')).toHaveAttribute(
			'aria-label',
			/Москва: полный доступ, 45,3 пользователя на 100 жителей/
		);

		await waitForDuckDB(page);
		await expect(page.getByTestId('coverage')).toContainText(/Данные о доступе есть по \d+ из 89/);

		// The chart: drawn by ECharts, one bar per region with a known users figure.
		const chart = page.locator('#usage-title ~ .echart, figure .echart').first();
		await expect(chart).toHaveAttribute('data-chart-ready', 'true');
		await expect(chart.locator('svg')).toBeVisible();
		await expect(chart.locator('svg text').filter({ hasText: 'Москва' })).toHaveCount(1);
		await expect(chart.locator('svg text').filter({ hasText: 'Санкт-Петербург' })).toHaveCount(1);
		await expect(chart.locator('svg text').filter({ hasText: 'Тульская область' })).toHaveCount(1);

		await page.screenshot({ path: testInfo.outputPath('home-1280.png'), fullPage: true });
	});

	test('hovering a bar shows its value with the source', async ({ page }) => {
		await page.goto('/');
		await waitForDuckDB(page);
		const chart = page.locator('figure .echart').first();
		await expect(chart).toHaveAttribute('data-chart-ready', 'true');
		const bar = chart.locator('svg path[fill="#1f5f8b"]').first();
		// The chart may redraw once when the browser's DuckDB answers; hover again until the tooltip shows.
		await expect(async () => {
			await page.mouse.move(0, 0);
			await bar.hover();
			await expect(chart).toContainText(/Источник: Коммерсантъ/, { timeout: 1_000 });
		}).toPass({ timeout: 15_000 });
	});

	test('the data table behind the chart lists Moscow with about 6 million users', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Показать данные таблицей' }).click();
		const row = page.locator('#usage-table tr', { hasText: 'Москва' });
		await expect(row).toContainText('6 000 000');
		await expect(row).toContainText('45,3');
	});

	test('downloads the chart as PNG and SVG with its title and source, and its numbers as CSV', async ({
		page
	}) => {
		await page.goto('/');
		const frame = page.locator('figure', { has: page.locator('#usage-title') });
		await expect(frame.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');

		const [csvDownload] = await Promise.all([
			page.waitForEvent('download'),
			frame.locator('[data-export="csv"]').click()
		]);
		expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
		const csv = await readDownload(csvDownload);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain('RU-MOW,Москва,emk_users,6000000,13258262');

		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			frame.locator('[data-export="svg"]').click()
		]);
		const svg = await readDownload(svgDownload);
		expect(svg).toContain('<svg');
		expect(svg).toContain('В Москве электронной медкартой пользуется');
		expect(svg).toContain('Источник: Коммерсантъ');

		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			frame.locator('[data-export="png"]').click()
		]);
		const png = await readDownloadBytes(pngDownload);
		expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		expect(png.length).toBeGreaterThan(5_000);
	});

	test('keeps working with the network off once loaded', async ({ page, context }) => {
		await page.goto('/');
		await waitForDuckDB(page);
		await context.setOffline(true);
		const failed: string[] = [];
		page.on('requestfailed', (request) => failed.push(request.url()));
		await page.locator('[data-region-key="RU-TUL"]').click();
		await expect(page.locator('.selection')).toContainText('Тульская область');
		await expect(page).toHaveURL(/region=RU-TUL/);
		expect(failed).toEqual([]);
		await context.setOffline(false);
	});

	test('the prerendered HTML already contains the map before any script runs', async ({ request }) => {
		const html = await (await request.get('/')).text();
		expect(html.match(/data-region-key=/g)?.length).toBe(89);
		expect(html).toContain('Москва: полный доступ');
	});
});
