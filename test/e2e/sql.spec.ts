import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FILES, importFile } from './import-helpers';

async function openSql(page: Page, sql?: string): Promise<void> {
	await page.goto(sql ? `/sql?q=${encodeURIComponent(sql)}` : '/sql');
	await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'ready', { timeout: 30_000 });
}

async function run(page: Page, sql: string): Promise<void> {
	await page.getByTestId('sql-editor').fill(sql);
	await page.getByRole('button', { name: 'Выполнить' }).click();
	await expect(page.locator('[data-sql-state]')).not.toHaveAttribute('data-sql-state', 'running', { timeout: 30_000 });
}

test.describe('SQL console', () => {
	test('refuses writes, file and URL reads, and leaves the tables intact', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openSql(page);
		for (const sql of [
			'DROP TABLE regions',
			"INSERT INTO regions (key) VALUES ('x')",
			"SELECT * FROM read_csv('http://127.0.0.2/x.csv')",
			"SELECT * FROM 'http://127.0.0.2/x.csv'",
			"COPY regions TO 'x.csv'",
			"ATTACH 'x.db'",
			'INSTALL httpfs',
			'SET threads = 1',
			'SELECT 1; DELETE FROM regions'
		]) {
			await run(page, sql);
			await expect(page.locator('[data-sql-state]'), sql).toHaveAttribute('data-sql-state', 'refused');
			await expect(page.getByTestId('sql-refusal')).toContainText('Запрос не выполнен');
		}
		await page.screenshot({ path: testInfo.outputPath('sql-refused-1280.png'), fullPage: true });
		await run(page, 'SELECT count(*) AS n FROM regions');
		await expect(page.getByTestId('sql-result')).toContainText('89');
	});

	test('shows DuckDB’s error in full', async ({ page }) => {
		await openSql(page);
		await run(page, 'SELECT * FROM no_such_table');
		await expect(page.getByTestId('sql-error')).toContainText('Catalog Error: Table with name no_such_table does not exist');
	});

	test('answers a join between an imported table and the registry, pages it, charts it and downloads it', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await importFile(page, FILES.ministry());

		await openSql(page);
		await run(
			page,
			`SELECT r.name_ru, r.federal_district, m.value AS users
FROM imp_minzdrav_emk_2024__1 m JOIN regions r USING (key)
ORDER BY users DESC`
		);
		const result = page.getByTestId('sql-result');
		await expect(result.locator('tbody tr')).toHaveCount(5);
		await expect(result.locator('tbody tr').first()).toContainText('Москва');
		await expect(result.locator('tbody tr').first()).toContainText('6000');
		await expect(page.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await page.screenshot({ path: testInfo.outputPath('sql-result-1280.png'), fullPage: true });

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Скачать CSV' }).click()
		]);
		const text = await readFile(await download.path(), 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toContain('name_ru,federal_district,users\r\n');
		expect(text).toContain('Москва,CEN,6000\r\n');

		await run(page, "SELECT '=HYPERLINK(\"x\")' AS a, -5 AS b");
		const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать CSV' }).click()]);
		expect(await readFile(await csv.path(), 'utf8')).toContain(`"'=HYPERLINK(""x"")",-5`);
	});

	test('pages a long result and stops a long query', async ({ page }) => {
		await openSql(page);
		await run(page, 'SELECT range AS n FROM range(120)');
		await expect(page.getByText('Строки 1–50 из 120')).toBeVisible();
		await page.getByRole('button', { name: 'Дальше →' }).click();
		await expect(page.getByText('Строки 51–100 из 120')).toBeVisible();

		await page.getByTestId('sql-editor').fill('SELECT count(*) FROM range(100000000000) a');
		await page.getByRole('button', { name: 'Выполнить' }).click();
		await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'running');
		await page.getByRole('button', { name: 'Остановить' }).click();
		await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', /cancelled|error/, { timeout: 15_000 });
	});

	test('looks right on a phone (390 px)', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openSql(page);
		await run(page, 'SELECT key, name_ru, population FROM regions ORDER BY population DESC LIMIT 10');
		await expect(page.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await page.screenshot({ path: testInfo.outputPath('sql-390.png'), fullPage: true });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
