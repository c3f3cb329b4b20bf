/**
 * The shipped database in the browser: DuckDB-WASM started, every dataset loaded from the build's own
 * `/data/<name>.csv` files, derived views created. Started once; every caller shares the same promise.
 */
import { base } from '$app/paths';
import { createConnector, type Connector } from './connector';
import { getEngine, resetEngine } from './duckdb';
import { loadDatasets, servedFileName } from './load-datasets';
import { datasets } from './schemas';

let opening: Promise<Connector> | null = null;

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

/** The browser's connector to the shipped data, started on first use. */
export function getConnector(): Promise<Connector> {
	opening ??= open().catch(async (error: unknown) => {
		opening = null;
		await resetEngine();
		throw error;
	});
	return opening;
}
