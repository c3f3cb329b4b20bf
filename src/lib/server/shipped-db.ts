/**
 * The shipped datasets in a Node DuckDB, for prerendering pages at build time. One database per build
 * process, shared by every page that is prerendered.
 */
import type { Connector } from '$lib/data/connector';
import { openShippedDatabase } from '$lib/server/duckdb-node';
import { datasets } from '$lib/data/schemas';

let opening: Promise<Connector> | null = null;

export function shippedDatabase(): Promise<Connector> {
	opening ??= openShippedDatabase(datasets);
	return opening;
}
