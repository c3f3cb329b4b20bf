/**
 * Every source a fact in `data/` rests on. Fact rows point here by `source_id`.
 * Source file: `data/sources/sources.csv`.
 */
import { date, defineDataset, oneOf, partialDate, text, type RowOf } from '../columns';

export const SOURCE_KINDS = [
	'news',
	'official',
	'dataset',
	'repository',
	'vendor',
	'decree',
	'research'
] as const;

export const sources = defineDataset({
	name: 'sources',
	file: 'sources/sources.csv',
	description: {
		ru: 'Источники: публикации, реестры, наборы данных и документы, на которые ссылаются строки данных.',
		en: 'Sources: publications, registers, datasets and documents the data rows cite.'
	},
	primaryKey: ['id'],
	columns: {
		id: text({
			pattern: /^[a-z0-9][a-z0-9-]*$/,
			description: { ru: 'Короткий идентификатор (kommersant-2025-08-20).', en: 'Short slug (kommersant-2025-08-20).' }
		}),
		publisher: text({ description: { ru: 'Издатель или автор.', en: 'Publisher or author.' } }),
		title: text({ description: { ru: 'Заголовок или описание документа.', en: 'Title or description of the document.' } }),
		url: text({
			nullable: true,
			pattern: /^https?:\/\/\S+$/,
			description: { ru: 'Адрес.', en: 'Address (URL).' }
		}),
		published: partialDate({
			nullable: true,
			description: {
				ru: 'Дата публикации (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); пусто, если не датирован.',
				en: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD); empty if undated.'
			}
		}),
		retrieved: date({
			nullable: true,
			description: { ru: 'Когда проверено.', en: 'When it was checked.' }
		}),
		kind: oneOf(SOURCE_KINDS, {
			description: {
				ru: 'Вид: news, official, dataset, repository, vendor, decree, research.',
				en: 'Kind: news, official, dataset, repository, vendor, decree, research.'
			}
		}),
		note: text({
			nullable: true,
			description: { ru: 'Примечание: надёжность, оговорки.', en: 'Note: reliability, caveats.' }
		})
	}
});

export type SourceRow = RowOf<typeof sources.columns>;
