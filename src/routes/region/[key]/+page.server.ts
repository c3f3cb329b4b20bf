// Runs at build time only: one prerendered page per registry subject, from the same SQL as in the browser.
import { error } from '@sveltejs/kit';
import { shippedDatabase } from '$lib/server/shipped-db';
import { regionKeysQuery } from '$lib/queries/region-profile';
import { loadRegionProfile } from './region-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const db = await shippedDatabase();
	return (await db.rows<{ key: string }>(regionKeysQuery())).map(({ key }) => ({ key }));
};

export const load: PageServerLoad = async ({ params }) => {
	const profile = await loadRegionProfile(await shippedDatabase(), params.key);
	if (!profile) error(404, `No subject with the key ${params.key}`);
	return { profile };
};
