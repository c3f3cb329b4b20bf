/** One DuckDB (the same WASM engine as the browser, under Node) with the real `data/` loaded, per test file. */
import type { Connector } from '../../src/lib/data/connector';
import { openShippedDatabase } from '../../src/lib/server/duckdb-node';
import { datasets } from '../../src/lib/data/schemas';

let opening: Promise<Connector> | null = null;

export function shippedDb(): Promise<Connector> {
	opening ??= openShippedDatabase(datasets);
	return opening;
}
