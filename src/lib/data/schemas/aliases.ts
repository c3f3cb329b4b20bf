/**
 * Spellings of each subject's name as they occur in tables and texts, for matching region names in
 * imported files. Source file: `data/regions/aliases.csv`. Matching normalises case, ё/е, dashes,
 * quotes, «г.», «обл.» and the like (see `src/lib/regions/normalize.ts`), so aliases are written in
 * their natural form and need not repeat every typographic variant.
 */
import { defineDataset, oneOf, text, type RowOf } from '../columns';

export const ALIAS_KINDS = [
	'official',
	'short',
	'colloquial',
	'abbr',
	'code_style',
	'historic',
	'transliteration'
] as const;

export const aliases = defineDataset({
	name: 'region_aliases',
	file: 'regions/aliases.csv',
	description: {
		ru: 'Варианты написания названий субъектов (официальные, короткие, разговорные, сокращения, английские).',
		en: 'Spellings of subject names (official, short, colloquial, abbreviations, English).'
	},
	primaryKey: ['alias', 'key'],
	columns: {
		alias: text({ description: { ru: 'Вариант названия.', en: 'Name variant.' } }),
		key: text({ description: { ru: 'Ключ субъекта (regions.key).', en: 'Subject key (regions.key).' } }),
		lang: oneOf(['ru', 'en'], { description: { ru: 'Язык.', en: 'Language.' } }),
		kind: oneOf(ALIAS_KINDS, {
			description: {
				ru: 'Вид: official — официальное; short — короткое; colloquial — разговорное («Ставрополье»); abbr — сокращение («ХМАО»); code_style — как в справочниках («Респ Саха /Якутия/»); historic — прежнее; transliteration — транслитерация.',
				en: 'Kind: official; short; colloquial ("Ставрополье"); abbr ("ХМАО"); code_style, as written in registers ("Респ Саха /Якутия/"); historic, a former name; transliteration.'
			}
		})
	}
});

export type AliasRow = RowOf<typeof aliases.columns>;
