/**
 * The shipped database in the browser: DuckDB-WASM started, every dataset loaded from the build's own
 * `/data/<name>.csv` files, derived views created. Started once; every caller shares the same promise.
 *
 * Faults (see `engineHealth` in `db-status.svelte.ts`, shown by `DbNotice.svelte`):
 * - the start fails (wasm missing or blocked, out of memory): the promise is forgotten so a later call
 *   retries, and the app says the prerendered numbers are what it shows;
 * - the worker dies mid-session (`onEngineLost`): the app says so, starts a fresh worker, reloads the data,
 *   replays the imported datasets that were loaded (from their stored text, as on app start), then bumps
 *   `engineHealth.generation` so the page runs its queries again. More than `MAX_RESTARTS` deaths within
 *   `RESTART_WINDOW_MS` stop the restarts (a file that crashes DuckDB every time must not loop forever).
 */
import { base } from '$app/paths';
import { createConnector, type Connector } from './connector';
import { engineHealth } from './db-status.svelte';
import { EngineLostError, getEngine, onEngineLost, openSession, resetEngine } from './duckdb';
import { loadDatasets, servedFileName } from './load-datasets';
import { datasets } from './schemas';

const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

let opening: Promise<Connector> | null = null;
const deaths: number[] = [];

async function open(): Promise<Connector> {
	const engine = await getEngine();
	await loadDatasets({
		engine,
		datasets,
		readFile: async (spec) => {
			const response = await fetch(`${base}/data/${servedFileName(spec)}`);
			if (!response.ok) throw new Error(`${servedFileName(spec)}: HTTP ${response.status}`);
			return new Uint8Array(await response.arrayBuffer());
		}
	});
	performance.mark('duckdb-ready'); // read by `npm run bench` (duckdb_ready_ms)
	return createConnector(engine);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Start (or restart) the database: `after` runs before the connector is handed to anyone, so after a
 * restart nobody queries a database that does not yet hold the user's imports.
 */
function connect(after?: () => Promise<void>): Promise<Connector> {
	const attempt: Promise<Connector> = open()
		.then(async (connector) => {
			await after?.();
			engineHealth.recovered(false);
			return connector;
		})
		.catch(async (error: unknown) => {
			if (opening === attempt) opening = null;
			// A worker that died was already forgotten by `duckdb.ts`; anything else is stopped here.
			if (!(error instanceof EngineLostError)) await resetEngine();
			if (engineHealth.state !== 'restarting') engineHealth.unavailable(messageOf(error));
			throw error;
		});
	opening = attempt;
	return attempt;
}

/** The browser's connector to the shipped data, started on first use. */
export function getConnector(): Promise<Connector> {
	return opening ?? connect();
}

/**
 * Put back the imported datasets the dead database held, from their stored text (as `restoreImports()`
 * does on app start), on a session of their own.
 */
async function replayImports(): Promise<{ restored: number; lost: string[] }> {
	const { currentImports } = await import('$lib/import/imports');
	const recipes = currentImports();
	if (recipes.length === 0) return { restored: 0, lost: [] };
	const [{ readText }, { replayImport }] = await Promise.all([import('$lib/import/storage'), import('$lib/import/staging')]);
	const session = await openSession();
	const result = { restored: 0, lost: [] as string[] };
	try {
		for (const recipe of recipes) {
			try {
				const text = await readText(recipe.id);
				if (!text) throw new Error('the stored text is missing');
				await replayImport(session, recipe, text);
				result.restored++;
			} catch {
				// Not stored (the storage was full when it was imported) or not replayable: named in the notice.
				result.lost.push(recipe.title);
			}
		}
	} finally {
		await session.close().catch(() => undefined);
	}
	return result;
}

async function restart(error: EngineLostError): Promise<void> {
	opening = null;
	const now = Date.now();
	deaths.push(now);
	while (deaths.length && (deaths[0] as number) < now - RESTART_WINDOW_MS) deaths.shift();
	engineHealth.lost(error.message);
	if (deaths.length > MAX_RESTARTS) {
		engineHealth.unavailable(error.message);
		return;
	}
	try {
		let imports = { restored: 0, lost: [] as string[] };
		await connect(async () => {
			imports = await replayImports();
		});
		engineHealth.restored(imports);
	} catch (failure) {
		engineHealth.unavailable(messageOf(failure));
	}
}

if (typeof window !== 'undefined') {
	onEngineLost((error) => void restart(error));
	engineHealth.retry = () => {
		deaths.length = 0;
		void getConnector().then(
			() => engineHealth.recovered(true),
			() => undefined // the notice already says why
		);
	};
}
