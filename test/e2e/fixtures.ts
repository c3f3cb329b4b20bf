/**
 * Shared e2e fixture: every test page is watched for what must never happen.
 *
 * - Any request to a host other than the page's own origin is aborted and recorded; the test fails.
 *   (Interception can miss some worker traffic in Chromium, so tests that claim "nothing leaves" also run
 *   a pass with the context offline.)
 * - Console errors and uncaught page errors are recorded; the test fails.
 * - Content-Security-Policy violations (reported by the page as `securitypolicyviolation` events) are
 *   recorded; the test fails.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
	offOrigin: string[];
	consoleErrors: string[];
	pageErrors: string[];
	cspViolations: string[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ context, baseURL }, use) => {
			const origin = new URL(baseURL as string).origin;
			const watch: Watch = { offOrigin: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
			await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
				watch.cspViolations.push(text);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
						.__reportCspViolation;
					report?.(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
				});
			});
			await context.route('**/*', async (route) => {
				const url = route.request().url();
				if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
					await route.continue();
				} else {
					watch.offOrigin.push(url);
					await route.abort('blockedbyclient');
				}
			});
			context.on('page', (page) => attach(page, watch));
			await use(watch);
			expect(watch.offOrigin, 'requests to other hosts').toEqual([]);
			expect(watch.pageErrors, 'uncaught page errors').toEqual([]);
			expect(watch.consoleErrors, 'console errors').toEqual([]);
			expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

function attach(page: Page, watch: Watch) {
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
}

/** Wait until DuckDB-WASM has answered the page's queries (or fail with the page's own message). */
export async function waitForDuckDB(page: Page): Promise<void> {
	const status = page.locator('[data-duckdb]');
	await expect(status).toHaveAttribute('data-duckdb', /ready|failed/, { timeout: 30_000 });
	await expect(status, await status.textContent() ?? '').toHaveAttribute('data-duckdb', 'ready');
}

export { expect };
