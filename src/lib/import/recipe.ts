/**
 * An import's recipe: everything needed to turn the file's UTF-8 text into the imported table again,
 * exactly as the user confirmed it (how to read it, which column is what, and how every region cell was
 * resolved). It is stored beside the text and replayed when the app starts, so a reload gives the same
 * table. Checked with zod when read back: a record that does not fit is reported as corrupt, not trusted.
 */
import { z } from '../data/zod';
import { ENCODINGS } from './decode';
import { DELIMITERS } from './sniff';
import { REGION_MODES } from './region-matching';

/** `minzdrav_2024`: lower-case letters, digits and single underscores (it becomes part of table names). */
export const IMPORT_ID = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 40;

export const AGGREGATES = ['none', 'sum', 'mean', 'min', 'max'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

export const RESOLUTION_KINDS = ['region', 'total', 'district', 'skip', 'empty', 'unknown', 'ambiguous'] as const;

const readSettings = z.object({
	encoding: z.enum(ENCODINGS),
	delimiter: z.enum(DELIMITERS),
	/** Records and empty lines before the header (or the first record without a header): DuckDB's `skip`. */
	headerLine: z.number().int().min(0),
	hasHeader: z.boolean(),
	columnCount: z.number().int().min(1).max(2000),
	/**
	 * Some records have fewer fields than the table: pad them with empty cells (the check listed them).
	 * Absent in recipes stored before this was recorded, which were always read padded.
	 */
	padShort: z.boolean().optional()
});

const parseSettings = z.object({
	decimal: z.enum([',', '.']),
	thousands: z.enum(['none', 'space', '.', ',']),
	markers: z.array(z.string())
});

const valueColumn = z.object({
	index: z.number().int().min(0),
	/** What the metric is called on maps and in lists (default: the column's name). */
	label: z.string(),
	unit: z.string(),
	/** The date or period the values refer to, as the user wrote it (e.g. `2024`). */
	date: z.string()
});

const resolution = z.object({
	/** The region cell exactly as in the file (untrimmed: the staging join compares raw text). */
	value: z.string(),
	kind: z.enum(RESOLUTION_KINDS),
	/** Region key for `region`, district key for `district`, else null. */
	key: z.string().nullable()
});

export const recipeSchema = z.object({
	version: z.literal(1),
	id: z.string().regex(IMPORT_ID).max(MAX_ID_LENGTH),
	title: z.string(),
	fileName: z.string(),
	fileSize: z.number().int().min(0),
	/** Size of the stored UTF-8 text in bytes. */
	storedSize: z.number().int().min(0),
	importedAt: z.string(),
	read: readSettings,
	parse: parseSettings,
	/** Column names in the imported table, in file order. */
	columns: z.array(z.string()),
	regionColumn: z.number().int().min(0),
	regionMode: z.enum(REGION_MODES as unknown as ['name', 'iso', 'subject', 'okato', 'oktmo']),
	values: z.array(valueColumn).min(1),
	aggregate: z.enum(AGGREGATES),
	resolutions: z.array(resolution),
	/** Rows in the imported table and regions with a value (for the list of imports). */
	rowCount: z.number().int().min(0),
	regionCount: z.number().int().min(0)
});

export type ImportRecipe = z.infer<typeof recipeSchema>;
export type ReadSettings = ImportRecipe['read'];
export type ParseSettings = ImportRecipe['parse'];
export type ValueColumn = ImportRecipe['values'][number];
export type Resolution = ImportRecipe['resolutions'][number];
export type ResolutionKind = Resolution['kind'];

/**
 * A table-name-safe id from a file name: transliterated, lower case, `_` between words.
 *
 * @example importIdFrom('Минздрав ЭМК 2024.csv') → 'minzdrav_emk_2024'
 */
export function importIdFrom(fileName: string): string {
	const base = fileName.replace(/\.[a-z0-9]{1,4}$/i, '').toLowerCase();
	const latin = [...base].map((c) => TRANSLIT[c] ?? c).join('');
	const id = latin
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, MAX_ID_LENGTH)
		.replace(/_+$/, '');
	return id || 'data';
}

const TRANSLIT: Record<string, string> = Object.fromEntries(
	[
		...'абвгдезийклмнопрстуфыэ'.split('').map((c, i) => [c, 'abvgdeziyklmnoprstufye'[i] as string]),
		['ё', 'e'],
		['ж', 'zh'],
		['х', 'kh'],
		['ц', 'ts'],
		['ч', 'ch'],
		['ш', 'sh'],
		['щ', 'shch'],
		['ъ', ''],
		['ь', ''],
		['ю', 'yu'],
		['я', 'ya']
	]
);

/** DuckDB names of one import's table, its per-value views and its staging tables. */
export function importTables(id: string) {
	if (!IMPORT_ID.test(id)) throw new Error(`importTables(): «${id}» is not a valid import id`);
	return {
		table: `imp_${id}`,
		/** `(key, value)` of value column `n` (1-based). */
		view: (n: number) => `imp_${id}__${n}`,
		/** Prefix shared by every view of this import. */
		viewPrefix: `imp_${id}__`,
		raw: `imp_${id}__raw`,
		map: `imp_${id}__map`,
		stage: `imp_${id}__stage`,
		/** Name the UTF-8 text is registered under while DuckDB reads it. */
		file: `import-${id}.csv`
	};
}

/** Columns the imported table adds before the file's own (file columns with these names get « (2)»). */
export const SYSTEM_COLUMNS = ['record_no', 'region_kind', 'key'] as const;
