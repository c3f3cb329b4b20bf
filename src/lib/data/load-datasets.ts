/**
 * Loads the shipped CSV datasets into DuckDB tables and creates the derived views.
 *
 * DuckDB's own CSV reader reads each registered file with the column types taken from the dataset's spec
 * (no sniffing: a spec column is the single definition of a column). Measured against papaparse → Arrow →
 * insert on the same files, the reader was faster (see README, "Data loading").
 */
import type { DatasetSpec } from './columns';
import type { Engine } from './engine';
import { ident, stringLiteral } from '../queries/sql';
import { DERIVED_VIEWS } from './views';

/** The file name a dataset is registered and served under: `regions` → `regions.csv`. */
export function servedFileName(spec: DatasetSpec): string {
	return `${spec.name}.csv`;
}

/** The `read_csv(...)` call that reads a dataset's CSV with its declared column types. */
export function readCsvSql(spec: DatasetSpec, fileName = servedFileName(spec)): string {
	const columns = Object.entries(spec.columns)
		.map(([name, col]) => `${stringLiteral(name)}: ${stringLiteral(col.sqlType)}`)
		.join(', ');
	return (
		`read_csv(${stringLiteral(fileName)}, header = true, auto_detect = false, delim = ',', ` +
		`quote = '"', escape = '"', nullstr = '', dateformat = '%Y-%m-%d', columns = {${columns}})`
	);
}

export interface LoadOptions {
	engine: Engine;
	datasets: readonly DatasetSpec[];
	/** Returns the bytes of a dataset's CSV (fetch in the browser, a file read in Node). */
	readFile: (spec: DatasetSpec) => Promise<Uint8Array>;
}

/** Create one table per dataset, then the derived views. Safe to call again: tables are replaced. */
export async function loadDatasets({ engine, datasets, readFile }: LoadOptions): Promise<void> {
	const files = await Promise.all(datasets.map(readFile));
	for (const [i, spec] of datasets.entries()) {
		const name = servedFileName(spec);
		await engine.registerFile(name, files[i] as Uint8Array);
		await engine.run(`CREATE OR REPLACE TABLE ${ident(spec.name)} AS SELECT * FROM ${readCsvSql(spec)}`);
		await engine.dropFile(name);
	}
	for (const view of DERIVED_VIEWS) {
		await engine.run(`CREATE OR REPLACE VIEW ${ident(view.name)} AS ${view.sql}`);
	}
}
