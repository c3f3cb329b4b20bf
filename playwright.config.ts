import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the system Chromium (Debian's `chromium` package) against the production build,
 * served by `scripts/serve.js` on 127.0.0.1. Playwright never downloads a browser here.
 */
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
	throw new Error(
		`No Chromium at ${chromePath}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
			'or point CHROME_PATH at a Chromium/Chrome executable.'
	);
}

const PORT = Number(process.env.E2E_PORT ?? 4319);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'test/e2e',
	// Separate output per build dir, so side-by-side runs do not wipe each other's results.
	outputDir: BUILD_DIR === 'build' ? 'test-results' : `test-results-${BUILD_DIR}`,
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		// The offline service worker would hide page requests from route interception; the tests that are
		// about offline use switch it back on (test.use({ serviceWorkers: 'allow' })).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: chromePath,
			// Without the background-networking switches Chromium calls Google services at start-up.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-dev-shm-usage'
			]
		}
	},
	webServer: {
		command: `node scripts/serve.js --port ${PORT} --dir ${BUILD_DIR}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
