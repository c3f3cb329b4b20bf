/**
 * The same DuckDB-WASM engine under Node (blocking API), for unit tests and for prerendering pages at build
 * time. Never imported by client code.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Engine, SqlParam } from '../data/engine';
import type { DatasetSpec } from '../data/columns';
import { SESSION_SETTINGS } from '../data/settings';
import { createConnector, type Connector } from '../data/connector';
import { loadDatasets } from '../data/load-datasets';

const require = createRequire(import.meta.url);

function bundles(): duckdb.DuckDBBundles {
	const dir = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	return {
		mvp: {
			mainModule: path.join(dir, 'duckdb-mvp.wasm'),
			mainWorker: path.join(dir, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: path.join(dir, 'duckdb-eh.wasm'),
			mainWorker: path.join(dir, 'duckdb-node-eh.worker.cjs')
		}
	};
}

/** A fresh in-memory database with the session settings applied. */
export async function createNodeEngine(): Promise<Engine> {
	const db = await duckdb.createDuckDB(bundles(), new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	const conn = db.connect();
	for (const statement of SESSION_SETTINGS) conn.query(statement);
	return {
		async registerFile(name: string, bytes: Uint8Array) {
			db.registerFileBuffer(name, bytes);
		},
		async dropFile(name: string) {
			db.dropFile(name);
		},
		async run(sql: string, params?: readonly SqlParam[]) {
			if (!params || params.length === 0) return conn.query(sql);
			const statement = conn.prepare(sql);
			try {
				return statement.query(...params);
			} finally {
				statement.close();
			}
		}
	};
}

/**
 * Root of the repository's `data/` folder (the source of truth for shipped datasets).
 *
 * `EMR_DATA_DIR` points it elsewhere, for prerendering and for the `/data/<file>.csv` files alike: the
 * trust tests build the site from a copy of `data/` whose text columns hold hostile payloads
 * (`scripts/make-hostile-data.js`, `test/e2e/trust-markup.spec.ts`). Unset, it is `./data`.
 */
export function dataDir(): string {
	const override = process.env.EMR_DATA_DIR;
	return override ? path.resolve(override) : path.resolve(process.cwd(), 'data');
}

/** A database with every shipped dataset loaded from `data/` and the derived views created. */
export async function openShippedDatabase(datasets: readonly DatasetSpec[]): Promise<Connector> {
	const engine = await createNodeEngine();
	await loadDatasets({
		engine,
		datasets,
		readFile: async (spec) => new Uint8Array(await readFile(path.join(dataDir(), spec.file)))
	});
	return createConnector(engine);
}
