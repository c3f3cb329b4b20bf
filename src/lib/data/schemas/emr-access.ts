/**
 * Patient access to electronic medical records (ЭМК), region by region and over time: one row per
 * region × service × dated observation. Source file: `data/emr/access.csv`; coding rules in
 * `data/emr/README.md`.
 *
 * Not checked here: that `key` is a known region and `source_id` a known source (cross-file checks in
 * `scripts/check-data.ts`), or that the coding of `access_level` matches the evidence text.
 */
import { defineDataset, int, listOf, oneOf, partialDate, text, type RowOf } from '../columns';

export const CHANNELS = ['regional_portal', 'regional_app', 'gosuslugi', 'mis_doctors'] as const;

export const ACCESS_LEVELS = ['full', 'partial', 'doctors_only', 'none', 'unknown'] as const;

export const FEATURES = [
	'results',
	'images',
	'protocols',
	'diagnoses',
	'vaccinations',
	'referrals',
	'appointments',
	'prescriptions',
	'extracts',
	'upload_own_docs',
	'relatives',
	'history'
] as const;

/** Key used for national (all-Russia) rows such as Gosuslugi «Моё здоровье». */
export const NATIONAL_KEY = 'RU';

export const emrAccess = defineDataset({
	name: 'emr_access',
	file: 'emr/access.csv',
	description: {
		ru: 'Доступ пациентов к электронной медицинской карте по регионам: сервис, канал, уровень доступа, возможности и дата наблюдения.',
		en: "Patients' access to their electronic medical record by region: service, channel, access level, features and date of observation."
	},
	primaryKey: ['key', 'service_name', 'as_of', 'source_id'],
	columns: {
		key: text({
			description: {
				ru: 'Ключ субъекта (regions.key); RU — общероссийская строка (Госуслуги «Моё здоровье»).',
				en: 'Subject key (regions.key); RU for a national row (Gosuslugi «Моё здоровье»).'
			}
		}),
		as_of: partialDate({
			nullable: true,
			description: {
				ru: 'Когда, по источнику, это было так (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); пусто, если источник не датирован.',
				en: 'When, per the evidence, this held (YYYY, YYYY-MM or YYYY-MM-DD); empty if the source is undated.'
			}
		}),
		service_name: text({
			description: { ru: 'Название сервиса или системы.', en: 'Name of the service or system (in Russian).' }
		}),
		channel: oneOf(CHANNELS, {
			description: {
				ru: 'Канал: regional_portal — региональный портал; regional_app — региональное приложение; gosuslugi — Госуслуги «Моё здоровье»; mis_doctors — МИС для врачей.',
				en: 'Channel: regional_portal, regional_app, gosuslugi (federal «Моё здоровье»), mis_doctors (clinicians’ information system).'
			}
		}),
		access_level: oneOf(ACCESS_LEVELS, {
			description: {
				ru: 'full — пациент видит широкое содержимое карты; partial — доступ есть, но ограничен или не описан; doctors_only — карта есть, доступ только у врачей; none — системы или доступа нет; unknown — система есть, доступ пациентов не описан.',
				en: 'full: patients see broad record contents; partial: access exists but is limited or undescribed; doctors_only: the record exists, only clinicians see it; none: no system or no access; unknown: a system exists, patient access is not described.'
			}
		}),
		features: listOf(FEATURES, {
			nullable: true,
			description: {
				ru: 'Что доступно пациенту, через «;»: results, images, protocols, diagnoses, vaccinations, referrals, appointments, prescriptions, extracts, upload_own_docs, relatives, history. Пусто — не описано.',
				en: 'What the patient can use, ";"-separated: results, images, protocols, diagnoses, vaccinations, referrals, appointments, prescriptions, extracts, upload_own_docs, relatives, history. Empty: not described.'
			}
		}),
		launched_year: int({
			nullable: true,
			min: 2000,
			max: 2100,
			description: {
				ru: 'Год запуска, если источник его называет.',
				en: 'Launch year, where the source gives one.'
			}
		}),
		evidence_ru: text({
			description: { ru: 'Что говорит источник — пересказ своими словами.', en: 'What the source says, paraphrased in Russian.' }
		}),
		evidence_en: text({
			description: { ru: 'То же по-английски.', en: 'The same in English.' }
		}),
		source_id: text({
			description: { ru: 'Источник (id в sources).', en: 'Source (id in sources).' }
		})
	}
});

export type EmrAccessRow = RowOf<typeof emrAccess.columns>;
