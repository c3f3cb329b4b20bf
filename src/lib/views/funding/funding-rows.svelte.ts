/**
 * The funding rows for the view in the URL: the prerendered rows when they answer it (the default year
 * and measure), else the browser's DuckDB answer once it arrives (null meanwhile). Only the year and the x
 * measure trigger a query; a result for a view that has since changed is dropped.
 *
 * Lifecycle: construct during a component's initialisation (it registers an effect there).
 */
import { BrowserDb } from '$lib/data/db-status.svelte';
import { fundingDataId, loadFundingData, type FundingData } from './funding-data';
import type { FundingView } from './funding-state';

export class FundingRows {
	#fromBrowser = $state.raw<FundingData | null>(null);
	#prerendered: () => FundingData;
	#view: () => FundingView;

	constructor(options: { prerendered: () => FundingData; view: () => FundingView; db: BrowserDb }) {
		this.#prerendered = options.prerendered;
		this.#view = options.view;
		const year = $derived(this.#view().year);
		const x = $derived(this.#view().x);
		$effect(() => {
			const connector = options.db.connector;
			const [y, measure] = [year, x];
			if (!connector) return;
			let stale = false;
			loadFundingData(connector, y, measure).then(
				(result) => {
					if (stale) return;
					this.#fromBrowser = result;
					options.db.answered();
				},
				(error: unknown) => {
					if (!stale) options.db.failed(error);
				}
			);
			return () => {
				stale = true;
			};
		});
	}

	/** Which rows the view needs (`year:x`). */
	get wanted(): string {
		return fundingDataId(this.#view().year, this.#view().x);
	}

	/** Whether the prerendered rows answer the view (no database needed). */
	get prerenderedAnswers(): boolean {
		return this.#prerendered().id === this.wanted;
	}

	/** The rows for the view, or null while the browser's database works on them. */
	get current(): FundingData | null {
		const wanted = this.wanted;
		if (this.#fromBrowser?.id === wanted) return this.#fromBrowser;
		const prerendered = this.#prerendered();
		return prerendered.id === wanted ? prerendered : null;
	}
}
