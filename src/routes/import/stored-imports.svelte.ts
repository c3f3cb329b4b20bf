/**
 * The imports kept in this browser, as the import page lists them: restored once when the page starts,
 * refreshed after every commit and removal. A storage failure becomes `error` (shown, never thrown).
 */
import { ImportError, messageOf } from '$lib/import/import-error';
import type { RestoreReport } from '$lib/import/imports';
import type { ImportRecipe } from '$lib/import/recipe';

type ImportsModule = typeof import('$lib/import/imports');

export class StoredImports {
	list = $state.raw<ImportRecipe[]>([]);
	restore = $state.raw<RestoreReport | null>(null);
	error = $state<ImportError | null>(null);
	#imports: ImportsModule | null = null;

	/** Restore the stored imports into DuckDB (once per page load) and list them. */
	async load(imports: ImportsModule): Promise<void> {
		this.#imports = imports;
		this.restore = await imports.restoreImports();
		this.list = imports.currentImports();
	}

	/** Record a committed import. */
	remember(recipe: ImportRecipe): void {
		this.#imports?.rememberImport(recipe);
		this.list = this.#imports?.currentImports() ?? [recipe];
	}

	/** Remove an import from the database and from storage. */
	async remove(id: string): Promise<void> {
		if (!this.#imports) return;
		try {
			await this.#imports.removeImport(id);
		} catch (error) {
			this.error = error instanceof ImportError ? error : new ImportError('storage_failed', { message: messageOf(error) });
		}
		this.list = this.#imports.currentImports();
	}

	/** Delete the whole import storage (after it was found corrupt); loaded tables stay for this visit. */
	async clear(): Promise<void> {
		const { clearStored } = await import('$lib/import/storage');
		try {
			await clearStored();
			if (this.restore) this.restore = { ...this.restore, corrupt: [], failed: [], storageError: null };
		} catch (error) {
			this.error = error instanceof ImportError ? error : new ImportError('storage_failed', { message: messageOf(error) });
		}
	}
}
