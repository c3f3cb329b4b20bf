/**
 * The page's hand-over to DuckDB-WASM: after first paint (when the browser is idle, or at once when the
 * URL asks for something the prerendered page does not hold) the browser's database starts; pages then
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

	/** Start DuckDB now (`soon: false`) or when the browser is idle (the default). Idempotent. */
	start(options: { soon?: boolean } = {}): void {
		if (this.#started) return;
		this.#started = true;
		const go = () => void this.#open();
		if (options.soon === false) go();
		else if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 500 });
		else setTimeout(go, 50);
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
