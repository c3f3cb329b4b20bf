/**
 * Internet use by subject, Rosstat's sample survey of ICT use by the population, as published in «Регионы
 * России. Социально-экономические показатели. 2023» (tables 17.7.1, 17.7.2, 17.6.2), 2014–2022, long
 * format. Source file: `data/rosstat/internet.csv`, written by `scripts/import-rosstat.ts`; origin,
 * definitions and caveats in `data/rosstat/README.md`.
 *
 * Not checked here: that `key` is a known region and `source_id` a known source (`check-all.ts`), and
 * that an empty value is explained in `note`.
 */
import { defineDataset, int, num, oneOf, text, type RowOf } from '../columns';

export const INTERNET_INDICATORS = ['internet_use', 'internet_daily', 'household_access'] as const;
export type InternetIndicator = (typeof INTERNET_INDICATORS)[number];

export const internet = defineDataset({
	name: 'internet',
	file: 'rosstat/internet.csv',
	description: {
		ru: 'Использование интернета по субъектам, 2014–2022 гг. (Росстат, выборочное обследование по вопросам использования ИКТ; «Регионы России. 2023», табл. 17.7.1, 17.7.2, 17.6.2).',
		en: "Internet use by subject, 2014–2022 (Rosstat's sample survey of ICT use; Regions of Russia 2023, tables 17.7.1, 17.7.2, 17.6.2)."
	},
	primaryKey: ['key', 'year', 'indicator'],
	columns: {
		key: text({
			description: {
				ru: 'Ключ субъекта (regions.key). Архангельская и Тюменская области — строки Росстата «без автономного округа (округов)».',
				en: "Subject key (regions.key). Arkhangelsk and Tyumen oblasts are Rosstat's rows without their okrugs."
			}
		}),
		year: int({
			min: 2014,
			max: 2100,
			description: { ru: 'Год обследования.', en: 'Survey year.' }
		}),
		indicator: oneOf(INTERNET_INDICATORS, {
			description: {
				ru: 'internet_use — население, использовавшее интернет за последние 12 месяцев, % населения 15–74 лет (до 2017 г. — 15–72 лет), табл. 17.7.1; internet_daily — каждый день или почти каждый день, % того же населения, табл. 17.7.2; household_access — домашние хозяйства с доступом к интернету с любого устройства, % домохозяйств, табл. 17.6.2.',
				en: 'internet_use: people who used the internet in the last 12 months, % of the population aged 15–74 (15–72 before 2017), table 17.7.1; internet_daily: every day or almost every day, % of the same population, table 17.7.2; household_access: households with internet access from any device, % of households, table 17.6.2.'
			}
		}),
		value_percent: num({
			nullable: true,
			min: 0,
			max: 100,
			description: {
				ru: 'Значение в процентах, как напечатано (один знак). Пусто — в источнике «…» (данных не имеется), см. note.',
				en: 'Value in per cent as printed (one decimal). Empty where the source has «…» (no data), see note.'
			}
		}),
		source_id: text({ description: { ru: 'Источник (id в sources).', en: 'Source (id in sources).' } }),
		source_cell: text({
			pattern: /^\d+(\.\d+)*![A-Z]+\d+$/,
			description: {
				ru: 'Таблица и ячейка в книге Excel Росстата (17.7.1!J26), чтобы найти число в источнике.',
				en: "Table and cell in Rosstat's Excel workbook (17.7.1!J26), to find the number in the source."
			}
		}),
		note: text({
			nullable: true,
			description: {
				ru: 'Какая строка источника взята (для областей без округов) и почему нет значения.',
				en: 'Which source row was taken (for the oblasts without okrugs) and why a value is missing.'
			}
		})
	}
});

export type InternetRow = RowOf<typeof internet.columns>;
