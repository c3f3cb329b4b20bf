/**
 * DuckDB-WASM in the browser: the only module that imports `@duckdb/duckdb-wasm` for the client.
 *
 * Lifecycle: nothing happens until `getEngine()` is first called; then the worker starts, the wasm is
 * instantiated and the session settings are applied, once. Concurrent callers share the same promise, and a
 * failed start is forgotten so a later call can retry. `resetEngine()` terminates the worker (used when it
 * dies and must be restarted).
 *
 * The worker and wasm files are the package's own, emitted by Vite as same-origin assets (`?url`): never a
 * CDN. Only the `mvp` and `eh` bundles are imported, since each imported .wasm is copied into the build.
 */
import {
	AsyncDuckDB,
	DuckDBDataProtocol,
	selectBundle,
	VoidLogger,
	type AsyncDuckDBConnection,
	type DuckDBBundles
} from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableFromIPC } from 'apache-arrow';
import type { Engine, SqlParam } from './engine';
import { SESSION_SETTINGS } from './settings';

const BUNDLES: DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

interface Started {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
	worker: Worker;
}

let starting: Promise<Started> | null = null;

async function start(): Promise<Started> {
	const bundle = await selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker as string);
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	try {
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
		const conn = await db.connect();
		for (const statement of SESSION_SETTINGS) await conn.query(statement);
		return { db, conn, worker };
	} catch (error) {
		worker.terminate();
		throw error;
	}
}

function started(): Promise<Started> {
	starting ??= start().catch((error: unknown) => {
		starting = null;
		throw error;
	});
	return starting;
}

function engineOf({ db, conn }: Started): Engine {
	return {
		async registerFile(name: string, bytes: Uint8Array) {
			await db.registerFileBuffer(name, bytes);
		},
		async dropFile(name: string) {
			await db.dropFile(name);
		},
		async run(sql: string, params?: readonly SqlParam[]) {
			if (!params || params.length === 0) return conn.query(sql);
			const statement = await conn.prepare(sql);
			try {
				return await statement.query(...params);
			} finally {
				await statement.close();
			}
		}
	};
}

/** The browser engine, started on first use. */
export async function getEngine(): Promise<Engine> {
	return engineOf(await started());
}

/** Stop the worker; the next `getEngine()` starts a fresh database (tables must be loaded again). */
export async function resetEngine(): Promise<void> {
	const current = starting;
	starting = null;
	if (!current) return;
	try {
		(await current).worker.terminate();
	} catch {
		// It never started; nothing to stop.
	}
}

/**
 * A connection of its own on the shared database (never a second database): for work that must not mix
 * with other callers' queries (an import's `BEGIN … COMMIT`) or that must be stoppable (the SQL console).
 * Statements run through DuckDB's pending-query API, so `cancel()` interrupts the one now running.
 */
export interface Session extends Engine {
	/** Make a Blob (a File) readable by SQL under `name`; DuckDB reads it in its worker, in slices. */
	registerBlob(name: string, blob: Blob): Promise<void>;
	/** Interrupt the statement now running on this session; true if one was cancelled. */
	cancel(): Promise<boolean>;
	/** Close the connection (the database stays). */
	close(): Promise<void>;
}

/** Open a `Session` on the browser database (started on first use, like `getEngine()`). */
export async function openSession(): Promise<Session> {
	const { db } = await started();
	const conn = await db.connect();
	return {
		async registerFile(name: string, bytes: Uint8Array) {
			await db.registerFileBuffer(name, bytes);
		},
		async registerBlob(name: string, blob: Blob) {
			await db.registerFileHandle(name, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true);
		},
		async dropFile(name: string) {
			await db.dropFile(name);
		},
		async run(sql: string, params?: readonly SqlParam[]) {
			if (!params || params.length === 0) return tableFromIPC(await conn.send(sql));
			const statement = await conn.prepare(sql);
			try {
				return await tableFromIPC(await statement.send(...params));
			} finally {
				await statement.close();
			}
		},
		cancel: () => conn.cancelSent(),
		close: () => conn.close()
	};
}
