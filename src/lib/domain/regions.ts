/**
 * The region grammar, declared once: registry keys, federal districts, and how a subject is named in a
 * view. The schemas, the URL state and every view read these.
 */
import type { Text } from '../i18n/text';

/** A registry key: ISO 3166-2 (`RU-MOW`) or one of the six keys of data/regions/README.md. */
export const REGION_KEY = /^(RU-[A-Z]{2,3}|CRIMEA|SEVASTOPOL|DPR|LPR|ZAPOROZHYE|KHERSON)$/;

/** Federal districts, west to east. */
export const FEDERAL_DISTRICT_KEYS = ['CEN', 'NW', 'SOU', 'NCA', 'VOL', 'URA', 'SIB', 'FE'] as const;
export type FederalDistrictKey = (typeof FEDERAL_DISTRICT_KEYS)[number];

/** A subject's name in a view: the short Russian name («Москва», «Чукотка»), or the English name. */
export function regionName(row: { name_short_ru: string; name_en: string }, text: Pick<Text, 'locale'>): string {
	return text.locale === 'ru' ? row.name_short_ru : row.name_en;
}
