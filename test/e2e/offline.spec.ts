/**
 * After one visit, the dashboard loads and works with the network off (service worker cache).
 */
import { test, expect, waitForDuckDB } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('loads and queries with the network off after the first visit', async ({ page, context }) => {
	await page.goto('/');
	await waitForDuckDB(page);
	// Wait until the service worker controls the page and has cached the shell.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
	// A second online visit runs under the service worker, which caches the wasm and data as fetched.
	await page.reload();
	await waitForDuckDB(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('[data-region-key="RU-MOW"]')).toBeVisible();
	await waitForDuckDB(page);
	await page.goto('/data');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Данные и источники');
	await context.setOffline(false);
});
