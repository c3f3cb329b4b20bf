/**
 * An imported dataset becomes a measure of the overview map, marked as the user's own data.
 */
import { test, expect, waitForDuckDB } from './fixtures';
import { FILES, importFile } from './import-helpers';

test('an imported ministry file colours the overview map and is offered as a measure', async ({
	page
}, testInfo) => {
	await importFile(page, FILES.ministry());
	const link = page.getByTestId('import-done').getByTestId('map-link').first();
	await link.click();

	await expect(page).toHaveURL(/metric=import%3Aminzdrav_emk_2024\.1/);
	await waitForDuckDB(page);
	const moscow = page.locator('[data-region-key="RU-MOW"]');
	await expect(moscow).toHaveAttribute('aria-label', /^Москва: 6\s000/);
	await expect(page.locator('#map-title')).toContainText('Ваши данные');
	await expect(page.getByText(/Минздрав ЭМК 2024\.csv \(ваши данные, загружено/).first()).toBeVisible();
	// A region the file does not cover stays «нет данных», not zero.
	await expect(page.locator('[data-region-key="RU-KRS"]')).toHaveAttribute('aria-label', 'Курская область: нет данных');
	await expect(page.locator('.legend').first()).toContainText(/нет данных\s*\(?8\d\)?/);
	// The measure stays offered in the selector after a reload.
	await page.reload();
	await waitForDuckDB(page);
	await expect(page.getByLabel('Показатель на карте')).toHaveValue('import:minzdrav_emk_2024.1');
	await expect(moscow).toHaveAttribute('aria-label', /^Москва: 6\s000/);
	await page.screenshot({ path: testInfo.outputPath('overview-imported-1280.png'), fullPage: false });
});

test('a region’s profile shows its values in the user’s imported files, with place and a map link', async ({ page }, testInfo) => {
	// Nothing imported yet: no «Ваши данные» section at all.
	await page.goto('/region/RU-TUL');
	await waitForDuckDB(page);
	await expect(page.locator('.region h1')).toBeVisible();
	await expect(page.getByTestId('your-data')).toHaveCount(0);

	await importFile(page, FILES.ministry());

	await page.goto('/region/RU-TUL');
	await waitForDuckDB(page);
	const section = page.getByTestId('your-data');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText('Ваши данные');
	const first = section.locator('li').first();
	// Tula's 120,5 thousand users is the smallest of the five regions the file gives a number for.
	await expect(first.locator('.value')).toHaveText('120,5');
	await expect(first.locator('.place')).toHaveText('5-е место из 5 регионов файла');
	await expect(first).toContainText('Минздрав ЭМК 2024.csv (ваши данные, загружено');
	const href = (await first.getByRole('link', { name: 'Показать на карте' }).getAttribute('href')) ?? '';
	const params = new URL(href, 'http://x').searchParams;
	expect(params.get('metric')).toBe('import:minzdrav_emk_2024.1');
	expect(params.get('region')).toBe('RU-TUL');
	await section.screenshot({ path: testInfo.outputPath('region-your-data.png') });

	// A region the file does not cover: «нет данных», no place.
	await page.goto('/region/RU-KRS');
	await waitForDuckDB(page);
	await expect(page.getByTestId('your-data').locator('li').first().locator('.value')).toHaveText('нет данных');
	await expect(page.getByTestId('your-data').locator('li').first().locator('.place')).toHaveCount(0);
});

test('an imported metric can be the funding scatter’s y measure; a link to an import this browser lacks falls back, saying so', async ({
	page
}, testInfo) => {
	// Someone else's link: no such import here.
	await page.goto('/funding?y=import:minzdrav_emk_2024.1');
	await waitForDuckDB(page);
	await expect(page.getByText('Импортированный набор из ссылки не найден в этом браузере')).toBeVisible();
	await expect(page.locator('#funding-title')).not.toContainText('из вашего файла');

	await importFile(page, FILES.ministry());

	await page.goto('/funding');
	await waitForDuckDB(page);
	const mine = page.locator('button[data-y="import:minzdrav_emk_2024.1"]');
	await expect(mine).toHaveText(/Ваши данные: Пользователи ЭМК/);
	await mine.click();
	await expect(page).toHaveURL(/y=import%3Aminzdrav_emk_2024\.1/);
	await expect(mine).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('#funding-title')).toContainText('из вашего файла');
	await expect(page.locator('#funding-title')).toContainText(/\d+ регион/);
	await expect(page.locator('.chart-frame .source')).toContainText('Минздрав ЭМК 2024.csv (ваши данные');
	await expect(page.locator('.chart-frame .echart')).toHaveAttribute('data-chart-ready', 'true');
	await page.locator('main').screenshot({ path: testInfo.outputPath('funding-imported.png') });
	// Private data is not offered for embedding elsewhere.
	await expect(page.getByRole('group').filter({ hasText: 'Встроить' })).toHaveCount(0);
	await expect(page.locator('details', { hasText: 'Встроить' })).toHaveCount(0);
	// The data table carries the file's values.
	await page.locator('.chart-frame button.table-toggle').click();
	await expect(page.locator('.chart-frame thead')).toContainText('Ваши данные: Пользователи ЭМК');
	await expect(page.locator('.chart-frame tbody tr', { hasText: 'Тульская область' })).toContainText('120,5');
});
