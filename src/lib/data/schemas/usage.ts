/**
 * Usage figures for patient-facing ЭМК services and the systems behind them, one figure per row.
 * Source file: `data/emr/usage.csv`; each metric is defined in `data/emr/README.md`.
 *
 * `period_end` holds the first day of the period the figure refers to, at `date_precision`
 * (`2025-08-01` + `month` means "August 2025"); no day or month is invented.
 * Not checked here: cross-file keys, and shares ≤ 100 (see `scripts/check-data.ts`).
 */
import { bool, date, defineDataset, num, oneOf, text, type RowOf } from '../columns';

export const USAGE_METRICS = [
	'emk_users',
	'emk_popularity_growth',
	'registered_users',
	'unique_visitors',
	'uploaded_documents',
	'emk_uses',
	'emk_uses_cumulative',
	'emk_uses_growth',
	'emk_records_accessible',
	'emd_registered',
	'mis_documents',
	'mis_patients',
	'gosuslugi_users',
	'facilities_with_emk',
	'e_prescriptions',
	'e_prescriptions_cumulative',
	'regiz_lab_results',
	'regiz_instrumental_results',
	'regiz_care_episodes',
	'digital_health_profiles',
	'egisz_regions',
	'egisz_facilities',
	'egisz_patients',
	'egisz_appointment_requests',
	'share_gosuslugi_users_received_emd',
	'share_facilities_giving_emd_access',
	'share_medical_docs_electronic',
	'share_appointments_remote'
] as const;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

export const usage = defineDataset({
	name: 'usage',
	file: 'emr/usage.csv',
	description: {
		ru: 'Показатели использования электронных медкарт и систем за ними: пользователи, посещения, документы, доли.',
		en: 'Usage figures for electronic medical records and the systems behind them: users, visits, documents, shares.'
	},
	primaryKey: ['key', 'metric', 'period_start', 'period_end', 'source_id'],
	columns: {
		key: text({
			description: {
				ru: 'Ключ субъекта (regions.key); RU — вся Россия.',
				en: 'Subject key (regions.key); RU for all of Russia.'
			}
		}),
		metric: oneOf(USAGE_METRICS, {
			description: {
				ru: 'Показатель; определения — в data/emr/README.md. share_… — доли в процентах.',
				en: 'Metric; definitions in data/emr/README.md. share_… metrics are percentages.'
			}
		}),
		value: num({
			min: 0,
			description: { ru: 'Значение.', en: 'Value.' }
		}),
		unit: oneOf(
			['persons', 'visitors', 'documents', 'uses', 'records', 'facilities', 'regions', 'prescriptions', 'requests', 'episodes', 'percent', 'ratio'],
			{ description: { ru: 'Единица измерения.', en: 'Unit.' } }
		),
		period_start: date({
			nullable: true,
			description: {
				ru: 'Начало периода подсчёта для потоковых показателей (посетители с 1 января); пусто для показателей «на дату».',
				en: 'Start of the counting window for flow figures (visitors since 1 January); empty for stock figures.'
			}
		}),
		period_end: date({
			nullable: true,
			description: {
				ru: 'К какому времени относится значение: первый день периода с точностью date_precision. Пусто — источник не датирован.',
				en: 'When the figure refers to: the first day of the period at date_precision. Empty if the source is undated.'
			}
		}),
		date_precision: oneOf(DATE_PRECISIONS, {
			nullable: true,
			description: {
				ru: 'Точность period_end: day, month или year.',
				en: 'Precision of period_end: day, month or year.'
			}
		}),
		derived: bool({
			description: {
				ru: 'true — значение вычислено нами (формула в formula), а не опубликовано.',
				en: 'true when we computed the value (see formula) rather than a source publishing it.'
			}
		}),
		formula: text({
			nullable: true,
			description: { ru: 'Формула для вычисленных значений.', en: 'Formula of a derived value.' }
		}),
		approx: bool({
			description: {
				ru: 'true — источник даёт округлённое значение («около», «почти», «более»).',
				en: 'true when the source gives a rounded figure ("about", "almost", "more than").'
			}
		}),
		qualifier_ru: oneOf(['более', 'свыше', 'почти', 'около', 'порядка'], {
			nullable: true,
			description: {
				ru: 'Оговорка источника перед числом.',
				en: 'The qualifier the source puts before the number (more than, almost, about).'
			}
		}),
		source_id: text({ description: { ru: 'Источник (id в sources).', en: 'Source (id in sources).' } }),
		note: text({ nullable: true, description: { ru: 'Примечание.', en: 'Note.' } })
	}
});

export type UsageRow = RowOf<typeof usage.columns>;
