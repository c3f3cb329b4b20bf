import type { Download } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';

async function readDownload(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const SHARED = '/compare?pin=RU-MOW,RU-SPE,RU-TUL';

test.describe('compare page', () => {
	test('a shared link reopens the same three regions side by side, at 1280 px and 390 px', async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(SHARED);
		const table = page.getByTestId('compare-table');
		const heads = table.locator('thead th[data-key]');
		await expect(heads).toHaveText(['Москва', 'Санкт-Петербург', 'Тульская область']);
		await expect(table.locator('tr[data-line="access"]')).toContainText('полный доступ');
		await expect(table.locator('tr[data-line="per_100"]')).toContainText('34,3 на 100 жителей');
		await expect(table.locator('tr[data-line="health_2021"]')).toContainText(/медиана ЦФО: 23\s868\s₽ на жителя/);
		await expect(page.locator('#compare-chart-title')).toHaveText(
			'Москва тратит на здравоохранение на жителя в 2,4 раза больше, чем Тульская область (2021)'
		);
		const chart = page.locator('figure', { has: page.locator('#compare-chart-title') }).locator('.echart');
		await expect(chart).toHaveAttribute('data-chart-ready', 'true');

		await waitForDuckDB(page);
		await expect(heads).toHaveText(['Москва', 'Санкт-Петербург', 'Тульская область']);
		await page.screenshot({ path: testInfo.outputPath('compare-1280.png'), fullPage: true });

		// Reloading the link gives the same view.
		await page.reload();
		await expect(heads).toHaveText(['Москва', 'Санкт-Петербург', 'Тульская область']);

		await page.setViewportSize({ width: 390, height: 844 });
		await expect(chart.locator('svg')).toBeVisible();
		// Charts follow the new width on their next resize callback: poll rather than read once.
		await expect
			.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
				message: 'the page itself never scrolls sideways'
			})
			.toBeLessThanOrEqual(0);
		const wrap = page.locator('.table-wrap', { has: table });
		const scrolls = await wrap.evaluate((el) => el.scrollWidth > el.clientWidth);
		expect(scrolls, 'the table scrolls inside its frame').toBe(true);
		await page.screenshot({ path: testInfo.outputPath('compare-390.png'), fullPage: true });
		await page.locator('.side-by-side').screenshot({ path: testInfo.outputPath('compare-390-table.png') });
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: testInfo.outputPath('compare-390-top.png') });
		await page.locator('section.ranking').screenshot({ path: testInfo.outputPath('compare-390-ranking.png') });
		await page.locator('figure', { has: page.locator('#compare-chart-title') }).screenshot({
			path: testInfo.outputPath('compare-390-chart.png')
		});
	});

	test('pins and unpins with the picker; the URL and the back button follow', async ({ page }) => {
		await page.goto('/compare');
		await expect(page.getByTestId('compare-empty')).toBeVisible();
		await waitForDuckDB(page);
		await page.getByLabel('Добавить регион', { exact: true }).selectOption({ label: 'Тульская область' });
		await expect(page).toHaveURL(/pin=RU-TUL$/);
		await expect(page.getByText('Добавьте ещё хотя бы один регион, чтобы сравнить.')).toBeVisible();
		await page.getByLabel('Добавить регион', { exact: true }).selectOption({ label: 'Москва' });
		await expect(page).toHaveURL(/pin=RU-TUL%2CRU-MOW$|pin=RU-TUL,RU-MOW$/);
		await expect(page.getByTestId('compare-table').locator('thead th[data-key]')).toHaveText([
			'Тульская область',
			'Москва'
		]);
		await page.getByRole('button', { name: 'Убрать: Тульская область' }).click();
		await expect(page).toHaveURL(/pin=RU-MOW$/);
		await page.goBack();
		await expect(page.getByTestId('compare-table').locator('thead th[data-key]')).toHaveCount(2);
	});

	test('stops at six pinned regions', async ({ page }) => {
		await page.goto('/compare?pin=RU-MOW,RU-SPE,RU-TUL,RU-KRS,RU-TA,RU-SA');
		await expect(page.getByLabel('Добавить регион', { exact: true })).toBeDisabled();
		await expect(page.getByText('Закреплено максимум — 6 регионов.')).toBeVisible();
	});

	test('the CSV download holds the pinned regions, their districts and Russia', async ({ page }) => {
		await page.goto(SHARED);
		const frame = page.locator('figure', { has: page.locator('#compare-chart-title') });
		await expect(frame.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			frame.locator('[data-export="csv"]').click()
		]);
		const csv = await readDownload(download);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).trim().split('\r\n');
		expect(lines.map((l) => l.split(',').slice(1, 2)[0])).toEqual(['key', 'RU-MOW', 'RU-SPE', 'RU-TUL', 'CEN', 'NW', 'RU']);
		expect(lines[1]).toMatch(/^регион,RU-MOW,Москва,CEN,full,2025-09-29,45\.25\d*,6000000,emk_users,2025-08,/);

		const [svg] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="svg"]').click()]);
		const svgText = await readDownload(svg);
		expect(svgText).toContain('Москва тратит на здравоохранение на жителя');
		expect(svgText).toContain('Федеральное казначейство');
	});

	test('the ranking below pins a region on click and switches metric through the URL', async ({ page }, testInfo) => {
		await page.goto('/compare?pin=RU-MOW');
		await waitForDuckDB(page);
		const ranking = page.locator('section.ranking');
		await expect(ranking.locator('tbody tr[data-key="RU-SPE"] td.rank')).toHaveText('1–2');
		await ranking.getByRole('button', { name: 'Санкт-Петербург' }).click();
		await expect(page).toHaveURL(/pin=RU-MOW%2CRU-SPE$|pin=RU-MOW,RU-SPE$/);
		await expect(ranking.locator('tr[data-key="RU-SPE"]')).toHaveClass(/selected/);

		await page.getByLabel('Показатель', { exact: true }).selectOption('users_per_100');
		await expect(page).toHaveURL(/metric=users_per_100/);
		await expect(ranking).toHaveAttribute('data-metric', 'users_per_100');
		const rows = ranking.locator('tbody tr');
		await expect(rows).toHaveCount(3);
		await expect(rows.first()).toContainText('Москва');
		await expect(rows.nth(2)).toContainText('34,3 на 100 жителей');
		await expect(page.getByTestId('ranking-missing')).toContainText('Нет данных (86):');

		await page.getByLabel('Показатель', { exact: true }).selectOption('health_per_resident');
		await page.getByLabel('Федеральный округ', { exact: true }).selectOption('CEN');
		await page.getByLabel('Год', { exact: true }).selectOption('2019');
		await expect(page).toHaveURL(/metric=health_per_resident.*district=CEN.*year=2019|year=2019/);
		await expect(ranking.locator('tbody tr')).toHaveCount(18);
		await expect(ranking.locator('tbody tr').first()).toContainText('Москва');
		await page.reload();
		await waitForDuckDB(page);
		await expect(ranking.locator('tbody tr')).toHaveCount(18);
		await expect(page.getByLabel('Год', { exact: true })).toHaveValue('2019');
		await ranking.screenshot({ path: testInfo.outputPath('compare-ranking-1280.png') });
	});
});
