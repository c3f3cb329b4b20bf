/**
 * The region registry as the import's matcher needs it: regions with their codes and names, aliases,
 * and federal districts (one query each, no parameters).
 */
import type { BoundQuery, Connector } from '$lib/data/connector';
import type { MatcherInput, MatcherRegion } from '$lib/regions/match';

export const registryRegionsQuery = (): BoundQuery => ({
	sql: `SELECT key, iso_3166_2, subject_code, okato, oktmo, name_ru, name_short_ru, name_en FROM regions ORDER BY key`
});
export const registryAliasesQuery = (): BoundQuery => ({ sql: `SELECT alias, key FROM region_aliases` });
export const registryDistrictsQuery = (): BoundQuery => ({
	sql: `SELECT key, name_ru, name_en, abbr_ru, abbr_en FROM federal_districts ORDER BY key`
});

/** Region choices for the page's fix lists: key and both names. */
export interface RegionChoice {
	key: string;
	name_ru: string;
	name_en: string;
}

/** Everything the matcher is built from, read from the database. */
export async function loadMatcherInput(db: Connector): Promise<MatcherInput> {
	const [regions, aliases, districts] = await Promise.all([
		db.rows<MatcherRegion>(registryRegionsQuery()),
		db.rows<MatcherInput['aliases'][number]>(registryAliasesQuery()),
		db.rows<MatcherInput['districts'][number]>(registryDistrictsQuery())
	]);
	return { regions, aliases, districts };
}
