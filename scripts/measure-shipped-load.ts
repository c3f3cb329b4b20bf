/**
 * How should the shipped CSVs get into DuckDB? Measures both candidate paths on the real `data/` files
 * with the same DuckDB-WASM engine the browser uses (under Node), and prints the medians:
 *
 *   A. DuckDB's own CSV reader on a registered buffer, with the schema's column types (what ships);
 *   B. papaparse → Arrow table (apache-arrow `tableFromArrays`) → `insertArrowTable`.
 *
 * Run: npx tsx scripts/measure-shipped-load.ts [runs]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { datasets } from '../src/lib/data/schemas';
import { readCsvSql } from '../src/lib/data/load-datasets';
import { ident } from '../src/lib/queries/sql';

const runs = Number(process.argv[2] ?? 7);
const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

async function database() {
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	return db;
}

const files = await Promise.all(datasets.map((d) => readFile(path.join('data', d.file))));
const totalBytes = files.reduce((n, f) => n + f.length, 0);

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] as number;
}

const viaReader: number[] = [];
const viaArrow: number[] = [];
for (let run = 0; run < runs; run++) {
	{
		const db = await database();
		const conn = db.connect();
		const t0 = performance.now();
		datasets.forEach((spec, i) => {
			db.registerFileBuffer(`${spec.name}.csv`, new Uint8Array(files[i] as Buffer));
			conn.query(`CREATE TABLE ${ident(spec.name)} AS SELECT * FROM ${readCsvSql(spec)}`);
		});
		viaReader.push(performance.now() - t0);
	}
	{
		const db = await database();
		const conn = db.connect();
		const t0 = performance.now();
		datasets.forEach((spec, i) => {
			const parsed = Papa.parse<Record<string, string>>((files[i] as Buffer).toString('utf8'), {
				header: true,
				skipEmptyLines: true,
				dynamicTyping: false
			});
			const columns: Record<string, (string | null)[]> = {};
			for (const name of Object.keys(spec.columns)) columns[name] = parsed.data.map((r) => r[name] || null);
			// Arrow from JS arrays gives text columns; a second pass casts them to the schema's types.
			// IPC bytes, not the Table object: the engine's CommonJS build has its own copy of apache-arrow,
			// and a Table from another copy is silently ignored (STACK-NOTES, trap 1).
			const ipc = tableToIPC(tableFromArrays(columns as unknown as Parameters<typeof tableFromArrays>[0]), 'stream');
			conn.insertArrowFromIPCStream(ipc, { name: `raw_${spec.name}`, create: true });
			const casts = Object.entries(spec.columns)
				.map(([name, col]) =>
					col.sqlType === 'BOOLEAN'
						? `(${ident(name)} = 'true') AS ${ident(name)}`
						: `CAST(${ident(name)} AS ${col.sqlType}) AS ${ident(name)}`
				)
				.join(', ');
			conn.query(`CREATE TABLE ${ident(spec.name)} AS SELECT ${casts} FROM ${ident(`raw_${spec.name}`)}`);
		});
		viaArrow.push(performance.now() - t0);
	}
}
console.log(`${datasets.length} files, ${(totalBytes / 1024).toFixed(0)} KB, ${runs} runs each`);
console.log(`A. DuckDB read_csv on a registered buffer: median ${median(viaReader).toFixed(1)} ms`);
console.log(`B. papaparse → Arrow → insertArrowTable → cast to the schema's types: median ${median(viaArrow).toFixed(1)} ms`);
