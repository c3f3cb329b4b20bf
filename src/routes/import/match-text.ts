/**
 * How a region match reads in the import page: «Москва», «итог — не регион», «неоднозначно: …».
 */
import type { MatchResult } from '$lib/import/region-matching';
import type { RegionChoice } from '$lib/queries/import-registry';
import type { Text } from '$lib/i18n/text';

const indexes = new WeakMap<readonly RegionChoice[], Map<string, RegionChoice>>();

/** A region's name in the page's language, or its key if unknown (looked up in an index per list). */
export function regionName(regions: readonly RegionChoice[], key: string, text: Text): string {
	let index = indexes.get(regions);
	if (!index) {
		index = new Map(regions.map((r) => [r.key, r]));
		indexes.set(regions, index);
	}
	const r = index.get(key);
	return r ? (text.locale === 'en' ? r.name_en : r.name_ru) : key;
}

/** One line saying what a cell was matched to. */
export function matchText(result: MatchResult | null, regions: readonly RegionChoice[], text: Text): string {
	if (!result) return '';
	switch (result.kind) {
		case 'region':
			return `✓ ${regionName(regions, result.key, text)}`;
		case 'total':
			return text.t('import.match.total');
		case 'district':
			return text.t('import.match.district');
		case 'ambiguous':
			return text.t('import.match.ambiguous', {
				names: result.candidates.map((k) => regionName(regions, k, text)).join(', ')
			});
		case 'unknown':
			return text.t('import.match.unknown');
	}
}
