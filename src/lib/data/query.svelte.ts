/**
 * A query's state for a component: rows, loading and error as separate fields, with stale answers dropped.
 *
 * Lifecycle: `run(query)` starts a query on the connector; if `run` is called again before the first
 * answer arrives, the first answer is ignored when it lands (the user has since asked for something else),
 * so results never arrive out of order. `rows` keeps the previous answer while a new one loads, which
 * avoids flashes of empty charts.
 */
import type { BoundQuery, Connector } from './connector';

export class LiveQuery<T> {
	rows = $state<T[] | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);

	#sequence = 0;
	#connector: () => Promise<Connector>;

	/** `connector` is called per run, so the database can start lazily (and be restarted). */
	constructor(connector: () => Promise<Connector>) {
		this.#connector = connector;
	}

	async run(query: BoundQuery): Promise<void> {
		const ticket = ++this.#sequence;
		this.loading = true;
		this.error = null;
		try {
			const rows = await (await this.#connector()).rows<T>(query);
			if (ticket !== this.#sequence) return;
			this.rows = rows;
		} catch (error) {
			if (ticket !== this.#sequence) return;
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (ticket === this.#sequence) this.loading = false;
		}
	}
}
