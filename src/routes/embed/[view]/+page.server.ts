// Runs at build time only: one prerendered page per embeddable view, from the same SQL as the full pages.
import { error } from '@sveltejs/kit';
import { shippedDatabase } from '$lib/server/shipped-db';
import { EMBED_VIEWS, isEmbedView } from '$lib/components/embed/embed-snippet';
import { loadEmbedData } from './embed-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => EMBED_VIEWS.map((view) => ({ view }));

export const load: PageServerLoad = async ({ params }) => {
	if (!isEmbedView(params.view)) error(404, `No embeddable view "${params.view}"`);
	return { embed: await loadEmbedData(await shippedDatabase(), params.view) };
};
