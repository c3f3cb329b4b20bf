/**
 * The data's change log: one row per added, changed or removed fact, grouped into releases. Journalists
 * see here that a colour or a number they published has changed, and why. Source file:
 * `data/changes/changes.csv`; shown on /data («Что изменилось») and on each region's profile.
 */
import { date, defineDataset, oneOf, text, type RowOf } from '../columns';

export const CHANGE_KINDS = ['added', 'changed', 'removed', 'renamed'] as const;

/** What a reader of the atlas sees move: a map colour, a headline number, another number, or only text. */
export const CHANGE_EFFECTS = ['colour', 'headline', 'number', 'text', 'none'] as const;

export const dataChanges = defineDataset({
	name: 'data_changes',
	file: 'changes/changes.csv',
	description: {
		ru: 'Журнал изменений данных: что добавлено, исправлено или удалено в каждом выпуске и почему.',
		en: 'Data change log: what each release added, corrected or removed, and why.'
	},
	columns: {
		release: date({
			description: {
				ru: 'Дата выпуска данных (ГГГГ-ММ-ДД); в этот день источники просмотрены последний раз.',
				en: 'Release date (YYYY-MM-DD); the day the sources were last reviewed.'
			}
		}),
		file: text({
			description: { ru: 'Файл в data/ (например, emr/access.csv).', en: 'File in data/ (e.g. emr/access.csv).' }
		}),
		key: text({
			nullable: true,
			description: {
				ru: 'Ключ субъекта, RU — вся Россия; пусто — изменение всего файла.',
				en: 'Subject key, RU for all of Russia; empty for a change to the whole file.'
			}
		}),
		change: oneOf(CHANGE_KINDS, {
			description: {
				ru: 'added — добавлено, changed — исправлено, removed — удалено, renamed — переименовано.',
				en: 'added, changed, removed or renamed.'
			}
		}),
		effect: oneOf(CHANGE_EFFECTS, {
			description: {
				ru: 'Что видит читатель: colour — цвет на карте, headline — число в заголовке, number — другое число, text — только текст, none — ничего.',
				en: 'What a reader sees move: colour (a map colour), headline (a headline number), number (another number), text (wording only), none.'
			}
		}),
		what_ru: text({ description: { ru: 'Что изменилось (было → стало).', en: 'What changed (before → after), in Russian.' } }),
		what_en: text({ description: { ru: 'То же по-английски.', en: 'What changed, in English.' } }),
		why_ru: text({ description: { ru: 'Почему.', en: 'Why, in Russian.' } }),
		why_en: text({ description: { ru: 'Почему, по-английски.', en: 'Why, in English.' } })
	}
});

export type DataChangeRow = RowOf<typeof dataChanges.columns>;
