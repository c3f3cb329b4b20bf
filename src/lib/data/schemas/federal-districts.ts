/**
 * The eight federal districts. Source file: `data/regions/federal_districts.csv`.
 */
import { defineDataset, oneOf, text, type RowOf } from '../columns';

import { FEDERAL_DISTRICT_KEYS } from '../../domain/regions';

export { FEDERAL_DISTRICT_KEYS };

export const federalDistricts = defineDataset({
	name: 'federal_districts',
	file: 'regions/federal_districts.csv',
	description: {
		ru: 'Федеральные округа России.',
		en: 'Federal districts of Russia.'
	},
	primaryKey: ['key'],
	columns: {
		key: oneOf(FEDERAL_DISTRICT_KEYS, {
			description: { ru: 'Ключ округа.', en: 'District key.' }
		}),
		name_ru: text({ description: { ru: 'Название.', en: 'Russian name.' } }),
		name_en: text({ description: { ru: 'Название по-английски.', en: 'English name.' } }),
		abbr_ru: text({ description: { ru: 'Сокращение (ЦФО).', en: 'Russian abbreviation (ЦФО).' } }),
		abbr_en: text({ description: { ru: 'Английское сокращение (CFD).', en: 'English abbreviation (CFD).' } })
	}
});

export type FederalDistrictRow = RowOf<typeof federalDistricts.columns>;
