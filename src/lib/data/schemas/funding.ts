/**
 * Regional health spending and federal health transfers from the Federal Treasury's year-end budget
 * execution reports (form 0503317), 2019–2021, long format. Source file: `data/funding/funding.csv`;
 * see `data/funding/README.md`.
 *
 * Per-resident figures are not stored: they are computed in SQL from `regions.population`.
 * Not checked here: that nested subjects are not double-counted (done in `scripts/check-data.ts`).
 */
import { defineDataset, int, num, oneOf, text, type RowOf } from '../columns';

export const FUNDING_INDICATORS = [
	'health_consolidated_budget',
	'health_consolidated_incl_tfoms',
	'digital_contour_subsidy',
	'ffoms_subvention'
] as const;

export const funding = defineDataset({
	name: 'funding',
	file: 'funding/funding.csv',
	description: {
		ru: 'Расходы на здравоохранение и федеральные трансферты по субъектам, 2019–2021 гг. (отчёты Казначейства, форма 0503317).',
		en: 'Health spending and federal health transfers by subject, 2019–2021 (Treasury reports, form 0503317).'
	},
	primaryKey: ['key', 'year', 'indicator'],
	columns: {
		key: text({ description: { ru: 'Ключ субъекта (regions.key).', en: 'Subject key (regions.key).' } }),
		year: int({
			min: 2000,
			max: 2100,
			description: { ru: 'Финансовый год (исполнение за календарный год).', en: 'Fiscal year (calendar-year execution).' }
		}),
		indicator: oneOf(FUNDING_INDICATORS, {
			description: {
				ru: 'health_consolidated_budget — раздел 0900 «Здравоохранение», исполнено, консолидированный бюджет субъекта (без ТФОМС); health_consolidated_incl_tfoms — то же с бюджетом ТФОМС за вычетом внутренних трансфертов; digital_contour_subsidy — федеральная субсидия на «Единый цифровой контур» (КБК 2 02 25114 02 0000 150), исполнено; ffoms_subvention — субвенция ФОМС бюджету ТФОМС (КБК 2 02 55093 09 0000 150), исполнено.',
				en: 'health_consolidated_budget: section 0900 Health, executed, consolidated budget of the subject (without the territorial OMS fund); health_consolidated_incl_tfoms: the same including the fund, net of internal transfers; digital_contour_subsidy: the federal "single digital contour" subsidy received (budget code 2 02 25114 02 0000 150); ffoms_subvention: the federal OMS subvention to the territorial fund (2 02 55093 09 0000 150).'
			}
		}),
		value_rub: num({
			nullable: true,
			min: 0,
			description: {
				ru: 'Сумма в рублях, как в отчёте (с копейками). Пусто — строки в отчёте нет (Москва не получала субсидию на цифровой контур).',
				en: 'Amount in rubles as reported (kopecks kept). Empty where the report has no such line (Moscow received no digital-contour subsidy).'
			}
		}),
		source_id: text({ description: { ru: 'Источник (id в sources).', en: 'Source (id in sources).' } }),
		note: text({
			nullable: true,
			description: {
				ru: 'Файл отчёта, плановая сумма субсидии, оговорки.',
				en: 'Report file, approved subsidy amount, caveats.'
			}
		})
	}
});

export type FundingRow = RowOf<typeof funding.columns>;
