/**
 * Rosstat's internet use (table 17.7.1) as a measure of the overview map (with its year) and as the y axis
 * of the funding scatter; both in the URL, both citing Rosstat with the year.
 */
import { test, expect, waitForDuckDB } from './fixtures';

test.describe('internet use (Rosstat)', () => {
	test('is a measure of the map with a year 2014–2022, in the URL, with Rosstat in the tooltip and the ranking', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/');
		await waitForDuckDB(page);
		await page.getByLabel('Показатель на карте').selectOption('internet_use');
		await expect(page).toHaveURL(/metric=internet_use/);
		await expect(page.locator('#map-title')).toHaveText('Пользуются интернетом, 2022');
		const year = page.getByRole('combobox', { name: 'Год', exact: true });
		await expect(year).toHaveValue('2022');
		await expect(year.locator('option')).toHaveText(['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022']);

		// The ranking beside the map follows: Moscow first in 2022, the four subjects of 2022 without data.
		const ranking = page.locator('section.ranking[data-metric="internet_use"]');
		await expect(ranking.getByRole('heading', { level: 2 })).toHaveText('Пользуются интернетом');
		await expect(ranking).toContainText('в 2022 году');
		await expect(ranking.locator('tbody tr').first()).toContainText('97,9');
		await expect(ranking).toContainText(/Росстат/);

		// Selecting a region states its value, the survey year and the source.
		await page.goto('/?metric=internet_use&year=2016&region=RU-MOW');
		await waitForDuckDB(page);
		await expect(page.locator('#map-title')).toHaveText('Пользуются интернетом, 2016');
		await expect(page.getByRole('combobox', { name: 'Год', exact: true })).toHaveValue('2016');
		const selection = page.locator('p.selection');
		await expect(selection).toContainText('Пользуются интернетом: 81 %');
		await expect(selection).toContainText('Обследование Росстата по ИКТ за 2016 г.');
		await expect(selection).toContainText(/Источник: Росстат .*, 2023/);
		await page.screenshot({ path: testInfo.outputPath('internet-map-2016.png'), fullPage: true });

		// Back to 2022 through the year control.
		await page.getByRole('combobox', { name: 'Год', exact: true }).selectOption('2022');
		await expect(page).toHaveURL(/year=2022/);
		await expect(selection).toContainText('Пользуются интернетом: 97,9 %');
	});

	test('is a y axis of the funding scatter, with its own source line and the same year', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/funding');
		await waitForDuckDB(page);
		await page.locator('[data-y="internet_use"]').click();
		await expect(page).toHaveURL(/y=internet_use/);
		await expect(page.locator('[data-y="internet_use"]')).toHaveAttribute('aria-pressed', 'true');
		const figure = page.locator('figure', { has: page.locator('#funding-title') });
		await expect(figure.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await expect(page.locator('#funding-title')).toHaveText(/^Где интернетом пользуются чаще медианы/);
		await expect(figure.locator('.source')).toContainText('интернет — Росстат, «Регионы России. 2023», табл. 17.7.1, обследование 2021 г.');
		await expect(page.getByTestId('coverage')).toContainText('оба значения: 85 из 89');

		// Another year: the survey of that year, said in the source line; the URL keeps both.
		await page.locator('[data-year="2019"]').click();
		await expect(page).toHaveURL(/year=2019/);
		await expect(figure.locator('.source')).toContainText('обследование 2019 г.');
		const shared = page.url();
		const other = await page.context().newPage();
		await other.goto(shared);
		await waitForDuckDB(other);
		await expect(other.locator('[data-y="internet_use"]')).toHaveAttribute('aria-pressed', 'true');
		await expect(other.locator('#funding-title')).toHaveText(/^Где интернетом пользуются чаще медианы/);
		await other.getByRole('button', { name: 'Показать данные таблицей' }).click();
		await expect(other.locator('#funding-table')).toContainText('Москва');
		await expect(other.locator('#funding-table')).toContainText(/\d+,\d\s%/);
		await page.screenshot({ path: testInfo.outputPath('internet-funding.png'), fullPage: true });
	});

	test('a region profile says which population per-resident figures use, and that the 2025 figure is unofficial', async ({ page }) => {
		await page.goto('/region/RU-MOW');
		await expect(page.getByTestId('population-unofficial')).toContainText('Неофициальная цифра');
		await expect(page.getByTestId('population-official')).toContainText('12 827 700 на 01.01.2019');
		await expect(page.getByTestId('population-vintage')).toContainText('табл. 1.1');
		await page.goto('/region/DPR');
		await expect(page.getByTestId('population-official')).toContainText('Официальной численности нет');
	});
});
