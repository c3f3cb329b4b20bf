import { test, expect, waitForDuckDB } from './fixtures';

test.describe('share this view', () => {
	test('copies the address of the exact view, and opening it restores that view', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto('/?metric=users_per_100&region=RU-TUL');
		await waitForDuckDB(page);
		await page.getByTestId('share').click();
		await expect(page.getByRole('status').filter({ hasText: 'Ссылка скопирована' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const url = new URL(copied);
		expect(url.pathname).toBe('/');
		expect(url.searchParams.get('metric')).toBe('users_per_100');
		expect(url.searchParams.get('region')).toBe('RU-TUL');

		// The copied link, opened fresh, shows the same measure with Tula selected.
		const other = await context.newPage();
		await other.goto(copied);
		await waitForDuckDB(other);
		await expect(other.locator('[data-region-key="RU-TUL"][aria-pressed="true"]').first()).toBeAttached();
		await expect(other.getByTestId('coverage')).toBeVisible();
		await other.close();
	});

	test('where the clipboard is refused, the address is shown selected to copy by hand', async ({ page }) => {
		await page.goto('/compare?pin=RU-MOW,RU-SPE');
		await waitForDuckDB(page);
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
			});
		});
		await page.getByTestId('share').click();
		const field = page.getByRole('textbox', { name: 'Скопируйте ссылку' });
		await expect(field).toBeFocused();
		await expect(field).toHaveValue(/\/compare\?pin=RU-MOW%2CRU-SPE$|\/compare\?pin=RU-MOW,RU-SPE$/);
	});

	test('speaks English on the English page', async ({ page }) => {
		await page.goto('/funding?lang=en');
		await waitForDuckDB(page);
		await expect(page.getByTestId('share')).toHaveText('Share');
	});

	test('views are history entries: Back and Forward step through them without reloading the page', async ({ page }) => {
		await page.goto('/');
		await waitForDuckDB(page);
		await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
		await page.getByLabel('Показатель на карте').selectOption('users_per_100');
		await expect(page).toHaveURL(/metric=users_per_100/);
		await page.locator('[data-region-key="RU-TUL"]').first().click();
		await expect(page).toHaveURL(/region=RU-TUL/);
		await expect(page.locator('[data-region-key="RU-TUL"][aria-pressed="true"]').first()).toBeAttached();

		await page.goBack();
		await expect(page).not.toHaveURL(/region=/);
		await expect(page.locator('[aria-pressed="true"][data-region-key]')).toHaveCount(0);
		await expect(page.getByLabel('Показатель на карте')).toHaveValue('users_per_100');

		await page.goBack();
		await expect(page).not.toHaveURL(/metric=/);
		await expect(page.getByLabel('Показатель на карте')).toHaveValue('access');

		await page.goForward();
		await expect(page.getByLabel('Показатель на карте')).toHaveValue('users_per_100');
		// Still the same document: no reload, DuckDB kept.
		expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
	});
});
