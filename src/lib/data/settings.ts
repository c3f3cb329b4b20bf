/**
 * Session settings applied once to every new DuckDB database, browser and Node alike.
 */
export const SESSION_SETTINGS: readonly string[] = [
	// DuckDB would otherwise download extensions (parquet, json, httpfs…) from extensions.duckdb.org the first
	// time a query needs one. Nothing may leave the browser, and the app must work offline:
	// https://duckdb.org/docs/stable/extensions/overview#autoloading-extensions
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
];
