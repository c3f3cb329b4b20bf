import { writeFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { FILES, checkFile, confirm, importFile, openImport, upload } from './import-helpers';

test.describe('import page', () => {
	test('a Windows-1251 ministry export with title lines, ; and decimal commas imports in a few clicks and survives a reload', async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openImport(page);
		await upload(page, FILES.ministry());

		// What was sniffed is shown and can be changed.
		const settings = page.getByRole('group', { name: 'Как читать файл' });
		await expect(settings.getByLabel('Кодировка')).toHaveValue('windows-1251');
		await expect(settings.getByLabel('Разделитель', { exact: true })).toHaveValue(';');
		await expect(settings.getByLabel('Строка заголовка')).toHaveValue('4');
		await expect(settings.getByLabel('Десятичный разделитель')).toHaveValue(',');
		const preview = page.getByTestId('sample-preview');
		await expect(preview.locator('th').first()).toContainText('Субъект РФ');
		await expect(preview).toContainText('✓ Москва');
		await expect(preview).toContainText('итог — не регион');
		await expect(preview).toContainText('федеральный округ — не регион');
		await expect(page.getByLabel('Столбец с регионами')).toHaveValue('0');
		await page.screenshot({ path: testInfo.outputPath('import-preview-1280.png'), fullPage: true });

		await checkFile(page);
		await expect(page.getByTestId('regions-matched')).toHaveText('5');
		await expect(page.getByTestId('check-preview')).toContainText('Москва');
		await expect(page.getByTestId('check-preview')).toContainText('6 000');
		await confirm(page);

		const done = page.getByTestId('import-done');
		await expect(done).toContainText('imp_minzdrav_emk_2024');
		await expect(page.getByTestId('done-preview')).toContainText('Республика Татарстан');
		await expect(page.getByTestId('done-preview')).toContainText('1 010,25');
		await expect(done.getByTestId('map-link').first()).toHaveAttribute('href', /\?metric=import%3Aminzdrav_emk_2024\.1$/);

		await page.reload();
		await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'idle', { timeout: 30_000 });
		const stored = page.locator('[data-import-id="minzdrav_emk_2024"]');
		await expect(stored).toContainText('Минздрав ЭМК 2024.csv');
		await expect(stored).toContainText('imp_minzdrav_emk_2024');
	});

	test('English names in UTF-8: an unknown region is listed with a fix, and the fix is applied', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openImport(page);
		await upload(page, FILES.english());
		await expect(page.getByRole('group', { name: 'Как читать файл' }).getByLabel('Разделитель', { exact: true })).toHaveValue(',');
		await expect(page.getByTestId('sample-preview')).toContainText('045');
		await checkFile(page);
		await expect(page.getByTestId('regions-matched')).toHaveText('5');
		await expect(page.getByTestId('problems-warnings')).toContainText('Atlantis');
		await page.screenshot({ path: testInfo.outputPath('import-check-1280.png'), fullPage: true });

		await page.getByRole('combobox', { name: /«Atlantis»/ }).selectOption('-');
		await expect(page.getByTestId('problems-warnings')).toHaveCount(0);
		await confirm(page);
		await expect(page.getByTestId('done-preview')).toContainText('Санкт-Петербург');
	});

	test('a broken file is refused with a Russian message naming the line, and the data already loaded stay intact', async ({ page }, testInfo) => {
		await importFile(page, FILES.english());

		await upload(page, FILES.broken());
		await checkFile(page);
		const error = page.getByTestId('import-error');
		await expect(error).toHaveAttribute('data-code', 'unterminated_quote');
		await expect(error).toContainText('Строка 12: кавычка открыта и не закрыта');
		await expect(error).not.toContainText('strict_mode');
		await expect(error).toContainText('Загруженные данные не изменены');
		await page.screenshot({ path: testInfo.outputPath('import-error-1280.png'), fullPage: true });

		// The earlier import is still there and still answers.
		await expect(page.locator('[data-import-id="english_regions"]')).toBeVisible();
		await page.goto('/sql?q=' + encodeURIComponent('SELECT count(*) AS n FROM imp_english_regions__1'));
		await page.getByRole('button', { name: 'Выполнить' }).click();
		await expect(page.getByTestId('sql-result')).toContainText('5');
	});

	test('a long import can be cancelled: the page stays responsive and nothing is loaded', async ({ page }, testInfo) => {
		// ~60 MB of plain records: long enough to press "cancel" while it is being read.
		const line = 'Тульская область;1234,5;примечание к строке, чтобы она была длиннее\n';
		const path = testInfo.outputPath('big.csv');
		await writeFile(path, 'Регион;Значение;Примечание\n' + line.repeat(Math.ceil(60e6 / Buffer.byteLength(line))));
		await openImport(page);
		await page.locator('#import-file').setInputFiles(path);
		await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'preview');
		await page.getByRole('button', { name: 'Проверить весь файл' }).click();
		await expect(page.getByTestId('import-progress')).toBeVisible();
		// The page answers while the file is read (the work is in workers).
		const t0 = Date.now();
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
		expect(Date.now() - t0).toBeLessThan(1000);
		await page.getByRole('button', { name: 'Отменить' }).click();
		await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'preview', { timeout: 15_000 });
		await expect(page.getByTestId('import-error')).toHaveCount(0);
		await expect(page.getByText('Пока ничего не импортировано.')).toBeVisible();
		// The file is still there: checking again works.
		await expect(page.getByRole('button', { name: 'Проверить весь файл' })).toBeEnabled();
	});

	test('looks right on a phone (390 px): preview and error', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openImport(page);
		await upload(page, FILES.ministry());
		await page.screenshot({ path: testInfo.outputPath('import-preview-390.png'), fullPage: true });
		await upload(page, FILES.broken());
		await checkFile(page);
		await expect(page.getByTestId('import-error')).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('import-error-390.png'), fullPage: true });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
