/**
 * The main journey with the keyboard alone (issue 8; WCAG 2.1.1): choose a metric, select a region on the
 * map (Tab into the map, arrow keys, Enter), open its profile, export a figure (PNG) and its numbers
 * (CSV). No mouse event is sent; every step checks where the focus is and that it is visible.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';

/** What has the focus: tag, key attributes and text, for the test's checks and messages. */
async function focused(page: Page): Promise<{ tag: string; region: string | null; text: string; href: string | null; exportKind: string | null; visible: boolean }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		const rect = el?.getBoundingClientRect();
		return {
			tag: el?.tagName.toLowerCase() ?? '',
			region: el?.getAttribute('data-region-key') ?? null,
			text: (el?.getAttribute('aria-label') || el?.textContent || '').trim().slice(0, 80),
			href: el?.getAttribute('href') ?? null,
			exportKind: el?.getAttribute('data-export') ?? null,
			visible: !!rect && rect.width > 0 && rect.height > 0 && getComputedStyle(el as Element).visibility !== 'hidden'
		};
	});
}

/** Press Tab until `wanted` holds for the focused element (at most `max` presses). */
async function tabTo(page: Page, what: string, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 400): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		if (wanted(f)) {
			expect(f.visible, `${what} is focused but not visible`).toBe(true);
			return;
		}
	}
	throw new Error(`Tab never reached ${what} in ${max} presses`);
}

test('keyboard only: metric, region on the map, its profile, PNG and CSV exports', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await waitForDuckDB(page);

	// The skip link comes first and leads to the content.
	await page.keyboard.press('Tab');
	expect((await focused(page)).href).toBe('#main');

	// Choose a metric: Tab to the measure select, arrow down to the next measure.
	await tabTo(page, 'the metric select', (f) => f.tag === 'select' && /Доступ пациентов|Пользователей/.test(f.text));
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/metric=users_per_100/);
	await expect(page.locator('section.ranking')).toHaveAttribute('data-metric', 'users_per_100');

	// Into the map: one tab stop; arrows move between regions, the tooltip follows the focus.
	await tabTo(page, 'the map', (f) => f.region !== null);
	const start = (await focused(page)).region;
	await page.keyboard.press('Home');
	const first = (await focused(page)).region;
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const target = (await focused(page)).region as string;
	expect(target).not.toBe(first);
	expect(target).toMatch(/^RU-|^[A-Z]+$/);
	await expect(page.getByRole('tooltip')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`region=${target}`));
	await expect(page.locator(`[data-region-key="${target}"]`)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.selection')).toContainText('Выбран регион');
	expect(start).not.toBeNull();

	// Open the profile from the selection line.
	await tabTo(page, 'the profile link', (f) => f.href === `/region/${target}`);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/region/${target}$`));
	await expect(page.locator(`[data-region="${target}"]`)).toBeVisible();
	await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'ready', { timeout: 30_000 });

	// Export: the first figure's PNG, then its CSV, with Enter on the focused buttons.
	await tabTo(page, 'a PNG export', (f) => f.exportKind === 'png');
	const [png] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
	await tabTo(page, 'a CSV export', (f) => f.exportKind === 'csv', 10);
	const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(csv.suggestedFilename()).toMatch(/\.csv$/);
});

test('keyboard only: Escape hides the map tooltip, Enter again clears the selection', async ({ page }) => {
	await page.goto('/');
	await waitForDuckDB(page);
	await page.locator('[data-region-key="RU-MOW"]').focus();
	await expect(page.getByRole('tooltip')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('tooltip')).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/region=RU-MOW/);
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/region=/);
});
