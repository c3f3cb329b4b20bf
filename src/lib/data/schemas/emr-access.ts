/**
 * Patient access to electronic medical records (ЭМК), region by region and over time: one row per
 * region × service × dated observation. Source file: `data/emr/access.csv`; coding rules in
 * `data/emr/README.md`.
 *
 * Every row says what kind of statement it rests on (`statement`) and quotes the sentence (`quote`).
 * Only `observed` rows give a region its stage; announced, planned and required rows are shown as
 * promises, never as a colour (rules in `checks-evidence.ts`).
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

/**
 * What kind of statement a row rests on. Only `observed` (the source says it works, or worked, at a date)
 * sets a stage; the others are promises: `announced` (a start date or an agreement), `planned` (an
 * intention: «будет», «получат»), `required` (a decree or federal rule, not shown to operate).
 */
export const STATEMENTS = ['observed', 'announced', 'planned', 'required'] as const;

/** Longest quote, in words: enough for the sentence a level rests on, short enough to cite fairly. */
export const QUOTE_MAX_WORDS = 30;

/** Key used for national (all-Russia) rows such as Gosuslugi «Моё здоровье». */
export const NATIONAL_KEY = 'RU';

export const emrAccess = defineDataset({
	name: 'emr_access',
	file: 'emr/access.csv',
	description: {
		ru: 'Доступ пациентов к электронной медицинской карте по регионам: сервис, канал, уровень доступа, возможности и дата наблюдения.',
		en: "Patients' access to their electronic medical record by region: service, channel, access level, features and date of observation."
	},
	primaryKey: ['key', 'service_name', 'observed_on', 'source_id'],
	columns: {
		key: text({
			description: {
				ru: 'Ключ субъекта (regions.key); RU — общероссийская строка (Госуслуги «Моё здоровье»).',
				en: 'Subject key (regions.key); RU for a national row (Gosuslugi «Моё здоровье»).'
			}
		}),
		observed_on: partialDate({
			nullable: true,
			description: {
				ru: 'Когда, по источнику, это было так (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); для обещаний — когда о них сказано. Никогда не будущая дата и не срок. Пусто, если источник не датирован.',
				en: 'When, per the source, this held (YYYY, YYYY-MM or YYYY-MM-DD); for promises, when they were made. Never a future or due date. Empty if the source is undated.'
			}
		}),
		statement: oneOf(STATEMENTS, {
			description: {
				ru: 'На чём строка основана: observed — источник говорит, что это работает; announced — объявлено (дата начала, соглашение); planned — план, обещание; required — требование закона или постановление. Уровень доступа и цвет на карте — только у observed.',
				en: 'What the row rests on: observed (the source says it works); announced (a start date, an agreement); planned (an intention, a promise); required (a law or decree). Only observed rows set a level and a colour.'
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
		promised_level: oneOf(ACCESS_LEVELS, {
			nullable: true,
			description: {
				ru: 'Для объявленного, запланированного или обязательного: какой доступ обещан. Цвета не даёт.',
				en: 'For announced, planned or required rows: the access promised. Never coloured.'
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
				ru: 'Год запуска сервиса — только если источник его называет (не год постановления).',
				en: 'Launch year of the service, only where the source states it (not a decree year).'
			}
		}),
		quote: text({
			description: {
				ru: 'Дословная цитата из источника (не длиннее 30 слов), на которой стоит уровень или обещание.',
				en: 'Verbatim quote from the source (at most 30 words) that the level or promise rests on.'
			}
		}),
		evidence_ru: text({
			description: { ru: 'Что говорит источник — пересказ своими словами.', en: 'What the source says, paraphrased in Russian.' }
		}),
		evidence_en: text({
			nullable: true,
			description: {
				ru: 'То же по-английски; пусто — перевода ещё нет (показывается русский текст).',
				en: 'The same in English; empty until translated (the Russian text is shown).'
			}
		}),
		source_id: text({
			description: { ru: 'Источник (id в sources).', en: 'Source (id in sources).' }
		})
	}
});

export type EmrAccessRow = RowOf<typeof emrAccess.columns>;
