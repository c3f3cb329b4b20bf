// Runs at build time only (the page is prerendered): the default view's rows, from the same SQL as in the browser.
import { shippedDatabase } from '$lib/server/shipped-db';
import { loadFundingData } from '$lib/views/funding/funding-data.svelte';
import { DEFAULT_X, DEFAULT_YEAR } from '$lib/views/funding/funding-state';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	funding: await loadFundingData(await shippedDatabase(), DEFAULT_YEAR, DEFAULT_X)
});
