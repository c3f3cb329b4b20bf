/**
 * WCAG 2.1 A/AA: axe-core finds no violations on any route, in both languages, both map modes, with a
 * tooltip open. (axe sees only part of WCAG; the keyboard journey test covers what it cannot.)
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForDuckDB } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page, state: string) {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`
	);
	expect(summary, state).toEqual([]);
}

const STATES: { name: string; path: string; duckdb?: boolean }[] = [
	{ name: 'overview, tiles, ru', path: '/', duckdb: true },
	{ name: 'overview, geography, ru', path: '/?map=geo', duckdb: true },
	{ name: 'overview, tiles, en', path: '/?lang=en', duckdb: true },
	{ name: 'overview, geography, en', path: '/?map=geo&lang=en', duckdb: true },
	{ name: 'overview, spending per resident', path: '/?metric=health_per_resident&year=2020', duckdb: true },
	{ name: 'overview, Central district', path: '/?district=CEN&region=RU-TUL', duckdb: true },
	{ name: 'data, ru', path: '/data' },
	{ name: 'data, en', path: '/data?lang=en' }
];

for (const state of STATES) {
	test(`no axe violations: ${state.name}`, async ({ page }) => {
		await page.goto(state.path);
		if (state.duckdb) await waitForDuckDB(page);
		await expectNoViolations(page, state.name);
	});
}

test('no axe violations with a map tooltip open (keyboard focus)', async ({ page }) => {
	await page.goto('/');
	await waitForDuckDB(page);
	await page.locator('[data-region-key="RU-MOW"]').focus();
	await expect(page.getByRole('tooltip')).toContainText('Москва');
	await expectNoViolations(page, 'tooltip open');
});
