import type { Download } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';

async function readDownload(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

test.describe('region profile', () => {
	test("Moscow's page shows every fact with its source, at 1280 px and 390 px", async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/region/RU-MOW');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Москва');
		await expect(page.getByText('Центральный федеральный округ, один из 18 субъектов округа')).toBeVisible();
		await expect(page.getByTestId('population')).toContainText(/13\s258\s262 человек на 01\.01\.2025/);

		const access = page.getByTestId('access');
		await expect(access).toContainText('полный доступ — по источнику от 29.09.2025');
		await expect(access.locator('ol.history > li')).toHaveCount(4);
		// Each observation shows what it rests on and the source's own words.
		await expect(access.getByTestId('statement').first()).toHaveText('работает (наблюдение)');
		await expect(access.locator('blockquote').first()).toContainText('открыли пять лет назад');
		const kommersant = access.getByRole('link', { name: 'Коммерсантъ, 20.08.2025' }).first();
		await expect(kommersant).toHaveAttribute('href', 'https://www.kommersant.ru/doc/7974277');
		await expect(access).toContainText('снимки');

		const usage = page.getByTestId('usage');
		await expect(usage).toContainText(/почти 6\s000\s000/);
		await expect(usage).toContainText('45,3 на 100 жителей');
		await expect(usage).toContainText(/около 4\s000\s000/);
		await expect(usage).not.toContainText('Вычислено нами');

		const funding = page.getByTestId('funding');
		await expect(funding.getByRole('heading', { level: 2, name: /Москва: 61\s482 ₽ на жителя в 2021 году — в 2,6 раза больше медианы ЦФО/ })).toBeVisible();
		await expect(funding.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await expect(funding.locator('#subsidy-table')).toContainText('в отчёте нет строки');

		await waitForDuckDB(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Москва');
		await page.screenshot({ path: testInfo.outputPath('region-mow-1280.png'), fullPage: true });

		await page.setViewportSize({ width: 390, height: 844 });
		await expect(funding.locator('.echart svg')).toBeVisible();
		// Charts follow the new width on their next resize callback: poll rather than read once.
		await expect
			.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
				message: 'the page itself never scrolls sideways'
			})
			.toBeLessThanOrEqual(0);
		await page.screenshot({ path: testInfo.outputPath('region-mow-390.png'), fullPage: true });
		// Sections one by one, for reading at phone size.
		for (const id of ['access', 'usage', 'funding']) {
			await page.getByTestId(id).screenshot({ path: testInfo.outputPath(`region-mow-390-${id}.png`) });
		}
		await page.locator('.region-header').screenshot({ path: testInfo.outputPath('region-mow-390-header.png') });
	});

	test('a region with no evidence says what is missing, never an empty page', async ({ page }, testInfo) => {
		await page.goto('/region/RU-KRS');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Курская область');
		const blocks = page.getByTestId('no-data');
		await expect(blocks).toHaveCount(2);
		await expect(page.getByTestId('access')).toContainText('нет данных');
		await expect(page.getByTestId('access')).toContainText(
			'В собранных источниках не найдено публичных сообщений о том, видят ли пациенты свою ЭМК в этом регионе (источники последний раз просмотрены 05.12.2026)'
		);
		await expect(page.getByTestId('access').getByRole('link', { name: 'Знаете источник? Предложить сведения' })).toHaveAttribute('href', '#contribute');
		await expect(page.getByTestId('usage')).toContainText(
			'Нет опубликованных данных о числе пользователей ЭМК в этом регионе'
		);
		await expect(page.getByTestId('funding').locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		await waitForDuckDB(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: testInfo.outputPath('region-krs-390.png'), fullPage: true });
		await page.getByTestId('access').screenshot({ path: testInfo.outputPath('region-krs-390-access.png') });
	});

	test('a subject of 2022 carries the status note and no-data blocks for every measure', async ({ page }, testInfo) => {
		await page.goto('/region/DPR');
		const note = page.getByTestId('status-note');
		await expect(note).toContainText('Включение в состав России в 2022 году не признано международно');
		await expect(note).toContainText('В реестре 89 субъектов');
		await expect(note.getByRole('link')).toHaveAttribute('href', '/data#territories');
		await expect(page.getByTestId('no-data')).toHaveCount(3);
		await expect(page.getByTestId('population')).toContainText('Численность на 01.01.2025 не найдена');
		await expect(page.getByTestId('population')).toContainText('Официальной численности нет');
		await page.screenshot({ path: testInfo.outputPath('region-dpr-1280.png'), fullPage: true });
	});

	test('links to the comparison and to the map with this region selected', async ({ page }) => {
		await page.goto('/region/RU-TUL');
		await expect(page.getByTestId('compare-link')).toHaveAttribute('href', '/compare?pin=RU-TUL');
		await page.getByTestId('map-link').click();
		await expect(page).toHaveURL(/\/\?region=RU-TUL$/);
		await expect(page.locator('.selection')).toContainText('Тульская область');
	});

	test('the funding CSV holds both indicators for every year', async ({ page }) => {
		await page.goto('/region/RU-MOW');
		const frame = page.locator('figure', { has: page.locator('#funding-title') });
		await expect(frame.locator('.echart')).toHaveAttribute('data-chart-ready', 'true');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			frame.locator('[data-export="csv"]').click()
		]);
		const csv = await readDownload(download);
		const lines = csv.slice(1).trim().split('\r\n');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines).toHaveLength(7);
		expect(lines[0]).toMatch(/^key,region,year,indicator,value_rub,population,population_date,rub_per_resident,/);
		expect(lines[3]).toMatch(/^RU-MOW,Москва,2021,health_consolidated_incl_tfoms,797997831156\.88,12979400,2021-01-01,61481\.8/);
		expect(lines[4]).toMatch(/^RU-MOW,Москва,2019,digital_contour_subsidy,,12827700,2019-01-01,,/);
	});

	test('reads in English with ?lang=en, evidence included', async ({ page }) => {
		await page.goto('/region/RU-MOW?lang=en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moscow');
		await expect(page.getByTestId('access')).toContainText('The app shows lab and instrumental results');
		await expect(page.getByTestId('compare-link')).toHaveAttribute('href', '/compare?pin=RU-MOW&lang=en');
	});
});
