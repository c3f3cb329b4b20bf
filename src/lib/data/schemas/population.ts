/**
 * Resident population of each subject on 1 January 2019–2023, Rosstat's table 1.1 of «Регионы России.
 * 2023» (one vintage: recalculated with the 2020 census), one row per subject × date, so that figures of a
 * year (health spending of 2019, 2020, 2021) can be divided by the population of that year. Source file:
 * `data/regions/population.csv`, written by `scripts/import-rosstat.ts`; origin and vintage in
 * `data/regions/README.md`. The registry (`regions.population`) keeps an unofficial 1 Jan 2025 figure.
 *
 * Not checked here: that `key` is a known region and `source_id` a known source, that each date is a
 * 1 January, that the subjects of a date add up to the same table's country row and that the nested okrugs
 * add up to their oblast (`checks-population.ts`).
 */
import { date, defineDataset, int, text, type RowOf } from '../columns';

export const population = defineDataset({
	name: 'population',
	file: 'regions/population.csv',
	description: {
		ru: 'Численность постоянного населения субъектов на 1 января 2019–2023 гг. (Росстат, «Регионы России. 2023», табл. 1.1, с учётом переписи 2020 г.): делитель расчётов на жителя за тот же год.',
		en: 'Resident population of the subjects on 1 January 2019–2023 (Rosstat, Regions of Russia 2023, table 1.1, revised with the 2020 census): the divisor of per-resident figures of the same year.'
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
				ru: 'Постоянное население, человек: тыс. человек с одним знаком из источника × 1000.',
				en: 'Resident population, persons: the source’s thousands with one decimal × 1000.'
			}
		}),
		source_id: text({
			description: { ru: 'Источник (id в sources).', en: 'Source (id in sources).' }
		}),
		note: text({
			nullable: true,
			description: {
				ru: 'Таблица и ячейка источника с напечатанным числом; для Архангельской и Тюменской областей — какая строка взята (без автономных округов).',
				en: 'Table and cell of the source with the printed figure; for Arkhangelsk and Tyumen oblasts, which row was taken (without the okrugs).'
			}
		})
	}
});

export type PopulationRow = RowOf<typeof population.columns>;
