/**
 * The 89 federal subjects as Russia counts them (85 + the four of 2022), with their codes, names and
 * the 1 Jan 2025 population. Source file: `data/regions/regions.csv`; see `data/regions/README.md`
 * for origin, the disputed-territory rule and known faults.
 *
 * Not checked here: that codes match the official registers, or that populations sum to the national
 * total — `scripts/check-data.ts` does the cross-file checks.
 */
import { bool, date, defineDataset, int, num, oneOf, text, type RowOf } from '../columns';
import { FEDERAL_DISTRICT_KEYS } from './federal-districts';
import { REGION_KEY } from '../../domain/regions';

export const REGION_TYPES = [
	'республика',
	'край',
	'область',
	'город федерального значения',
	'автономная область',
	'автономный округ'
] as const;

export const REGION_STATUSES = ['recognised', 'disputed_2014', 'annexed_2022'] as const;

/** Keys of the six subjects that have no ISO 3166-2:RU code. */
export const NON_ISO_KEYS = ['CRIMEA', 'SEVASTOPOL', 'DPR', 'LPR', 'ZAPOROZHYE', 'KHERSON'] as const;

const KEY = REGION_KEY;

export const regions = defineDataset({
	name: 'regions',
	file: 'regions/regions.csv',
	description: {
		ru: 'Субъекты Российской Федерации: коды, названия, тип, федеральный округ, статус, население на 1 января 2025 г. и площадь.',
		en: 'Federal subjects of Russia: codes, names, type, federal district, status, population on 1 January 2025 and area.'
	},
	primaryKey: ['key'],
	columns: {
		key: text({
			pattern: KEY,
			description: {
				ru: 'Ключ субъекта: код ISO 3166-2 (RU-MOW), а для шести субъектов без кода RU — CRIMEA, SEVASTOPOL, DPR, LPR, ZAPOROZHYE, KHERSON.',
				en: 'Subject key: the ISO 3166-2 code (RU-MOW); the six subjects without an RU code use CRIMEA, SEVASTOPOL, DPR, LPR, ZAPOROZHYE, KHERSON.'
			}
		}),
		iso_3166_2: text({
			nullable: true,
			pattern: /^RU-[A-Z]{2,3}$/,
			description: {
				ru: 'Код ISO 3166-2:RU; пусто, если ISO не даёт субъекту кода в разделе RU.',
				en: 'ISO 3166-2:RU code; empty where ISO assigns none under RU.'
			}
		}),
		subject_code: text({
			nullable: true,
			pattern: /^\d{2}$/,
			description: {
				ru: 'Код субъекта (КЛАДР/ФИАС, 01–92), две цифры с ведущим нулём.',
				en: 'Subject code (KLADR/FIAS, 01–92), two digits with a leading zero.'
			}
		}),
		okato: text({
			nullable: true,
			pattern: /^\d{2}$/,
			description: {
				ru: 'Первые две цифры кода ОКАТО. У автономных округов внутри области они совпадают с областью (НАО — 11, ХМАО и ЯНАО — 71).',
				en: 'First two digits of the OKATO code. Autonomous okrugs inside an oblast share them with it (Nenets 11, Khanty-Mansi and Yamal 71).'
			}
		}),
		oktmo: text({
			nullable: true,
			pattern: /^\d{8}$/,
			description: { ru: 'Код ОКТМО субъекта (8 цифр).', en: 'OKTMO code of the subject (8 digits).' }
		}),
		name_ru: text({
			description: { ru: 'Официальное название.', en: 'Official name in Russian.' }
		}),
		name_short_ru: text({
			description: {
				ru: 'Короткое название для таблиц и подписей («Якутия», «ХМАО — Югра»).',
				en: 'Short Russian name for tables and labels ("Якутия", "ХМАО — Югра").'
			}
		}),
		name_en: text({ description: { ru: 'Название по-английски.', en: 'English name.' } }),
		abbr_ru: text({
			pattern: /^[А-ЯЁ]{3}$/,
			description: {
				ru: 'Уникальная трёхбуквенная подпись для плиточной карты (МОС, СПБ, ТУЛ).',
				en: 'Unique three-letter Cyrillic tile label (МОС, СПБ, ТУЛ).'
			}
		}),
		abbr_en: text({
			pattern: /^[A-Z]{3}$/,
			description: {
				ru: 'Уникальная трёхбуквенная латинская подпись (MOW, SPB, TUL).',
				en: 'Unique three-letter Latin tile label (MOW, SPB, TUL).'
			}
		}),
		type: oneOf(REGION_TYPES, {
			description: { ru: 'Вид субъекта.', en: 'Kind of subject (republic, krai, oblast, federal city, autonomous oblast or okrug).' }
		}),
		federal_district: oneOf(FEDERAL_DISTRICT_KEYS, {
			nullable: true,
			description: {
				ru: 'Федеральный округ (ключ в federal_districts); пусто, если источника нет.',
				en: 'Federal district (key into federal_districts); empty where unsourced.'
			}
		}),
		status: oneOf(REGION_STATUSES, {
			description: {
				ru: 'recognised — признанный субъект; disputed_2014 — Крым и Севастополь; annexed_2022 — четыре субъекта 2022 г. Правило — в data/regions/README.md.',
				en: 'recognised; disputed_2014 for Crimea and Sevastopol; annexed_2022 for the four subjects of 2022. The rule is in data/regions/README.md.'
			}
		}),
		population: int({
			nullable: true,
			min: 1,
			description: {
				ru: 'Постоянное население на population_date (предварительная оценка Росстата на 1 января 2025 г.); пусто, если нет источника.',
				en: 'Resident population on population_date (Rosstat preliminary estimate for 1 January 2025); empty where unsourced.'
			}
		}),
		population_date: date({
			nullable: true,
			description: { ru: 'Дата, к которой относится численность.', en: 'Date the population refers to.' }
		}),
		population_source_id: text({
			nullable: true,
			description: { ru: 'Источник численности (id в sources).', en: 'Source of the population (id in sources).' }
		}),
		area_km2: num({
			nullable: true,
			min: 0,
			description: { ru: 'Площадь, км².', en: 'Area, km².' }
		}),
		area_source_id: text({
			nullable: true,
			description: { ru: 'Источник площади (id в sources).', en: 'Source of the area (id in sources).' }
		}),
		codes_source_id: text({
			nullable: true,
			description: {
				ru: 'Источник кодов, типа и федерального округа (id в sources).',
				en: 'Source of the codes, type and federal district (id in sources).'
			}
		}),
		population_derived: bool({
			nullable: true,
			description: {
				ru: 'true — численность не опубликована в таком виде, а вычислена (формула в population_formula).',
				en: 'true when the population was computed rather than published as such (formula in population_formula).'
			}
		}),
		population_formula: text({
			nullable: true,
			description: {
				ru: 'Как вычислена численность (только для вычисленных).',
				en: 'How the population was computed (derived rows only).'
			}
		})
	}
});

export type RegionRow = RowOf<typeof regions.columns>;
