// Runs at build time only (the page is prerendered).
import { shippedDatabase } from '$lib/server/shipped-db';
import { loadCatalogue } from './catalogue-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ catalogue: await loadCatalogue(await shippedDatabase()) });
