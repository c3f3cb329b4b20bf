/**
 * The map a journalist can publish: Moscow and St Petersburg visible and clickable in both modes, at desktop
 * and phone widths, keyboard-reachable, with a sourced tooltip; screenshots of each for a human look.
 */
import { test, expect, waitForDuckDB } from './fixtures';

for (const width of [1280, 390]) {
	test(`tile grid at ${width} px: Moscow is at least 20×20 px and selecting it links the views`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		await waitForDuckDB(page);
		const moscow = page.locator('[data-region-key="RU-MOW"]');
		const box = await moscow.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThanOrEqual(20);
		expect(box?.height ?? 0).toBeGreaterThanOrEqual(20);
		await moscow.click();
		await expect(page).toHaveURL(/region=RU-MOW/);
		await expect(moscow).toHaveAttribute('aria-pressed', 'true');
		// Linked: the ranking row and the selection line follow the map.
		await expect(page.locator('#overview-ranking tr[data-key="RU-MOW"], [id^="overview-ranking"] tr[data-key="RU-MOW"]').first()).toHaveClass(/selected/);
		await expect(page.locator('.selection')).toContainText('Москва');
		await page.screenshot({ path: testInfo.outputPath(`map-tiles-${width}.png`), fullPage: false });
	});

	test(`geography at ${width} px: Chukotka whole, Moscow's marker visible and clickable`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/?map=geo');
		await waitForDuckDB(page);
		await expect(page.locator('[data-region-key]')).toHaveCount(85);
		const moscow = page.locator('[data-region-key="RU-MOW"]');
		await expect(moscow).toBeVisible();
		await moscow.click();
		await expect(page).toHaveURL(/region=RU-MOW/);
		const chukotka = await page.locator('[data-region-key="RU-CHU"]').boundingBox();
		const map = await page.locator('svg:has([data-region-key="RU-CHU"])').boundingBox();
		// One piece at the east edge, not split at 180° into a sliver on the far west.
		expect((chukotka?.x ?? 0) - (map?.x ?? 0)).toBeGreaterThan((map?.width ?? 0) * 0.6);
		await page.screenshot({ path: testInfo.outputPath(`map-geo-${width}.png`), fullPage: false });
	});
}

test('keyboard: Tab into the map, arrows move, Enter selects, the tooltip tells value, date and source', async ({
	page
}) => {
	await page.goto('/');
	await waitForDuckDB(page);
	const moscow = page.locator('[data-region-key="RU-MOW"]');
	await moscow.focus();
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toContainText('Москва');
	await expect(tooltip).toContainText(/По состоянию на \d{2}\.\d{2}\.\d{4}.*Источник: \S/);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-region-key="RU-MOS"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/region=RU-MOS/);
});

test('at 390 px the overview never scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto('/');
	await waitForDuckDB(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});
