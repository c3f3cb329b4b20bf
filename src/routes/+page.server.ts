// Runs at build time only (the page is prerendered): the overview's data, from the same SQL as in the browser.
import { shippedDatabase } from '$lib/server/shipped-db';
import { loadHomeData } from '$lib/views/overview/home-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ home: await loadHomeData(await shippedDatabase()) });
