import type { Page } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';

const VIEWS = ['access-map', 'usage-chart', 'funding-scatter'] as const;

async function expectChromeless(page: Page) {
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Открыть в Атласе ЭМК ↗' })).toBeVisible();
}

test.describe('embed pages', () => {
	for (const view of VIEWS) {
		test(`${view} renders alone, at 1280 and 390 px`, async ({ page }, testInfo) => {
			for (const width of [1280, 390]) {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(`/embed/${view}`);
				await expectChromeless(page);
				if (view === 'access-map') await expect(page.locator('[data-region-key]')).toHaveCount(89);
				else await expect(page.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
				await page.screenshot({ path: testInfo.outputPath(`embed-${view}-${width}.png`), fullPage: true });
			}
		});
	}

	test('reads the same URL state as the full page', async ({ page }) => {
		await page.goto('/embed/funding-scatter?year=2019&nomsk=1&region=RU-SA');
		await waitForDuckDB(page);
		const chart = page.locator('.echart');
		await expect(chart).toHaveAttribute('data-chart-ready', 'true');
		await expect(chart.locator('svg text').filter({ hasText: /^Москва$/ })).toHaveCount(0);
		await expect(chart.locator('svg text').filter({ hasText: /^Якутия$/ })).toHaveCount(1);
		await expect(page.getByRole('link', { name: 'Открыть в Атласе ЭМК ↗' })).toHaveAttribute(
			'href',
			'/funding?year=2019&nomsk=1&region=RU-SA'
		);
		await page.goto('/embed/access-map?region=RU-MOW&map=tiles');
		await expect(page.locator('[data-region-key="RU-MOW"]')).toHaveAttribute('aria-pressed', 'true');
	});

	test('works inside an iframe on the same origin, with the code the full page offers', async ({ page }, testInfo) => {
		await page.goto('/funding?year=2020');
		await waitForDuckDB(page);
		await page.getByText('Встроить').click();
		const code = await page.locator('[data-embed-snippet="funding-scatter"] textarea').inputValue();
		const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
		expect(src).toMatch(/\/embed\/funding-scatter\?year=2020$/);
		// A publisher's page: an empty page on our origin with the pasted iframe.
		await page.goto('/data');
		await page.evaluate((url) => {
			document.body.replaceChildren();
			const frame = document.createElement('iframe');
			frame.src = url;
			frame.title = 'embed';
			frame.style.width = '640px';
			frame.style.height = '700px';
			document.body.append(frame);
		}, src as string);
		const frame = page.frameLocator('iframe[title="embed"]');
		await expect(frame.locator('.echart')).toHaveAttribute('data-chart-ready', 'true', { timeout: 30_000 });
		await expect(frame.locator('.site-header')).toBeHidden();
		await expect(frame.locator('#embed-funding-title')).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('embed-in-iframe.png') });
	});
});
