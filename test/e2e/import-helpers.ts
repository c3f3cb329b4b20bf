/**
 * Shared steps of the import and SQL e2e tests: open /import when ready, upload a fixture through the real
 * `<input type="file">`, run the check, confirm.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { encodeCp1251, encodeUtf8 } from '../fixtures/import/encode';
import { BROKEN_UTF8, ENGLISH_UTF8, MINISTRY_CP1251 } from '../fixtures/import/files';

export interface FixtureFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

const csv = (name: string, bytes: Uint8Array): FixtureFile => ({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });

export const FILES = {
	ministry: () => csv('Минздрав ЭМК 2024.csv', encodeCp1251(MINISTRY_CP1251)),
	english: () => csv('english-regions.csv', encodeUtf8(ENGLISH_UTF8)),
	broken: () => csv('broken.csv', encodeUtf8(BROKEN_UTF8))
};

/** Open /import and wait until the database, the registry and the worker are ready. */
export async function openImport(page: Page): Promise<void> {
	await page.goto('/import');
	await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'idle', { timeout: 30_000 });
	await expect(page.locator('#import-file')).toBeEnabled();
}

/** Upload a file and wait for the preview of its first lines. */
export async function upload(page: Page, file: FixtureFile): Promise<void> {
	await page.locator('#import-file').setInputFiles(file);
	await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'preview');
}

/** Check the whole file and wait for the report (or an error back in the preview). */
export async function checkFile(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Проверить весь файл' }).click();
	await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', /checked|preview/, { timeout: 30_000 });
}

/** Confirm the checked import and wait until it is in the database. */
export async function confirm(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^Импортировать/ }).click();
	await expect(page.locator('[data-import-step]')).toHaveAttribute('data-import-step', 'done', { timeout: 30_000 });
}

/** The whole import of `file` with what was sniffed: open /import, upload, check, confirm. */
export async function importFile(page: Page, file: FixtureFile): Promise<void> {
	await openImport(page);
	await upload(page, file);
	await checkFile(page);
	await confirm(page);
}
