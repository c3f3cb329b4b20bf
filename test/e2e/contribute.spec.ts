/**
 * «Предложить сведения» end to end: the form on a region's page refuses what the data checks refuse, and a
 * row made in the browser, merged by `npm run add:evidence` into a copy of data/, colours the map of a
 * site rebuilt from that copy. Promises on the shipped map are rings and words, never colours.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Download, Page } from '@playwright/test';
import { expect, test, waitForDuckDB } from './fixtures';

const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
const E2E_PORT = Number(process.env.E2E_PORT ?? 4319);
const CONTRIB = {
	port: E2E_PORT + 2,
	buildDir: BUILD_DIR === 'build' ? 'build-contrib' : `${BUILD_DIR}-contrib`,
	kitDir: BUILD_DIR === 'build' ? '.svelte-kit-contrib' : `.svelte-kit-${BUILD_DIR.replace(/^build-?/, '')}-contrib`
};

async function readDownload(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
	return spawnSync(command, args, { stdio: 'pipe', env: { ...process.env, ...env }, encoding: 'utf8' });
}

/**
 * A page on the rebuilt site, in a context of its own (the shared fixture only allows the main build's
 * origin), with the same rule: anything sent to another host is aborted and reported.
 */
async function pageOn(browser: Browser, baseURL: string) {
	const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const offOrigin: string[] = [];
	const origin = new URL(baseURL).origin;
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) await route.continue();
		else {
			offOrigin.push(url);
			await route.abort('blockedbyclient');
		}
	});
	return { page: await context.newPage(), offOrigin, close: () => context.close() };
}

async function fillChukotkaRow(page: Page) {
	const form = page.getByTestId('contribute');
	await form.getByLabel('Сервис или система').fill('Портал «Здоровье Чукотки»');
	await form.getByLabel('Канал').selectOption('regional_portal');
	await form.getByLabel('Вид сообщения').selectOption('observed');
	await form.getByLabel('Уровень доступа пациентов').selectOption('partial');
	await form.getByLabel('Дата наблюдения').fill('2026-03-01');
	await form.getByLabel('результаты анализов').check();
	await form.getByLabel('Цитата из источника').fill('Результаты анализов доступны пациентам в личном кабинете портала.');
	await form.getByLabel('Что говорит источник, своими словами').fill('Пациенты видят результаты анализов на портале.');
	await form.getByLabel('Ссылка на источник').fill('https://example.org/chukotka/portal');
	await form.getByLabel('Издатель').fill('Пример');
	await form.getByLabel('Заголовок').fill('Новость о портале');
	await form.getByLabel('Дата публикации').fill('2026-03-01');
}

test.describe('promises on the shipped map', () => {
	test('are a ring and a «обещано» line, not a colour; «нет данных» says what it means', async ({ page }) => {
		await page.goto('/');
		const bashkortostan = page.locator('[data-region-key="RU-BA"]');
		await expect(bashkortostan).toHaveAttribute('aria-label', /^Башкортостан: нет данных, Обещано: частичный доступ/);
		await expect(page.locator('[data-promised="RU-BA"]')).toHaveCount(1);
		await expect(page.locator('[data-promised="RU-MOW"]')).toHaveCount(0);
		await expect(page.getByTestId('legend-promised')).toContainText('есть обещание, цвета не даёт');
		await page.locator('[data-region-key="RU-CHU"]').hover();
		await expect(page.getByRole('tooltip')).toContainText('нет публичных сообщений о доступе пациентов к ЭМК (просмотрены 05.12.2026)');
	});
});

test.describe('«Предложить сведения»', () => {
	test('refuses a level resting on a plan and a future date, field by field, and sends nothing', async ({ page }) => {
		await page.goto('/region/RU-CHU#contribute');
		await expect(page.getByTestId('access').getByTestId('no-data')).toContainText('источники последний раз просмотрены 05.12.2026');
		const form = page.getByTestId('contribute');
		await expect(form).toHaveAttribute('open', '');
		await fillChukotkaRow(page);
		await form.getByLabel('Дата наблюдения').fill('2099-01');
		await form.getByRole('button', { name: 'Проверить' }).click();
		await expect(page.getByTestId('contribute-problems')).toContainText('Дата наблюдения: дата в будущем');
		await form.getByLabel('Дата наблюдения').fill('2026-03-01');
		await form.getByLabel('Вид сообщения').selectOption('planned');
		// A plan cannot carry a level: the form asks for the promised access instead.
		await expect(form.getByLabel('Уровень доступа пациентов')).toHaveCount(0);
		await form.getByLabel('Какой доступ обещан').selectOption('full');
		await form.getByRole('button', { name: 'Проверить' }).click();
		await expect(page.getByTestId('contribute-ok')).toBeVisible();
	});

	test('a row made in the browser, merged by add:evidence, colours the map after a rebuild', async ({ page, browser }, testInfo) => {
		test.setTimeout(300_000);
		await page.goto('/region/RU-CHU');
		await waitForDuckDB(page);
		await page.getByText('Знаете источник? Предложить сведения').click();
		await fillChukotkaRow(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('contribute').getByRole('button', { name: 'Скачать CSV' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^evidence-RU-CHU-\d{4}-\d{2}-\d{2}\.csv$/);
		const file = await readDownload(download);
		expect(file.split('\n')[0]).toContain('key,observed_on,statement,service_name');

		const work = mkdtempSync(path.join(os.tmpdir(), 'emr-atlas-contrib-'));
		let server: ChildProcess | null = null;
		try {
			const dataDir = path.join(work, 'data');
			cpSync('data', dataDir, { recursive: true });
			const contribution = path.join(work, 'evidence.csv');
			writeFileSync(contribution, file);
			const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
			const merged = run(process.execPath, [tsx, 'scripts/add-evidence.ts', contribution, '--data-dir', dataDir]);
			expect(merged.status, merged.stderr).toBe(0);
			expect(merged.stdout).toContain('проверка данных пройдена');
			expect(readFileSync(path.join(dataDir, 'emr/access.csv'), 'utf8')).toContain('RU-CHU,2026-03-01,observed,Портал «Здоровье Чукотки»');
			// The same file again is refused as a duplicate and changes nothing.
			const again = run(process.execPath, [tsx, 'scripts/add-evidence.ts', contribution, '--data-dir', dataDir]);
			expect(again.status).toBe(1);
			expect(again.stderr).toContain('Повторяющийся ключ');

			const built = run(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build'], {
				EMR_DATA_DIR: dataDir,
				BUILD_DIR: CONTRIB.buildDir,
				KIT_OUT_DIR: CONTRIB.kitDir
			});
			expect(built.status, built.stderr.slice(-2000)).toBe(0);
			server = spawn(process.execPath, ['scripts/serve.js', '--port', String(CONTRIB.port), '--dir', CONTRIB.buildDir], {
				stdio: 'ignore'
			});
			const url = `http://127.0.0.1:${CONTRIB.port}`;
			await expect.poll(async () => (await fetch(`${url}/`).catch(() => null))?.ok ?? false, { timeout: 15_000 }).toBe(true);

			const rebuilt = await pageOn(browser, url);
			await rebuilt.page.goto('/');
			await expect(rebuilt.page.locator('[data-region-key="RU-CHU"]')).toHaveAttribute('aria-label', /^Чукотка: частичный доступ/);
			await rebuilt.page.screenshot({ path: testInfo.outputPath('map-after-contribution.png') });
			await rebuilt.page.goto('/region/RU-CHU');
			await expect(rebuilt.page.getByTestId('access')).toContainText('Результаты анализов доступны пациентам в личном кабинете портала.');
			await expect(rebuilt.page.getByTestId('region-changes')).toContainText('Сведения предложены через форму');
			await rebuilt.close();
			expect(rebuilt.offOrigin, 'requests to other hosts').toEqual([]);
		} finally {
			server?.kill();
			rmSync(work, { recursive: true, force: true });
			rmSync(CONTRIB.buildDir, { recursive: true, force: true });
			rmSync(CONTRIB.kitDir, { recursive: true, force: true });
		}
	});
});
