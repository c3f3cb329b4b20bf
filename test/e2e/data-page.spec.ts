import { test, expect } from './fixtures';

const TABLES = [
	'sources',
	'federal_districts',
	'regions',
	'population',
	'region_aliases',
	'emr_access',
	'usage',
	'funding',
	'funding_notes',
	'internet'
];

test.describe('data page', () => {
	test('lists every table with coverage figures and the sources', async ({ page }, testInfo) => {
		await page.goto('/data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Данные и источники');
		for (const name of TABLES) {
			const card = page.locator(`[data-table="${name}"]`);
			await expect(card, name).toBeVisible();
			await expect(card.getByRole('link', { name: new RegExp(`${name}\\.csv`) })).toBeVisible();
		}
		const summary = page.getByTestId('coverage-summary');
		await expect(summary).toContainText(/Доступ пациентов к ЭМК известен\s*\d+ из 89 субъектов/);
		await expect(summary).toContainText(/Население на 1 января 2025 г\. \(неофициальная копия\) известно\s*83 из 89 субъектов/);
		await expect(summary).toContainText(/Население на 1 января 2019–2023 гг\. \(Росстат.*\)\s*85 из 89 субъектов/);
		await expect(summary).toContainText(/Пользование интернетом, 2014–2022 .*\s*85 из 89 субъектов/);
		await expect(page.locator('#source-rosstat-regions-2023')).toContainText('Росстат');
		await expect(page.locator('#source-kommersant-2025-08-20')).toContainText('Коммерсантъ');
		await page.screenshot({ path: testInfo.outputPath('data-1280.png'), fullPage: false });
	});

	test('every download returns the CSV with its header row', async ({ page, request }) => {
		await page.goto('/data');
		for (const name of TABLES) {
			const href = await page
				.locator(`[data-table="${name}"] a[download]`)
				.getAttribute('href');
			expect(href, name).toBeTruthy();
			const response = await request.get(href as string);
			expect(response.status(), name).toBe(200);
			expect(response.headers()['content-type']).toContain('text/csv');
			const text = await response.text();
			expect(text.split('\n').length, name).toBeGreaterThan(1);
		}
		const regions = await (await request.get('/data/regions.csv')).text();
		expect(regions.split('\n')[0]).toMatch(/^key,iso_3166_2,/);
		expect(regions).toContain('RU-MOW');
	});
});
