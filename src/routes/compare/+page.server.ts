// Runs at build time only (the page is prerendered): every subject's row, so any pinned set shows at once.
import { shippedDatabase } from '$lib/server/shipped-db';
import { loadCompareData, loadCompareStatic, loadRanking } from './compare-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await shippedDatabase();
	const [compare, fixed, ranking] = await Promise.all([
		loadCompareData(db, null),
		loadCompareStatic(db),
		loadRanking(db, { metric: 'access' })
	]);
	return { compare, ...fixed, ranking };
};
