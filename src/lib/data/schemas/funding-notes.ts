/**
 * Other sourced funding and digital-maturity facts worth showing beside the Treasury table:
 * national programme totals, the 2020 digital-maturity top/bottom groups, single-region figures.
 * Source file: `data/funding/funding_notes.csv`.
 */
import { bool, defineDataset, num, oneOf, partialDate, text, type RowOf } from '../columns';

export const fundingNotes = defineDataset({
	name: 'funding_notes',
	file: 'funding/funding_notes.csv',
	description: {
		ru: 'Прочие факты о финансировании и цифровой зрелости: общероссийские суммы, группы рейтинга цифровой зрелости, отдельные регионы.',
		en: 'Other funding and digital-maturity facts: national totals, digital-maturity rating groups, single regions.'
	},
	primaryKey: ['key', 'indicator', 'period_start', 'source_id'],
	columns: {
		key: text({ description: { ru: 'Ключ субъекта или RU — вся Россия.', en: 'Subject key, or RU for all of Russia.' } }),
		indicator: oneOf(
			[
				'federal_project_budget_digital_contour',
				'subsidies_to_regions_digital_contour',
				'digital_maturity_group',
				'digital_maturity_indicator',
				'digital_maturity_rank',
				'state_programme_health_funding',
				'national_project_health_funding',
				'emk_conversion_budget'
			],
			{ description: { ru: 'Показатель (определения — в data/funding/README.md).', en: 'Indicator (defined in data/funding/README.md).' } }
		),
		value: num({
			nullable: true,
			description: { ru: 'Числовое значение; пусто для групп.', en: 'Numeric value; empty for groups.' }
		}),
		value_text: oneOf(['top10', 'bottom10'], {
			nullable: true,
			description: { ru: 'Группа рейтинга (лучшие или худшие 10).', en: 'Rating group (top or bottom 10).' }
		}),
		unit: oneOf(['rub', 'thousand_rub', 'mln_rub', 'bn_rub', 'percent', 'rank', 'group'], {
			description: {
				ru: 'Единица, как в источнике: rub, thousand_rub, mln_rub, bn_rub (не пересчитываем, чтобы не приписывать точность), percent, rank, group.',
				en: 'Unit as published: rub, thousand_rub, mln_rub, bn_rub (not rescaled, so no false precision), percent, rank, group.'
			}
		}),
		period_start: partialDate({
			nullable: true,
			description: { ru: 'Начало периода; пусто, если источник его не называет.', en: 'Start of the period; empty if the source does not give it.' }
		}),
		period_end: partialDate({
			nullable: true,
			description: { ru: 'Конец периода, если он больше одного года.', en: 'End of the period when it spans more than one year.' }
		}),
		plan: bool({
			description: { ru: 'true — плановая сумма, а не исполнение.', en: 'true for planned amounts rather than actuals.' }
		}),
		source_id: text({ description: { ru: 'Источник (id в sources).', en: 'Source (id in sources).' } }),
		note: text({ nullable: true, description: { ru: 'Примечание.', en: 'Note.' } })
	}
});

export type FundingNoteRow = RowOf<typeof fundingNotes.columns>;
