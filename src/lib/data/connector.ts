/**
 * The Connector: the only thing views, query modules and tests see of the database.
 *
 * It runs SQL with bound parameters and returns plain rows (or the raw Arrow table for exports). It knows
 * nothing about DuckDB-WASM, workers or files; `createConnector` wraps any `Engine`.
 */
import type { Table } from 'apache-arrow';
import { arrowToRows, columnsOf, type ColumnInfo, type Row } from './arrow';
import type { Engine, SqlParam } from './engine';

/** A query ready to run: SQL text with `?` placeholders and the values bound to them. */
export interface BoundQuery {
	sql: string;
	params?: readonly SqlParam[];
}

export interface Connector {
	/** Rows as plain objects. `T` is the row type a query module declares; it is not checked at run time. */
	rows<T = Row>(query: BoundQuery): Promise<T[]>;
	/** Rows plus column names and types (for the SQL console and generic tables). */
	result(query: BoundQuery): Promise<{ rows: Row[]; columns: ColumnInfo[] }>;
	/** The Arrow table itself (for Arrow IPC export). */
	arrow(query: BoundQuery): Promise<Table>;
}

export function createConnector(engine: Engine): Connector {
	return {
		async rows<T>(query: BoundQuery) {
			return arrowToRows(await engine.run(query.sql, query.params)) as T[];
		},
		async result(query: BoundQuery) {
			const table = await engine.run(query.sql, query.params);
			return { rows: arrowToRows(table), columns: columnsOf(table) };
		},
		arrow(query: BoundQuery) {
			return engine.run(query.sql, query.params);
		}
	};
}
