import type { Download, Page } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';

async function readDownload(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const rollout = (page: Page) => page.locator('figure', { has: page.locator('#rollout-title') });
const usage = (page: Page) => page.locator('figure', { has: page.locator('#usage-series-title') });
/** A region of the map at date (the map marks each region's element with its key). */
const region = (page: Page, key: string) =>
	page.locator(`.map-at-date [data-region-key="${key}"]`);

test.describe('timeline page', () => {
	test('draws the rollout strips, the map at the latest month and usage over time', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/timeline');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Как регионы открывали пациентам медкарту');
		await expect(rollout(page).locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await expect(page.locator('#rollout-title')).toHaveText(
			'Из 11 регионов с датированными сведениями полный доступ к медкарте сейчас у 2'
		);
		await expect(rollout(page).locator('svg text', { hasText: 'Приморский край' })).toHaveCount(1);
		// The latest observed change: Moscow's newer source of September 2025.
		await expect(page.getByTestId('map-date')).toHaveText('сентябрь 2025');
		await expect(page.locator('.map-at-date').locator("[data-region-key]")).toHaveCount(89);
		await expect(region(page, 'RU-MOW')).toHaveAttribute('aria-label', /Москва: полный доступ/);
		await expect(usage(page).locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await expect(page.locator('#usage-series-title')).toHaveText(
			'Москва: пользователей в 1,5 раза больше, чем по данным на октябрь 2021'
		);
		await waitForDuckDB(page);
		await page.screenshot({ path: testInfo.outputPath('timeline-1280.png'), fullPage: true });
	});

	test('at 390 px nothing overflows the screen', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/timeline');
		await expect(rollout(page).locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await expect(usage(page).locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await page.screenshot({ path: testInfo.outputPath('timeline-390.png'), fullPage: true });
	});

	test('the slider redraws the map with the stage known then and writes the month to the URL', async ({ page }) => {
		await page.goto('/timeline');
		await waitForDuckDB(page);
		const slider = page.getByRole('slider', { name: 'Месяц' });
		await slider.focus();
		await page.keyboard.press('Home');
		await expect(page.getByTestId('map-date')).toHaveText('январь 2019');
		await expect(page).toHaveURL(/date=2019-01/);
		await expect(region(page, 'RU-PRI')).toHaveAttribute('aria-label', 'Приморский край: нет доступа');
		await expect(region(page, 'RU-MOW')).toHaveAttribute('aria-label', 'Москва: нет данных');
		await page.keyboard.press('End');
		await expect(page).not.toHaveURL(/date=/);
		await expect(region(page, 'RU-MOW')).toHaveAttribute('aria-label', 'Москва: полный доступ');
	});

	test('a shared URL reopens the same month, region and map mode', async ({ page }, testInfo) => {
		await page.goto('/timeline?date=2022-06&region=RU-SPE');
		await waitForDuckDB(page);
		await expect(page.getByTestId('map-date')).toHaveText('июнь 2022');
		await expect(region(page, 'RU-SPE')).toHaveAttribute('aria-label', 'Санкт-Петербург: частичный доступ');
		await expect(region(page, 'RU-MOW')).toHaveAttribute('aria-label', 'Москва: частичный доступ');
		await expect(region(page, 'RU-SA')).toHaveAttribute('aria-label', 'Якутия: нет данных');
		await expect(page.getByText('Доступ известен по 5 из 89 субъектов')).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('timeline-2022-06.png') });
	});

	test('play runs through the months and stops on demand; reduced motion steps by year', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('/timeline?date=2019-01');
		await waitForDuckDB(page);
		const play = page.getByTestId('play');
		await play.click();
		await expect(play).toHaveText('Остановить');
		await expect(page.getByTestId('map-date')).not.toHaveText('январь 2019');
		await play.click();
		await expect(play).toHaveText('Проиграть');
		await expect(page).toHaveURL(/date=20\d\d-\d\d/);
		const stoppedAt = await page.getByTestId('map-date').textContent();
		await page.waitForTimeout(800);
		await expect(page.getByTestId('map-date')).toHaveText(stoppedAt ?? '');

		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/timeline?date=2019-01');
		await page.getByTestId('play').click();
		await expect(page.getByTestId('map-date')).toHaveText('январь 2020', { timeout: 5_000 });
		await page.getByTestId('play').click();
		await expect(page).toHaveURL(/date=2020-01/);
	});

	test('clicking a strip selects its region everywhere on the page', async ({ page }) => {
		await page.goto('/timeline');
		await waitForDuckDB(page);
		const chart = rollout(page).locator('.echart');
		await expect(chart).toHaveAttribute('data-chart-ready', 'true');
		// Moscow's row is first; its full-access strip is the first dark-blue bar.
		await chart.locator('svg path[fill="#253494"]').first().click();
		await expect(page).toHaveURL(/region=RU-MOW/);
		await expect(region(page, 'RU-MOW')).toHaveAttribute('aria-pressed', 'true');
	});

	test('downloads the observations as CSV and the strips as SVG', async ({ page }) => {
		await page.goto('/timeline');
		const frame = rollout(page);
		await expect(frame.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		const [csv] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="csv"]').click()]);
		const text = await readDownload(csv);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text).toContain('RU-MOW,Москва,2020,ЕМИАС.Инфо — электронная медицинская карта,regional_app,partial,2');
		expect(text.trim().split('\r\n')).toHaveLength(20); // header + 19 dated observations with a stage
		const [svg] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="svg"]').click()]);
		expect(await readDownload(svg)).toContain('Из 11 регионов');
		const [png] = await Promise.all([page.waitForEvent('download'), usage(page).locator('[data-export="png"]').click()]);
		expect(png.suggestedFilename()).toMatch(/\.png$/);
	});

	test('the map at a date has its data as a table: every subject, its stage then, and the source', async ({ page }) => {
		await page.goto('/timeline?date=2024-01');
		await waitForDuckDB(page);
		const toggle = page.locator('.map-at-date .map-table button');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const table = page.locator('.map-at-date .map-table table');
		await expect(table.locator('tbody tr')).toHaveCount(89);
		// Alphabetical, so Адыгея first; the same words as the region's tooltip.
		await expect(table.locator('tbody tr').first().locator('th')).toHaveText('Адыгея');
		const moscow = table.locator('tbody tr[data-key="RU-MOW"]');
		await expect(moscow.locator('th')).toHaveText('Москва');
		const label = (await region(page, 'RU-MOW').getAttribute('aria-label')) ?? '';
		const stage = label.split(':')[1]?.split(',')[0]?.trim() ?? '';
		expect(stage.length).toBeGreaterThan(0);
		await expect(moscow.locator('td')).toContainText(stage);
		await toggle.click();
		await expect(table).toHaveCount(0);
	});
});
