/**
 * Imported datasets kept across reloads, in IndexedDB: per import its recipe (`recipes` store) and its
 * UTF-8 text as a Blob (`texts` store), written in one transaction so there is never one without the
 * other. DuckDB-WASM's own OPFS mode is not used: its databases can come back empty after a reload
 * (duckdb/duckdb-wasm#2192).
 *
 * Works in the page and in the import worker (which writes the text it already holds). Every failure
 * becomes `ImportError('storage_failed', { reason })` with reason `quota` (storage full), `unavailable`
 * (no IndexedDB, private mode, blocked) or `corrupt`, so the page can say what happened; the app starts
 * whatever the state of this storage.
 */
import { ImportError, messageOf } from './import-error';
import { recipeSchema, type ImportRecipe } from './recipe';

const DB_NAME = 'emr-atlas-imports';
const VERSION = 1;
const RECIPES = 'recipes';
const TEXTS = 'texts';

function storageError(error: unknown): ImportError {
	if (error instanceof ImportError) return error;
	const name = error instanceof DOMException ? error.name : '';
	const reason = name === 'QuotaExceededError' ? 'quota' : name === 'DataError' ? 'corrupt' : 'unavailable';
	return new ImportError('storage_failed', { reason, message: messageOf(error) });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
	});
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined')
		return Promise.reject(new ImportError('storage_failed', { reason: 'unavailable', message: 'no IndexedDB' }));
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const req = indexedDB.open(DB_NAME, VERSION);
		req.onupgradeneeded = () => {
			const db = req.result;
			if (!db.objectStoreNames.contains(RECIPES)) db.createObjectStore(RECIPES, { keyPath: 'id' });
			if (!db.objectStoreNames.contains(TEXTS)) db.createObjectStore(TEXTS);
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
		req.onblocked = () => reject(new DOMException('the import storage is open in another tab', 'InvalidStateError'));
	}).catch((error: unknown) => {
		opening = null;
		throw storageError(error);
	});
	return opening;
}

/** Store (or replace) an import: recipe and text together, or neither. */
export async function saveImport(recipe: ImportRecipe, text: Blob): Promise<void> {
	try {
		const db = await open();
		const tx = db.transaction([RECIPES, TEXTS], 'readwrite');
		tx.objectStore(TEXTS).put(text, recipe.id);
		tx.objectStore(RECIPES).put(recipe);
		await done(tx);
	} catch (error) {
		throw storageError(error);
	}
}

export interface StoredList {
	recipes: ImportRecipe[];
	/** Keys of records that do not read back as a valid recipe (they are not trusted, only reported). */
	corrupt: string[];
}

/** Every stored recipe, oldest first. Texts without a recipe (a write cut short) are removed. */
export async function listStored(): Promise<StoredList> {
	try {
		const db = await open();
		const tx = db.transaction([RECIPES, TEXTS], 'readwrite');
		const [raw, textKeys] = await Promise.all([
			request(tx.objectStore(RECIPES).getAll()),
			request(tx.objectStore(TEXTS).getAllKeys())
		]);
		const recipes: ImportRecipe[] = [];
		const corrupt: string[] = [];
		for (const record of raw as unknown[]) {
			const parsed = recipeSchema.safeParse(record);
			if (parsed.success) recipes.push(parsed.data);
			else corrupt.push(String((record as { id?: unknown })?.id ?? '?'));
		}
		const known = new Set(raw.map((r) => String((r as { id?: unknown })?.id)));
		for (const key of textKeys) if (!known.has(String(key))) tx.objectStore(TEXTS).delete(key);
		await done(tx);
		recipes.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
		return { recipes, corrupt };
	} catch (error) {
		throw storageError(error);
	}
}

/** The stored UTF-8 text of import `id` (a Blob: it is handed to DuckDB as a file), or null if missing. */
export async function readText(id: string): Promise<Blob | null> {
	try {
		const db = await open();
		const blob = await request(db.transaction(TEXTS).objectStore(TEXTS).get(id));
		return blob instanceof Blob ? blob : null;
	} catch (error) {
		throw storageError(error);
	}
}

/** Forget import `id` (recipe and text). */
export async function removeStored(id: string): Promise<void> {
	try {
		const db = await open();
		const tx = db.transaction([RECIPES, TEXTS], 'readwrite');
		tx.objectStore(RECIPES).delete(id);
		tx.objectStore(TEXTS).delete(id);
		await done(tx);
	} catch (error) {
		throw storageError(error);
	}
}

/** Delete the whole import storage (the way out of a corrupt one). */
export async function clearStored(): Promise<void> {
	const db = await opening?.catch(() => null);
	db?.close();
	opening = null;
	if (typeof indexedDB === 'undefined') return;
	await new Promise<void>((resolve, reject) => {
		const req = indexedDB.deleteDatabase(DB_NAME);
		req.onsuccess = () => resolve();
		req.onerror = () => reject(storageError(req.error));
		req.onblocked = () => resolve();
	});
}

/** Usage and quota of the origin's storage, where the browser tells. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
	try {
		const estimate = await navigator.storage?.estimate?.();
		if (!estimate?.quota) return null;
		return { usage: estimate.usage ?? 0, quota: estimate.quota };
	} catch {
		return null;
	}
}
