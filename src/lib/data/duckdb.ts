/**
 * DuckDB-WASM in the browser: the only module that imports `@duckdb/duckdb-wasm` for the client.
 *
 * Lifecycle: nothing happens until `getEngine()` is first called; then the worker starts, the wasm is
 * instantiated and the session settings are applied, once. Concurrent callers share the same promise, and a
 * failed start is forgotten so a later call can retry. `resetEngine()` terminates the worker.
 *
 * Faults: if the worker dies (an uncaught error inside it fires 'error' on the Worker), everything pending
 * on it is rejected with `EngineLostError`, the database is forgotten and `onEngineLost` subscribers are
 * told (`browser-db.ts` restarts it, reloads the data and replays the user's imports). A worker that stops
 * silently (`self.close()` inside it) fires nothing and cannot be told apart from a long query; it is not
 * detected.
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
	/** The worker has died (or was stopped): nothing may be sent to it any more. */
	dead: boolean;
	/** Rejects with `EngineLostError` when the worker dies; every call races against it. */
	lost: Promise<never>;
}

/**
 * The DuckDB worker died under us (an uncaught error in the worker: a wasm trap, out of memory, an
 * injected crash). Every pending and later call on that worker ends with this error; the next
 * `getEngine()` starts a fresh database (see `onEngineLost`).
 */
export class EngineLostError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EngineLostError';
	}
}

type LostListener = (error: EngineLostError) => void;
const lostListeners = new Set<LostListener>();

/**
 * Be told when the running DuckDB worker dies (`browser-db.ts` restarts it and reloads the data).
 * Returns the unsubscribe function.
 */
export function onEngineLost(listener: LostListener): () => void {
	lostListeners.add(listener);
	return () => lostListeners.delete(listener);
}

let starting: Promise<Started> | null = null;
/** The worker of the database `starting` holds (or is starting), to tell a current death from an old one. */
let currentWorker: Worker | null = null;

/** Run `op` on `s` unless its worker is dead; a death while it runs rejects it (DuckDB would never answer). */
function guarded<T>(s: Pick<Started, 'dead' | 'lost'>, op: () => Promise<T>): Promise<T> {
	if (s.dead) return s.lost;
	return Promise.race([op(), s.lost]);
}

/** No download progress from DuckDB for this long while it instantiates: give up (see `instantiate`). */
const STALL_MS = 30_000;

/**
 * Fail fast when the wasm is not there. DuckDB-WASM 1.32 compiles it with `instantiateStreaming(…)` and
 * no `catch`: a 404 or a blocked download becomes an unhandled rejection inside the worker and
 * `instantiate()` never settles. A HEAD request (one round trip, made while the worker script loads)
 * finds a missing file; offline, or on a network error, it is let through (the service worker may still
 * serve the GET), and the stall watchdog below is what ends a start that never progresses.
 */
async function checkWasm(url: string): Promise<void> {
	// Offline the service worker serves the wasm (it handles GET only; a HEAD would just fail and log).
	if (!navigator.onLine) return;
	let status: number;
	try {
		status = (await fetch(url, { method: 'HEAD' })).status;
	} catch {
		return;
	}
	const refused = (status >= 400 && status < 500 && status !== 405) || (status >= 500 && status !== 501);
	if (refused) throw new Error(`the DuckDB wasm could not be loaded (HTTP ${status})`);
}

/** `db.instantiate`, failed when no download progress has been reported for `STALL_MS`. */
function instantiate(db: AsyncDuckDB, bundle: { mainModule: string; pthreadWorker: string | null }): Promise<unknown> {
	return new Promise((resolve, reject) => {
		let timer = 0;
		const arm = () => {
			clearTimeout(timer);
			timer = window.setTimeout(
				() => reject(new Error(`DuckDB did not start: no progress loading its wasm for ${STALL_MS / 1000} s`)),
				STALL_MS
			);
		};
		arm();
		db.instantiate(bundle.mainModule, bundle.pthreadWorker, arm).then(
			(value) => (clearTimeout(timer), resolve(value)),
			(error: unknown) => (clearTimeout(timer), reject(error))
		);
	});
}

async function start(): Promise<Started> {
	const bundle = await selectBundle(BUNDLES);
	const wasmChecked = checkWasm(bundle.mainModule);
	wasmChecked.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
	const worker = new Worker(bundle.mainWorker as string);
	currentWorker = worker;
	let reject: (error: EngineLostError) => void = () => undefined;
	const lost = new Promise<never>((_, r) => (reject = r));
	lost.catch(() => undefined); // observed here: a death with nothing pending is not an unhandled rejection
	const state = { dead: false, ready: false, lost };
	// Fault handling. An uncaught error inside the worker fires 'error' on the Worker object. AsyncDuckDB's
	// own listener only logs it and forgets the pending requests without settling them, so every caller
	// would wait forever. This listener is added before AsyncDuckDB attaches its own, so it runs first: it
	// cancels the event (handled, not an uncaught page error), keeps AsyncDuckDB's from running, and treats
	// the worker as gone: terminate it, reject everything pending, forget the database, tell subscribers.
	worker.addEventListener('error', (event) => {
		event.preventDefault();
		event.stopImmediatePropagation();
		if (state.dead) return;
		state.dead = true;
		const error = new EngineLostError(event.message || 'the DuckDB worker stopped');
		reject(error);
		worker.terminate();
		// A death while starting fails the start itself (its caller gets the error); an old, already
		// replaced worker concerns nobody.
		if (!state.ready || currentWorker !== worker) return;
		currentWorker = null;
		starting = null;
		for (const listener of lostListeners) listener(error);
	});
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	try {
		await wasmChecked;
		await guarded(state, () => instantiate(db, bundle));
		const conn = await guarded(state, () => db.connect());
		for (const statement of SESSION_SETTINGS) await guarded(state, () => conn.query(statement));
		state.ready = true;
		return Object.assign(state, { db, conn, worker });
	} catch (error) {
		state.dead = true;
		worker.terminate();
		if (currentWorker === worker) currentWorker = null;
		throw error;
	}
}

function started(): Promise<Started> {
	if (!starting) {
		const attempt: Promise<Started> = start().catch((error: unknown) => {
			if (starting === attempt) starting = null; // never forget a newer attempt
			throw error;
		});
		starting = attempt;
	}
	return starting;
}

function engineOf(s: Started): Engine {
	const { db, conn } = s;
	return {
		async registerFile(name: string, bytes: Uint8Array) {
			await guarded(s, () => db.registerFileBuffer(name, bytes));
		},
		async dropFile(name: string) {
			await guarded(s, () => db.dropFile(name));
		},
		run(sql: string, params?: readonly SqlParam[]) {
			return guarded(s, async () => {
				if (!params || params.length === 0) return conn.query(sql);
				const statement = await conn.prepare(sql);
				try {
					return await statement.query(...params);
				} finally {
					if (!s.dead) await statement.close();
				}
			});
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
	currentWorker = null;
	if (!current) return;
	try {
		const s = await current;
		s.dead = true;
		s.worker.terminate();
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

/**
 * Open a `Session` on the browser database (started on first use, like `getEngine()`).
 *
 * A session outlives the worker it was opened on: if that worker died, the next call reconnects to the
 * restarted database (the connection is all a session holds; registered files and an open transaction
 * died with the worker, and statements that need them fail with DuckDB's own error). A call that was
 * running when the worker died rejects with `EngineLostError`.
 */
export async function openSession(): Promise<Session> {
	const connect = async () => {
		const s = await started();
		return { s, conn: await guarded(s, () => s.db.connect()) };
	};
	let current = await connect();
	let reconnecting: Promise<{ s: Started; conn: AsyncDuckDBConnection }> | null = null;
	const live = async () => {
		if (!current.s.dead) return current;
		reconnecting ??= connect().finally(() => (reconnecting = null));
		current = await reconnecting;
		return current;
	};
	return {
		async registerFile(name: string, bytes: Uint8Array) {
			const { s } = await live();
			await guarded(s, () => s.db.registerFileBuffer(name, bytes));
		},
		async registerBlob(name: string, blob: Blob) {
			const { s } = await live();
			await guarded(s, () => s.db.registerFileHandle(name, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true));
		},
		async dropFile(name: string) {
			const { s } = await live();
			await guarded(s, () => s.db.dropFile(name));
		},
		async run(sql: string, params?: readonly SqlParam[]) {
			const { s, conn } = await live();
			return guarded(s, async () => {
				if (!params || params.length === 0) return tableFromIPC(await conn.send(sql));
				const statement = await conn.prepare(sql);
				try {
					return await tableFromIPC(await statement.send(...params));
				} finally {
					if (!s.dead) await statement.close();
				}
			});
		},
		async cancel() {
			const { s, conn } = current;
			return s.dead ? false : guarded(s, () => conn.cancelSent());
		},
		async close() {
			const { s, conn } = current;
			if (!s.dead) await guarded(s, () => conn.close());
		}
	};
}
