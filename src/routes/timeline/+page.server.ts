// Runs at build time only (the page is prerendered): the timeline's data, from the same SQL as in the browser.
import { shippedDatabase } from '$lib/server/shipped-db';
import { loadTimelineData } from './timeline-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ timeline: await loadTimelineData(await shippedDatabase()) });
