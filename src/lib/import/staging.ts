/**
 * Staging and swapping an import, all or nothing.
 *
 * Lifecycle of one import (`id`):
 * 1. `loadRaw`: the UTF-8 text → `imp_<id>__raw` (all text). A CSV error fails here; nothing else changes.
 * 2. `distinctRegionValues` + `writeResolutions`: the region cells, resolved → `imp_<id>__map`.
 * 3. `buildStage`: raw + map → `imp_<id>__stage`, the table as it will be; `findProblems` (see
 *    `problems.ts`) reads it and the page shows what it found.
 * 4. `commitImport`: in ONE transaction, clears the not-a-number marks, drops the old table and views of
 *    this id, renames the stage to `imp_<id>` and creates the `(key, value)` views. Any failure rolls the
 *    transaction back: the previous table and views stay exactly as they were.
 * 5. `discardStaging` drops the raw, map and stage tables (after a commit, a cancel or a failure).
 *
 * Every statement goes through `Engine.run` on one connection of its own (in the browser a `Session`),
 * so no other caller's query runs inside the transaction.
 */
import type { Engine, SqlParam } from '../data/engine';
import { ident } from '../queries/sql';
import { explainCsvError } from './csv-errors';
import { ImportError, messageOf } from './import-error';
import { importTables, type ImportRecipe, type ReadSettings, type Resolution } from './recipe';
import { metricViewSql, rawColumn, readRawSql, stageSelectSql } from './staging-sql';

/** An engine that may also take a Blob as a file (the browser `Session` does: no copy through the page). */
export type StagingEngine = Engine & { registerBlob?: (name: string, blob: Blob) => Promise<void> };

/** Load the file's UTF-8 text (bytes, or a Blob) into the raw staging table. Returns the number of records. */
export async function loadRaw(
	engine: StagingEngine,
	{ id, text, read }: { id: string; text: Uint8Array | Blob; read: ReadSettings }
): Promise<number> {
	const t = importTables(id);
	if (!(text instanceof Blob)) await engine.registerFile(t.file, text);
	else if (engine.registerBlob) await engine.registerBlob(t.file, text);
	else await engine.registerFile(t.file, new Uint8Array(await text.arrayBuffer()));
	try {
		await engine.run(`CREATE OR REPLACE TABLE ${ident(t.raw)} AS ${readRawSql(t.file, read)}`);
	} catch (error) {
		await engine.run(`DROP TABLE IF EXISTS ${ident(t.raw)}`).catch(() => undefined);
		const info = explainCsvError(messageOf(error));
		throw new ImportError('csv_failed', { message: info.detail, fault: info.fault, ...(info.line ? { line: info.line } : {}) });
	} finally {
		await engine.dropFile(t.file);
	}
	const count = await engine.run(`SELECT count(*)::INTEGER AS n FROM ${ident(t.raw)}`);
	return Number(count.get(0)?.n ?? 0);
}

export interface RegionValue {
	/** The region cell exactly as in the file. */
	value: string;
	/** Records with this value. */
	rows: number;
	/** 0-based record of its first occurrence. */
	firstRecord: number;
}

/**
 * Distinct region cells (as written, untrimmed) in file order of first appearance, at most `limit`;
 * `more` says there were others (the column then probably is not the region column).
 */
export async function distinctRegionValues(
	engine: Engine,
	recipe: Pick<ImportRecipe, 'id' | 'regionColumn'>,
	limit = 5000
): Promise<{ values: RegionValue[]; more: boolean }> {
	const t = importTables(recipe.id);
	const cell = rawColumn(recipe.regionColumn);
	const table = await engine.run(
		`SELECT ${cell} AS value, count(*)::INTEGER AS rows, min(rowid)::INTEGER AS first FROM ${ident(t.raw)} ` +
			`WHERE ${cell} IS NOT NULL GROUP BY ${cell} ORDER BY first LIMIT ${Math.floor(limit) + 1}`
	);
	const values: RegionValue[] = [];
	for (const row of table) values.push({ value: String(row.value), rows: Number(row.rows), firstRecord: Number(row.first) });
	const more = values.length > limit;
	return { values: more ? values.slice(0, limit) : values, more };
}

const BATCH = 200;

/** Replace the resolution map of `id` with `resolutions` (values bound as parameters, in batches). */
export async function writeResolutions(engine: Engine, id: string, resolutions: readonly Resolution[]): Promise<void> {
	const t = importTables(id);
	await engine.run(`CREATE OR REPLACE TABLE ${ident(t.map)} (value VARCHAR PRIMARY KEY, kind VARCHAR, key VARCHAR)`);
	for (let at = 0; at < resolutions.length; at += BATCH) {
		const batch = resolutions.slice(at, at + BATCH);
		const params: SqlParam[] = batch.flatMap((r) => [r.value, r.kind, r.key]);
		await engine.run(`INSERT INTO ${ident(t.map)} VALUES ${batch.map(() => '(?, ?, ?)').join(', ')}`, params);
	}
}

export interface CommitOptions {
	/** False when the check found no not-a-number cell: skips a pass over the table. Default true. */
	clearNotNumbers?: boolean;
	/** Called inside the transaction, just before COMMIT (tests use it to fail at the worst moment). */
	beforeCommit?: () => Promise<void>;
}

/** Names of the views that belong to import `id` now. */
async function viewsOf(engine: Engine, id: string): Promise<string[]> {
	const prefix = importTables(id).viewPrefix;
	const table = await engine.run(
		`SELECT view_name FROM duckdb_views() WHERE NOT internal AND starts_with(view_name, ?) ORDER BY 1`,
		[prefix]
	);
	return table.toArray().map((r) => String(r.view_name));
}

/** Build the stage table (the imported table as it will be) from the raw table and the map. */
export async function buildStage(engine: Engine, recipe: ImportRecipe): Promise<void> {
	const t = importTables(recipe.id);
	const stage = stageSelectSql(recipe);
	await engine.run(`CREATE OR REPLACE TABLE ${ident(t.stage)} AS ${stage.sql}`, stage.params);
}

/**
 * Swap the built stage in (see the module doc). Throws `ImportError('commit_failed')` with DuckDB's
 * message on any failure, after rolling back; the stage table is then dropped.
 */
export async function commitImport(engine: Engine, recipe: ImportRecipe, options: CommitOptions = {}): Promise<void> {
	const t = importTables(recipe.id);
	try {
		const oldViews = await viewsOf(engine, recipe.id);
		await engine.run('BEGIN TRANSACTION');
		try {
			for (const v of options.clearNotNumbers === false ? [] : recipe.values) {
				const name = ident(recipe.columns[v.index] as string);
				await engine.run(`UPDATE ${ident(t.stage)} SET ${name} = NULL WHERE isnan(${name})`);
			}
			for (const view of oldViews) await engine.run(`DROP VIEW IF EXISTS ${ident(view)}`);
			await engine.run(`DROP TABLE IF EXISTS ${ident(t.table)}`);
			await engine.run(`ALTER TABLE ${ident(t.stage)} RENAME TO ${ident(t.table)}`);
			for (let n = 1; n <= recipe.values.length; n++) {
				await engine.run(`CREATE VIEW ${ident(t.view(n))} AS ${metricViewSql(recipe, n)}`);
			}
			await options.beforeCommit?.();
			await engine.run('COMMIT');
		} catch (error) {
			await engine.run('ROLLBACK').catch(() => undefined);
			throw error;
		}
	} catch (error) {
		await engine.run(`DROP TABLE IF EXISTS ${ident(t.stage)}`).catch(() => undefined);
		throw error instanceof ImportError ? error : new ImportError('commit_failed', { message: messageOf(error) });
	}
}

/** Drop the staging tables of `id` (never the imported table). */
export async function discardStaging(engine: Engine, id: string): Promise<void> {
	const t = importTables(id);
	for (const name of [t.raw, t.map, t.stage]) await engine.run(`DROP TABLE IF EXISTS ${ident(name)}`);
}

/** Remove an import from the database: its views and its table. */
export async function dropImport(engine: Engine, id: string): Promise<void> {
	const t = importTables(id);
	for (const view of await viewsOf(engine, id)) await engine.run(`DROP VIEW IF EXISTS ${ident(view)}`);
	await engine.run(`DROP TABLE IF EXISTS ${ident(t.table)}`);
	await discardStaging(engine, id);
}

/** Replay a stored import (app start): load, resolve, stage, commit, clean up. */
export async function replayImport(engine: StagingEngine, recipe: ImportRecipe, text: Uint8Array | Blob): Promise<void> {
	try {
		await loadRaw(engine, { id: recipe.id, text, read: recipe.read });
		await writeResolutions(engine, recipe.id, recipe.resolutions);
		await buildStage(engine, recipe);
		await commitImport(engine, recipe);
	} finally {
		await discardStaging(engine, recipe.id);
	}
}
