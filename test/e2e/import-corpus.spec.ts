/**
 * The import torture corpus through the real page (issue 13): a handful of the corpus files uploaded through
 * `<input type="file">`, each ending in its expected preview or its Russian message naming the row; and the
 * long-cell cases, where no task may block the main thread for more than 200 ms (a `longtask`
 * PerformanceObserver runs from before the page's scripts). Every file of the corpus is checked against the
 * pipeline by `test/unit/import/corpus.test.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openImport } from './import-helpers';

const CORPUS = path.resolve('test/fixtures/import-corpus');
const corpusFile = (file: string) => ({ name: path.basename(file), mimeType: 'text/csv', buffer: readFileSync(path.join(CORPUS, file)) });
const MAX_TASK_MS = 200;

/** Record every long task of the page from its first script on. */
async function watchLongTasks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __longTasks: number[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
}

/** Long tasks since the last call (and forget them). */
async function takeLongTasks(page: Page): Promise<number[]> {
	return page.evaluate(() => {
		const w = window as unknown as { __longTasks: number[] };
		const tasks = w.__longTasks;
		w.__longTasks = [];
		return tasks;
	});
}

async function uploadTo(page: Page, file: string, step: RegExp): Promise<void> {
	await page.locator('#import-file').setInputFiles(corpusFile(file));
	await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', step, { timeout: 30_000 });
}

test.describe('import torture corpus on the page', () => {
	test('a 100 000-character cell: preview clipped, full text on demand, no task over 200 ms', async ({ page }) => {
		await watchLongTasks(page);
		await openImport(page);
		await takeLongTasks(page);
		await uploadTo(page, 'generated/08-long-cell-100k.csv', /preview/);
		const preview = page.getByTestId('sample-preview');
		await expect(preview).toContainText('Санкт-Петербург');
		await preview.getByTestId('cell-more').first().click();
		await expect(page.getByTestId('cell-full').locator('textarea')).toHaveValue(/^я{10000}$/);
		await page.getByRole('button', { name: 'Проверить весь файл' }).click();
		await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'checked', { timeout: 30_000 });
		await expect(page.getByTestId('rows-read')).toHaveText('3');
		const tasks = await takeLongTasks(page);
		expect(Math.max(0, ...tasks), `long tasks: ${tasks.map(Math.round).join(', ')} ms`).toBeLessThanOrEqual(MAX_TASK_MS);
	});

	test('a 200 000-character cell in the SQL grid: clipped, no task over 200 ms', async ({ page }) => {
		await watchLongTasks(page);
		await page.goto('/sql');
		await expect(page.locator('[data-sql-state]')).toHaveAttribute('data-sql-state', 'ready', { timeout: 30_000 });
		await takeLongTasks(page);
		await page.getByTestId('sql-editor').fill("SELECT repeat('x', 200000) AS t, '\u202Eevil\u202C' AS b");
		await page.getByRole('button', { name: 'Выполнить' }).click();
		const grid = page.getByTestId('sql-result');
		await expect(grid.getByTestId('cell-more')).toBeVisible({ timeout: 30_000 });
		// The bidi override shows as a tag, never reversing the text.
		await expect(grid).toContainText('⟦U+202E⟧evil⟦U+202C⟧');
		await grid.getByTestId('cell-more').click();
		await expect(page.getByTestId('cell-full').locator('textarea')).toHaveValue(/^x{10000}$/);
		await expect(page.getByTestId('cell-part')).toHaveText(/^знаки 1–10\s000 из 200\s000$/);
		await page.getByTestId('cell-full').getByRole('button', { name: 'Дальше' }).click();
		await expect(page.getByTestId('cell-part')).toHaveText(/^знаки 10\s001–20\s000 из 200\s000$/);
		const tasks = await takeLongTasks(page);
		expect(Math.max(0, ...tasks), `long tasks: ${tasks.map(Math.round).join(', ')} ms`).toBeLessThanOrEqual(MAX_TASK_MS);
	});

	test('a price list is never read as regions; codes are offered, not taken', async ({ page }) => {
		await openImport(page);
		await uploadTo(page, 'generated/01-price-list-cp1251.csv', /preview/);
		await expect(page.getByTestId('no-region-guess')).toBeVisible();
		await expect(page.locator('#map-region')).toHaveValue('');
		await expect(page.getByText('Выберите столбец с регионами', { exact: true })).toBeVisible();
		await uploadTo(page, 'generated/01-okato-codes.csv', /preview/);
		await expect(page.locator('#map-region')).toHaveValue('');
		await page.getByTestId('code-suggestion').getByRole('button').click();
		await expect(page.locator('#map-region')).toHaveValue('0');
	});

	test('broken files end in Russian messages that name the line', async ({ page }) => {
		await openImport(page);
		for (const [file, text] of [
			['generated/09-unterminated-quote.csv', 'Строка 3: кавычка открыта и не закрыта'],
			['generated/05-one-long-row.csv', 'Строка 4: значений 3, а столбцов в таблице 2'],
			['generated/03-utf8-broken-byte.csv', 'Строка 4: байты, которые не читаются в UTF-8']
		] as const) {
			await uploadTo(page, file, /preview/);
			await page.getByRole('button', { name: 'Проверить весь файл' }).click();
			await expect(page.getByTestId('import-error')).toContainText(text, { timeout: 30_000 });
			await expect(page.getByTestId('import-error')).not.toContainText('strict_mode');
		}
		await uploadTo(page, 'generated/09-png.png', /idle/);
		await expect(page.getByTestId('import-error')).toContainText('Это не текстовый файл CSV, а картинка PNG');
	});

	test('comma-separated cells with commas, decimal commas and line breaks inside quotes', async ({ page }) => {
		await openImport(page);
		await uploadTo(page, 'generated/04-comma-in-quotes.csv', /preview/);
		await expect(page.getByTestId('sample-preview')).toContainText('г. Тула, ул. Яблочкова, д. 1а');
		await page.getByRole('button', { name: 'Проверить весь файл' }).click();
		await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'checked', { timeout: 30_000 });
		await expect(page.getByTestId('rows-read')).toHaveText('3');
		await uploadTo(page, 'generated/04-newlines-crlf.csv', /preview/);
		await page.getByRole('button', { name: 'Проверить весь файл' }).click();
		await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'checked', { timeout: 30_000 });
		await expect(page.getByTestId('rows-read')).toHaveText('4');
	});

	test('KOI8-R is read as KOI8-R, and bidi controls in cells show inert', async ({ page }) => {
		await openImport(page);
		await uploadTo(page, 'generated/03-koi8r.csv', /preview/);
		await expect(page.getByTestId('encoding-guess')).toHaveAttribute('data-encoding', 'koi8-r');
		await expect(page.getByTestId('sample-preview')).toContainText('Ижевск');
		await uploadTo(page, 'generated/11-bidi.csv', /preview/);
		await expect(page.getByTestId('sample-preview')).toContainText('⟦U+202E⟧evil⟦U+202C⟧');
	});
});
