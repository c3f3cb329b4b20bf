/**
 * Resident population of each subject on 1 January of past years (Rosstat), one row per subject × date,
 * so that figures of a year (health spending of 2019, 2020…) can be divided by the population of that
 * year. Source file: `data/regions/population.csv`; origin, vintages and known gaps in
 * `data/regions/README.md`. The registry (`regions.population`) keeps the 1 Jan 2025 figure.
 *
 * Not checked here: that `key` is a known region and `source_id` a known source, that each date is a
 * 1 January, and that the subjects of a date add up to Rosstat's national total (`checks-population.ts`).
 */
import { date, defineDataset, int, text, type RowOf } from '../columns';

export const population = defineDataset({
	name: 'population',
	file: 'regions/population.csv',
	description: {
		ru: 'Численность постоянного населения субъектов на 1 января прошлых лет (Росстат): для расчётов на жителя по году.',
		en: 'Resident population of the subjects on 1 January of past years (Rosstat), for per-resident figures of the matching year.'
	},
	primaryKey: ['key', 'date'],
	columns: {
		key: text({
			description: {
				ru: 'Ключ субъекта (regions.key). Вложенные округа — отдельными строками: Архангельская и Тюменская области без своих АО.',
				en: 'Subject key (regions.key). Nested okrugs have their own rows: Arkhangelsk and Tyumen oblasts exclude their okrugs.'
			}
		}),
		date: date({
			description: {
				ru: 'Дата, к которой относится численность (всегда 1 января).',
				en: 'Date the figure refers to (always 1 January).'
			}
		}),
		population: int({
			min: 1,
			description: {
				ru: 'Постоянное население, человек, как в источнике.',
				en: 'Resident population, persons, as published.'
			}
		}),
		source_id: text({
			description: { ru: 'Источник (id в sources).', en: 'Source (id in sources).' }
		}),
		note: text({
			nullable: true,
			description: {
				ru: 'Оговорки: предварительная оценка, без автономных округов, сверка со вторым источником.',
				en: 'Caveats: preliminary estimate, okrugs excluded, cross-check with a second source.'
			}
		})
	}
});

export type PopulationRow = RowOf<typeof population.columns>;
