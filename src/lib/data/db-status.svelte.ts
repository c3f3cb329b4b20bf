/**
 * The page's hand-over to DuckDB-WASM: after first paint (or at once when the URL asks for something the
 * prerendered page does not hold) the browser's database starts; pages then
 * run their query modules against `connector`. `status` drives the `data-duckdb` line every page shows.
 *
 * Lifecycle: construct once per page, call `start()` from `onMount`; `connector` becomes non-null once
 * DuckDB is up; the page runs its queries and calls `answered()` (status `ready`: the numbers on screen now
 * come from the browser) or `failed()`. A failure leaves the prerendered numbers in place and says so.
 */
import type { Connector } from '$lib/data/connector';

export type DbStatus = 'waiting' | 'loading' | 'ready' | 'failed';

export class BrowserDb {
	status = $state<DbStatus>('waiting');
	error = $state('');
	connector = $state.raw<Connector | null>(null);
	#started = false;

	/**
	 * Start DuckDB now (`soon: false`) or just after the next frame is painted (the default). Idempotent.
	 * The prerendered page is already on screen by then; the wasm is fetched and compiled in DuckDB's worker,
	 * off the main thread, so starting early does not hold up the page (waiting for an idle moment instead
	 * started it ~1.2 s after navigation on a busy 2-core machine).
	 */
	start(options: { soon?: boolean } = {}): void {
		if (this.#started) return;
		this.#started = true;
		const go = () => void this.#open();
		if (options.soon === false) go();
		else requestAnimationFrame(() => setTimeout(go, 0));
	}

	async #open(): Promise<void> {
		this.status = 'loading';
		try {
			const { getConnector } = await import('$lib/data/browser-db');
			this.connector = await getConnector();
		} catch (error) {
			this.failed(error);
		}
	}

	/** The page's queries have answered from the browser's database. */
	answered(): void {
		if (this.status === 'loading') this.status = 'ready';
	}

	/** A query (or the start) failed: say so, keep what is on screen. */
	failed(error: unknown): void {
		this.error = error instanceof Error ? error.message : String(error);
		this.status = 'failed';
	}
}

/**
 * What the app says about the browser's database as a whole (shown by `DbNotice.svelte` in the layout),
 * apart from any one page's status line:
 *
 * - `ok`: nothing to say;
 * - `restarting`: the DuckDB worker died mid-session; it is being restarted, the shipped data reloaded and
 *   the user's imports replayed (`browser-db.ts`);
 * - `restored`: that worked; `generation` went up, and the layout re-mounts the page so its queries run
 *   again on the new database;
 * - `unavailable`: DuckDB could not be started (wasm missing, blocked, out of memory) or restarted; the
 *   prerendered numbers stay on screen and remain correct.
 *
 * Written by `browser-db.ts` only; one instance per page load.
 */
export type EngineState = 'ok' | 'restarting' | 'restored' | 'unavailable';

export class EngineHealth {
	state = $state<EngineState>('ok');
	/** Goes up each time the database was (re)started after a fault: pages depending on it re-run. */
	generation = $state(0);
	/** The browser's or DuckDB's own message for the fault. */
	message = $state('');
	/** Imported datasets put back after a restart, and those that could not be (by title). */
	importsRestored = $state(0);
	importsLost = $state<string[]>([]);
	/** Set by `browser-db.ts`: start the database again (the notice's retry button). */
	retry: (() => void) | null = null;

	lost(message: string): void {
		this.message = message;
		this.importsRestored = 0;
		this.importsLost = [];
		this.state = 'restarting';
	}

	restored(imports: { restored: number; lost: string[] }): void {
		this.importsRestored = imports.restored;
		this.importsLost = imports.lost;
		this.state = 'restored';
		this.generation++;
	}

	unavailable(message: string): void {
		this.message = message;
		this.state = 'unavailable';
	}

	/** A start succeeded after all (a later query, or the retry button). */
	recovered(remount: boolean): void {
		if (this.state === 'unavailable') {
			this.state = 'ok';
			this.message = '';
		}
		if (remount) this.generation++;
	}

	dismiss(): void {
		if (this.state === 'restored') this.state = 'ok';
	}
}

export const engineHealth = new EngineHealth();
