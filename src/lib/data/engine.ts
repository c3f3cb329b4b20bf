/**
 * The low-level engine seam: what the rest of the data layer needs from a DuckDB instance.
 *
 * Two implementations exist: `duckdb.ts` (DuckDB-WASM in a Web Worker, in the browser) and `duckdb-node.ts`
 * (the same WASM engine, blocking, under Node for unit tests and prerendering). Keeping both behind this
 * interface is what lets the same SQL and the same loading code run in both places.
 */
import type { Table } from 'apache-arrow';

/** A value that may be bound to a `?` placeholder. */
export type SqlParam = string | number | boolean | null;

export interface Engine {
	/** Make `bytes` readable by SQL under `name` (e.g. in `read_csv('name')`). */
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	/** Forget a file registered earlier (no error if it was never registered). */
	dropFile(name: string): Promise<void>;
	/** Run one statement; with params it is prepared and `?` placeholders are bound in order. */
	run(sql: string, params?: readonly SqlParam[]): Promise<Table>;
}
