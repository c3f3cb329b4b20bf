/**
 * Column definitions: the single description of a dataset's columns.
 *
 * One `ColumnSpec` gives, for one column, the DuckDB type used when the CSV is loaded, the zod schema that
 * parses the CSV's text cell into a typed value (at build time and on import), and its meaning in Russian
 * and English (shown on the data page). Row types are inferred from these, never written by hand.
 *
 * CSV cells are always strings; an empty cell means "unknown" and parses to `null` in nullable columns.
 */
import { z } from './zod';

export type SqlType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface Described {
	ru: string;
	en: string;
}

export interface ColumnSpec<T = unknown> {
	sqlType: SqlType;
	/** Parses one CSV cell (a string) into the column's value. */
	schema: z.ZodType<T, string>;
	description: Described;
	nullable: boolean;
}

interface Options<N extends boolean = false> {
	/** Empty cells allowed (they mean "unknown"). Default false. */
	nullable?: N;
	description: Described;
}

type Maybe<T, N extends boolean> = N extends true ? T | null : T;

function column<T, N extends boolean>(
	sqlType: SqlType,
	parse: z.ZodType<T, string>,
	{ nullable, description }: Options<N>
): ColumnSpec<Maybe<T, N>> {
	const schema = nullable ? z.union([z.literal('').transform(() => null), parse]) : parse;
	return {
		sqlType,
		schema: schema as z.ZodType<Maybe<T, N>, string>,
		description,
		nullable: nullable === true
	};
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Free text. `pattern` restricts it (e.g. codes). */
export function text<N extends boolean = false>(options: Options<N> & { pattern?: RegExp }) {
	const base = z.string().min(1, 'пустое значение');
	return column('VARCHAR', options.pattern ? base.regex(options.pattern) : base, options);
}

/** One of a fixed list of values. */
export function oneOf<const V extends readonly [string, ...string[]], N extends boolean = false>(
	values: V,
	options: Options<N>
) {
	return column('VARCHAR', z.enum(values), options);
}

/** Whole number written without separators; `min`/`max` bound it. */
export function int<N extends boolean = false>(
	options: Options<N> & { min?: number; max?: number; big?: boolean }
) {
	let n = z.coerce.number<string>().int();
	if (options.min !== undefined) n = n.min(options.min);
	if (options.max !== undefined) n = n.max(options.max);
	const parse = z.string().regex(INTEGER, 'не целое число').pipe(n);
	return column(options.big ? 'BIGINT' : 'INTEGER', parse, options);
}

/** Decimal number with a point (source files are machine-formatted, not Russian-formatted). */
export function num<N extends boolean = false>(options: Options<N> & { min?: number; max?: number }) {
	let n = z.coerce.number<string>();
	if (options.min !== undefined) n = n.min(options.min);
	if (options.max !== undefined) n = n.max(options.max);
	return column('DOUBLE', z.string().regex(DECIMAL, 'не число').pipe(n), options);
}

/** Calendar date, YYYY-MM-DD, checked to exist (no 2025-02-30). */
export function date<N extends boolean = false>(options: Options<N>) {
	const parse = z
		.string()
		.regex(ISO_DATE, 'дата не в формате ГГГГ-ММ-ДД')
		.refine((s) => {
			const d = new Date(`${s}T00:00:00Z`);
			return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
		}, 'такой даты нет');
	return column('DATE', parse, options);
}

/** `true` / `false`. */
export function bool<N extends boolean = false>(options: Options<N>) {
	return column(
		'BOOLEAN',
		z.enum(['true', 'false']).transform((s) => s === 'true'),
		options
	);
}

export type Columns = Record<string, ColumnSpec>;

/** The typed row of a dataset, inferred from its columns. */
export type RowOf<C extends Columns> = { [K in keyof C]: z.output<C[K]['schema']> };

export interface DatasetSpec<C extends Columns = Columns> {
	/** DuckDB table name and the stable name used in URLs and downloads. */
	name: string;
	/** Path of the source file under `data/`. */
	file: string;
	description: Described;
	columns: C;
	/** Columns whose combined value must be unique. */
	primaryKey?: (keyof C & string)[];
}

export function defineDataset<C extends Columns>(spec: DatasetSpec<C>): DatasetSpec<C> {
	return spec;
}

/** The zod object schema of a whole row (cells as strings in, typed values out). */
export function rowSchema<C extends Columns>(spec: DatasetSpec<C>) {
	const shape = Object.fromEntries(
		Object.entries(spec.columns).map(([name, col]) => [name, col.schema])
	) as { [K in keyof C]: C[K]['schema'] };
	return z.object(shape).strict();
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The first day a partial date can mean: `2025` → `2025-01-01`, `2025-08` → `2025-08-01`. */
export function partialDateStart(partial: string): string {
	const [y, m = '01', d = '01'] = partial.split('-');
	return `${y}-${m}-${d}`;
}

/**
 * A date known only to the year, month or day: `2025`, `2025-08` or `2025-08-20` (kept as text, so
 * the precision the source gave survives; no day is invented). Checked to exist (no `2025-13`).
 */
export function partialDate<N extends boolean = false>(options: Options<N>) {
	const parse = z
		.string()
		.regex(PARTIAL_DATE, 'дата не в формате ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД')
		.refine((s) => {
			const iso = partialDateStart(s);
			const t = new Date(`${iso}T00:00:00Z`);
			return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso;
		}, 'такой даты нет');
	return column('VARCHAR', parse, options);
}

/**
 * A `;`-separated list whose items all come from `values` (e.g. `results;images`), kept as text in
 * DuckDB (split it with `string_split`). Repeated or empty items are rejected.
 */
export function listOf<const V extends readonly [string, ...string[]], N extends boolean = false>(
	values: V,
	options: Options<N>
) {
	const allowed = new Set<string>(values);
	const parse = z.string().superRefine((s, ctx) => {
		const items = s.split(';');
		const bad = items.filter((i) => !allowed.has(i));
		if (bad.length > 0)
			ctx.addIssue({ code: 'custom', message: `неизвестные значения: ${bad.join(', ')}` });
		if (new Set(items).size !== items.length)
			ctx.addIssue({ code: 'custom', message: 'значение повторяется' });
	});
	return column('VARCHAR', parse, options);
}

/**
 * Any dataset spec, for lists of datasets of different shapes (`DatasetSpec<C>` is invariant in `C`
 * because `primaryKey` uses `keyof C`, so `DatasetSpec<A>[]` cannot hold a `DatasetSpec<B>`).
 */
export type AnyDatasetSpec = Omit<DatasetSpec, 'primaryKey'> & { primaryKey?: string[] };
