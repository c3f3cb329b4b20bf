/**
 * Everything the import page needs before a file can be chosen, loaded on demand (none of it is in the
 * page's first-paint JavaScript): DuckDB with the shipped data, the region registry for the matcher, the
 * import worker, the staging modules, and one DuckDB session for the import's statements.
 */
import type { Session } from '$lib/data/duckdb';
import type { ImportWorker } from '$lib/import/worker-client';
import type { RegionChoice } from '$lib/queries/import-registry';

export interface ImportDeps {
	worker: ImportWorker;
	session: Session;
	regions: RegionChoice[];
	imports: typeof import('$lib/import/imports');
	staging: typeof import('$lib/import/staging');
	check: typeof import('$lib/import/check');
	stageFile: typeof import('$lib/import/stage-file').stageFile;
}

/** Load them (the stored imports are not restored here: see `StoredImports.load`). */
export async function loadImportDeps(): Promise<ImportDeps> {
	const [{ getConnector }, { loadMatcherInput }, { ImportWorker }, imports, staging, check, { stageFile }] = await Promise.all([
		import('$lib/data/browser-db'),
		import('$lib/queries/import-registry'),
		import('$lib/import/worker-client'),
		import('$lib/import/imports'),
		import('$lib/import/staging'),
		import('$lib/import/check'),
		import('$lib/import/stage-file')
	]);
	const registry = await loadMatcherInput(await getConnector());
	const regions = registry.regions.map(({ key, name_ru, name_en }) => ({ key, name_ru, name_en }));
	const session = await imports.importSession();
	return { worker: new ImportWorker(registry), session, regions, imports, staging, check, stageFile };
}
