/**
 * The SQL console's queries: the user's statement as run for display (capped), the catalog it lists, and
 * DuckDB's own list of table functions for the guard. The statement itself has passed `sql-guard.ts`.
 */
import type { BoundQuery } from '$lib/data/connector';
import type { StatementKind } from './sql-guard';

/** Rows shown at most; one more is fetched to know the result was cut. */
export const DISPLAY_LIMIT = 100_000;

/**
 * The statement as run for the page: a query is wrapped so at most `limit + 1` rows come back (DuckDB keeps
 * the inner ORDER BY); DESCRIBE, SHOW, SUMMARIZE and EXPLAIN run as written. The line break before `)`
 * keeps a trailing `-- comment` from swallowing it.
 */
export function displayQuery(sql: string, kind: StatementKind, limit = DISPLAY_LIMIT): BoundQuery {
	if (kind !== 'select') return { sql };
	return { sql: `SELECT * FROM (\n${sql}\n) AS q LIMIT ${Math.floor(limit) + 1}` };
}

/** Lower-case names of every table function DuckDB knows (the guard refuses those not allowed). */
export function tableFunctionsQuery(): BoundQuery {
	return {
		sql: `SELECT DISTINCT lower(function_name) AS name FROM duckdb_functions() WHERE function_type IN ('table', 'table_macro')`
	};
}

export interface CatalogRow {
	name: string;
	kind: 'table' | 'view';
	columns: number;
}

/** Tables and views a query can read (an import's staging tables are left out). */
export function catalogQuery(): BoundQuery {
	return {
		sql: `
			SELECT table_name AS name, 'table' AS kind, column_count::INTEGER AS columns FROM duckdb_tables()
			WHERE NOT internal AND NOT regexp_matches(table_name, '__(raw|map|stage)$')
			UNION ALL
			SELECT view_name, 'view', (SELECT count(*) FROM duckdb_columns() c WHERE c.table_name = v.view_name)::INTEGER
			FROM duckdb_views() v WHERE NOT internal
			ORDER BY kind, name`
	};
}

/** A starting query for the console: the registry. */
export const EXAMPLE_SQL = `SELECT key, name_ru, federal_district, population
FROM regions
ORDER BY population DESC
LIMIT 20`;

/** The `name` column of a result as a set (for `tableFunctionsQuery`). */
export function nameSet(rows: Iterable<{ name: unknown }>): ReadonlySet<string> {
	return new Set(Array.from(rows, (r) => String(r.name)));
}
