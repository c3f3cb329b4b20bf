/**
 * The SQL console's state, as a runes class.
 *
 * Lifecycle: `start()` opens a DuckDB session of the console's own (shipped data and stored imports
 * loaded first) and reads DuckDB's list of table functions and the catalog; `run()` checks the statement
 * (tokens, then DuckDB's EXPLAIN plan; see `sql-guard.ts`), runs it, keeps the Arrow result and pages it;
 * `cancel()` interrupts the running statement. A newer run makes an older one's result stale.
 */
import type { Table } from 'apache-arrow';
import { arrowToRows, columnsOf, type ColumnInfo, type Row } from '$lib/data/arrow';
import type { Session } from '$lib/data/duckdb';
import { checkStatement, type GuardRefusal, type StatementKind } from '$lib/sql-console/sql-guard';
import { checkPlan, explainSql } from '$lib/sql-console/sql-plan';
import { catalogQuery, displayQuery, DISPLAY_LIMIT, nameSet, tableFunctionsQuery, type CatalogRow } from '$lib/sql-console/sql-console';

export type ConsoleStatus = 'starting' | 'ready' | 'running' | 'done' | 'error' | 'refused' | 'cancelled';

export const PAGE_SIZE = 50;

export class SqlConsole {
	status = $state<ConsoleStatus>('starting');
	sql = $state('');
	/** DuckDB's message, in full. */
	error = $state('');
	refusal = $state<{ reason: GuardRefusal; detail?: string } | null>(null);
	columns = $state.raw<ColumnInfo[]>([]);
	total = $state(0);
	truncated = $state(false);
	page = $state(0);
	elapsedMs = $state(0);
	catalog = $state.raw<CatalogRow[]>([]);
	/** The result as DuckDB gave it (at most `DISPLAY_LIMIT` rows). */
	table = $state.raw<Table | null>(null);

	#session: Session | null = null;
	#tableFunctions: ReadonlySet<string> = nameSet([]);
	#last: { sql: string; kind: StatementKind } | null = null;
	#generation = 0;

	/** Open the console's session; stored imports are restored first so they can be queried. */
	async start(): Promise<void> {
		try {
			const [{ getConnectorWithImports }, { openSession }] = await Promise.all([
				import('$lib/import/imports'),
				import('$lib/data/duckdb')
			]);
			await getConnectorWithImports();
			this.#session = await openSession();
			const fns = await this.#session.run(tableFunctionsQuery().sql);
			this.#tableFunctions = nameSet(fns.toArray() as { name: unknown }[]);
			await this.refreshCatalog();
			this.status = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'error';
		}
	}

	async refreshCatalog(): Promise<void> {
		if (!this.#session) return;
		this.catalog = arrowToRows(await this.#session.run(catalogQuery().sql)) as unknown as CatalogRow[];
	}

	get ready(): boolean {
		return this.#session !== null;
	}

	/** Check and run the current SQL. */
	async run(): Promise<void> {
		const session = this.#session;
		if (!session || this.status === 'running') return;
		const generation = ++this.#generation;
		this.error = '';
		this.refusal = null;
		const verdict = checkStatement(this.sql, this.#tableFunctions);
		if (!verdict.ok) {
			this.refusal = { reason: verdict.reason, detail: verdict.detail };
			this.status = 'refused';
			return;
		}
		this.status = 'running';
		const started = performance.now();
		try {
			const plan = await session.run(explainSql(verdict.sql));
			const refused = checkPlan(String(plan.get(0)?.explain_value ?? '[]'));
			if (refused) {
				this.refusal = { reason: refused.reason, detail: refused.detail };
				this.status = 'refused';
				return;
			}
			const table = await session.run(displayQuery(verdict.sql, verdict.kind).sql);
			if (generation !== this.#generation) return;
			this.#last = { sql: verdict.sql, kind: verdict.kind };
			this.truncated = verdict.kind === 'select' && table.numRows > DISPLAY_LIMIT;
			this.table = this.truncated ? table.slice(0, DISPLAY_LIMIT) : table;
			this.columns = columnsOf(table);
			this.total = table.numRows - (this.truncated ? 1 : 0);
			this.page = 0;
			this.status = 'done';
		} catch (error) {
			if (generation !== this.#generation) return;
			const message = error instanceof Error ? error.message : String(error);
			this.status = /interrupt/i.test(message) ? 'cancelled' : 'error';
			this.error = message;
		} finally {
			this.elapsedMs = performance.now() - started;
		}
	}

	/** Interrupt the running statement. */
	async cancel(): Promise<void> {
		if (this.status !== 'running' || !this.#session) return;
		await this.#session.cancel().catch(() => false);
	}

	/** Rows of the current page as plain values. */
	get pageRows(): Row[] {
		if (!this.table) return [];
		return arrowToRows(this.table.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE));
	}

	/** The first rows (for the quick chart). */
	firstRows(count: number): Row[] {
		return this.table ? arrowToRows(this.table.slice(0, count)) : [];
	}

	get pages(): number {
		return Math.max(1, Math.ceil(this.total / PAGE_SIZE));
	}

	/** The whole result for a download: re-run without the display cap if it was cut. */
	async fullResult(): Promise<Table | null> {
		if (!this.table || !this.#last || !this.#session) return null;
		if (!this.truncated) return this.table;
		return this.#session.run(this.#last.sql);
	}

	dispose(): void {
		void this.#session?.close().catch(() => undefined);
		this.#session = null;
	}
}
