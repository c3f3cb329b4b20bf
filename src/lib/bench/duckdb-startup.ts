/**
 * Lab (benchmark only): where DuckDB-WASM's start-up time goes, step by step, with the same bundle files
 * the app uses (`duckdb-eh.wasm` and its browser worker, same hashed URLs, so the HTTP cache is shared).
 *
 * `wasmOnly`: fetch the module's bytes, then compile them (no DuckDB), to separate download from compile.
 * `startDuckDB`: worker → instantiate (fetch + compile + instantiate + DuckDB's own start) → connect →
 * `SELECT 1`. With `direct: true` the worker is started through a one-line bootstrap that hides
 * `TransformStream`: DuckDB-WASM then hands `fetch()`'s own Response to `WebAssembly.instantiateStreaming`
 * instead of a re-wrapped one (it wraps it to report download progress), which is what lets Chromium keep
 * and reuse the compiled code across visits (its wasm code cache is keyed on the response's URL).
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export interface WasmOnly {
	fetch_ms: number;
	compile_ms: number;
	compile_streaming_ms: number;
	bytes: number;
}

export async function wasmOnly(): Promise<WasmOnly> {
	const t0 = performance.now();
	const bytes = await (await fetch(ehWasm)).arrayBuffer();
	const t1 = performance.now();
	await WebAssembly.compile(bytes);
	const t2 = performance.now();
	await WebAssembly.compileStreaming(fetch(ehWasm));
	const t3 = performance.now();
	return { fetch_ms: t1 - t0, compile_ms: t2 - t1, compile_streaming_ms: t3 - t2, bytes: bytes.byteLength };
}

export interface StartSteps {
	direct: boolean;
	worker_ms: number;
	instantiate_ms: number;
	connect_ms: number;
	first_query_ms: number;
	total_ms: number;
}

function workerFor(direct: boolean): { worker: Worker; revoke: () => void } {
	if (!direct) return { worker: new Worker(ehWorker), revoke: () => undefined };
	const url = new URL(ehWorker, location.href).href;
	const blob = new Blob([`self.TransformStream = undefined; importScripts(${JSON.stringify(url)});`], {
		type: 'text/javascript'
	});
	const blobUrl = URL.createObjectURL(blob);
	return { worker: new Worker(blobUrl), revoke: () => URL.revokeObjectURL(blobUrl) };
}

export async function startDuckDB(direct: boolean): Promise<StartSteps> {
	const t0 = performance.now();
	const { worker, revoke } = workerFor(direct);
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	try {
		const t1 = performance.now();
		await db.instantiate(new URL(ehWasm, location.href).href);
		const t2 = performance.now();
		const conn = await db.connect();
		const t3 = performance.now();
		await conn.query('SELECT 1 AS one');
		const t4 = performance.now();
		await conn.close();
		return {
			direct,
			worker_ms: t1 - t0,
			instantiate_ms: t2 - t1,
			connect_ms: t3 - t2,
			first_query_ms: t4 - t3,
			total_ms: t4 - t0
		};
	} finally {
		await db.terminate();
		revoke();
	}
}
