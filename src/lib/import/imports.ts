/**
 * Imported datasets in this browser session: restored from storage once per page load, then kept in
 * step with every commit and removal. Browser-only (it opens DuckDB-WASM sessions).
 *
 * `restoreImports()` is what "on app start the imports are re-registered" means: any page that reads
 * imported data (the import page, the SQL console, a map showing `?metric=import:…` through
 * `imported-metrics.ts`) awaits it; it runs once and never throws (failures are reported in its result,
 * so a corrupt or full storage never stops the app).
 */
import type { Connector } from '../data/connector';
import { getConnector } from '../data/browser-db';
import { openSession, type Session } from '../data/duckdb';
import { messageOf, ImportError } from './import-error';
import type { ImportRecipe } from './recipe';
import { dropImport, replayImport } from './staging';
import { listStored, readText, removeStored } from './storage';

export interface RestoreReport {
	/** Imports available in the database now (restored and added since). */
	recipes: ImportRecipe[];
	/** Stored imports that could not be replayed, with DuckDB's or the storage's message. */
	failed: { id: string; message: string }[];
	/** Stored records that were not valid recipes (not trusted, not loaded). */
	corrupt: string[];
	/** Why the storage could not be read at all (`reason` of `ImportError('storage_failed')`), if so. */
	storageError: { reason: string; message: string } | null;
}

const recipes = new Map<string, ImportRecipe>();
let restoring: Promise<RestoreReport> | null = null;
let sessionOpening: Promise<Session> | null = null;

/** The one DuckDB session imports run on (their transactions never mix with other queries). */
export function importSession(): Promise<Session> {
	sessionOpening ??= getConnector().then(() => openSession());
	sessionOpening.catch(() => (sessionOpening = null));
	return sessionOpening;
}

async function restore(): Promise<RestoreReport> {
	const report: RestoreReport = { recipes: [], failed: [], corrupt: [], storageError: null };
	let stored: ImportRecipe[] = [];
	try {
		const list = await listStored();
		stored = list.recipes;
		report.corrupt = list.corrupt;
	} catch (error) {
		const e = error instanceof ImportError ? error : null;
		report.storageError = { reason: String(e?.details.reason ?? 'unavailable'), message: messageOf(error) };
	}
	if (stored.length) {
		const session = await importSession();
		for (const recipe of stored) {
			try {
				const text = await readText(recipe.id);
				if (!text) throw new Error('the stored text is missing');
				await replayImport(session, recipe, text);
				recipes.set(recipe.id, recipe);
			} catch (error) {
				report.failed.push({ id: recipe.id, message: messageOf(error) });
			}
		}
	}
	report.recipes = currentImports();
	return report;
}

/** Restore the stored imports into DuckDB (once per page load); the report says what happened. */
export function restoreImports(): Promise<RestoreReport> {
	restoring ??= restore().catch((error: unknown) => ({
		recipes: currentImports(),
		failed: [],
		corrupt: [],
		storageError: { reason: 'unavailable', message: messageOf(error) }
	}));
	return restoring;
}

/** The connector, with the shipped data and every restored import loaded. */
export async function getConnectorWithImports(): Promise<Connector> {
	const db = await getConnector();
	await restoreImports();
	return db;
}

/** Imports in the database now, oldest first. */
export function currentImports(): ImportRecipe[] {
	return [...recipes.values()].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** Record a committed import (the page calls it after a successful swap). */
export function rememberImport(recipe: ImportRecipe): void {
	recipes.set(recipe.id, recipe);
}

/** Remove an import from the database and from storage. Storage errors are thrown after the drop. */
export async function removeImport(id: string): Promise<void> {
	const session = await importSession();
	await dropImport(session, id);
	recipes.delete(id);
	await removeStored(id);
}
