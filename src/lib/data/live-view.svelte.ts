/**
 * The one "prerendered → live" hand-over every data page uses: the page shows its build-time data at once;
 * after first paint DuckDB-WASM starts in the browser, the page's loader runs there for the view the URL
 * asks for, and its answer replaces the prerendered one. When the view changes (a region, a year, a pinned
 * set) the loader runs again, and an answer for a view that has since changed is dropped, so results never
 * arrive out of order.
 *
 * Lifecycle: construct during a component's initialisation (it registers an effect there), call `start()`
 * from `onMount`. `current` is the value for the view: the browser's once it answered for this `key`,
 * else the prerendered one if it answers this key, else null (the page says it is loading). `status` and
 * `error` drive the page's `DbStatusLine`.
 *
 * `imports: true` gives the loader a database with the user's imported tables restored; it is the only way
 * a page reads imported data.
 */
import { BrowserDb } from './db-status.svelte';
import type { Connector } from './connector';

export interface LiveViewOptions<T> {
	/** The build-time value (from the page's `data`). */
	initial: () => T;
	/** Which view the URL asks for; the loader runs again when it changes. Default: one view. */
	key?: () => string;
	/** The view the prerendered value answers; default: every key (it holds what any key needs). */
	initialKey?: () => string;
	/** The page's loader: the same function that prerendered `initial`, run on the browser's DuckDB. */
	load: (db: Connector, key: string) => Promise<T>;
	/** Restore the user's imported tables before loading. */
	imports?: boolean;
	/** The database hand-over; pages that already hold one pass it (one status line per page). */
	db?: BrowserDb;
	/**
	 * While a new view loads, keep showing the last answer (marked by `shownKey`) instead of null: for
	 * lists the page dims rather than empties.
	 */
	keepPrevious?: boolean;
}

export class LiveView<T> {
	readonly db: BrowserDb;
	#fromBrowser = $state.raw<{ key: string; value: T } | null>(null);
	#options: LiveViewOptions<T>;
	#key: () => string;

	constructor(options: LiveViewOptions<T>) {
		this.#options = options;
		this.db = options.db ?? new BrowserDb();
		this.#key = options.key ?? (() => '');
		const key = $derived(this.#key());
		$effect(() => {
			const connector = this.db.connector;
			const wanted = key;
			if (!connector) return;
			return this.fetch(connector, wanted);
		});
	}

	/**
	 * Load view `key` on `connector` (what the effect does whenever the database or the view changes).
	 * Returns the cancel function: after it, the answer is dropped.
	 */
	fetch(connector: Connector, key: string): () => void {
		let stale = false;
		this.#connector(connector)
			.then((db) => this.#options.load(db, key))
			.then(
				(value) => {
					if (stale) return;
					this.#fromBrowser = { key, value };
					this.db.answered();
				},
				(error: unknown) => {
					if (!stale) this.db.failed(error);
				}
			);
		return () => {
			stale = true;
		};
	}

	async #connector(connector: Connector): Promise<Connector> {
		if (!this.#options.imports) return connector;
		const { getConnectorWithImports } = await import('$lib/import/imports');
		return getConnectorWithImports();
	}

	/** Start the browser's database (after first paint, or at once with `{ soon: false }`). */
	start(options?: { soon?: boolean }): void {
		this.db.start(options);
	}

	/** Whether the prerendered value answers the view in the URL (no database needed for it). */
	get prerenderedAnswers(): boolean {
		return !this.#options.initialKey || this.#options.initialKey() === this.#key();
	}

	/**
	 * The value for the view in the URL, or null while the browser's database works on it (with
	 * `keepPrevious`, the last answer meanwhile).
	 */
	get current(): T | null {
		const key = this.#key();
		if (this.#fromBrowser?.key === key) return this.#fromBrowser.value;
		if (this.prerenderedAnswers) return this.#options.initial();
		if (this.#options.keepPrevious) return this.#fromBrowser?.value ?? this.#options.initial();
		return null;
	}

	/** Which view `current` answers (it differs from the URL's while a kept answer is shown). */
	get shownKey(): string | null {
		const key = this.#key();
		if (this.#fromBrowser?.key === key || this.prerenderedAnswers) return key;
		if (this.#options.keepPrevious) return this.#fromBrowser?.key ?? this.#options.initialKey?.() ?? null;
		return null;
	}

	/** True once the numbers on screen come from the browser's database. */
	get live(): boolean {
		return this.#fromBrowser?.key === this.#key();
	}

	get status() {
		return this.db.status;
	}

	get error() {
		return this.db.error;
	}
}
