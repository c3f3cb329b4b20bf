/**
 * Parse a CSV text against a dataset spec: typed rows plus a list of named issues.
 * Shared by `scripts/check-data.ts`, the data build and the browser import.
 *
 * Line numbers assume no quoted cell spans several lines (true of every shipped file); with
 * multi-line cells they count records, not physical lines.
 */
import Papa from 'papaparse';
import type { z } from './zod';
import type { AnyDatasetSpec, ColumnSpec, Columns, DatasetSpec, RowOf } from './columns';
import type { Issue, IssueKind } from './issues';

export interface Parsed<C extends Columns> {
	rows: RowOf<C>[];
	/** Line of each parsed row in the file, parallel to `rows`. */
	lines: number[];
	issues: Issue[];
}

/**
 * The issue that explains a failed cell. Nullable columns are a union of `''` and the real parser;
 * the `''` branch's complaint is noise, so the real parser's issue is taken.
 */
function explain(issue: z.core.$ZodIssue | undefined): z.core.$ZodIssue | undefined {
	if (issue?.code !== 'invalid_union') return issue;
	const branches = issue.errors.flat();
	const real = branches.find(
		(i) => !(i.code === 'invalid_value' && i.values.length === 1 && i.values[0] === '')
	);
	return explain(real ?? branches[0]);
}

/** Which named kind a failed cell is, from the column's type and the raw text. */
function kindOf(col: ColumnSpec, cell: string, zodIssue: z.core.$ZodIssue | undefined): IssueKind {
	if (cell === '') return 'empty_required';
	if (zodIssue?.code === 'invalid_value') return 'unknown_value';
	if (col.sqlType === 'INTEGER' || col.sqlType === 'BIGINT' || col.sqlType === 'DOUBLE') {
		return zodIssue?.code === 'too_small' || zodIssue?.code === 'too_big'
			? 'out_of_range'
			: 'not_a_number';
	}
	if (col.sqlType === 'DATE') return 'bad_date';
	if (col.sqlType === 'BOOLEAN') return 'unknown_value';
	return 'bad_value';
}

function checkHeader(fields: string[], spec: AnyDatasetSpec, file: string): Issue[] {
	const expected = Object.keys(spec.columns);
	const issues: Issue[] = [];
	for (const c of expected.filter((c) => !fields.includes(c)))
		issues.push({ kind: 'missing_column', file, line: 1, column: c, message: `нужен столбец ${c}` });
	for (const c of fields.filter((c) => !expected.includes(c)))
		issues.push({ kind: 'extra_column', file, line: 1, column: c, message: `столбца ${c} нет в схеме` });
	if (issues.length === 0 && fields.join(',') !== expected.join(','))
		issues.push({
			kind: 'column_order',
			file,
			line: 1,
			message: `ожидался порядок ${expected.join(',')}`
		});
	return issues;
}

/** Key of a row for the primary-key check (`null` printed as empty). */
function keyOf(row: Record<string, unknown>, cols: readonly string[]): string {
	return cols.map((c) => String(row[c] ?? '')).join(' | ');
}

/**
 * Parse `text` (a whole CSV file with a header row) against `spec`.
 * Rows with any bad cell are left out of `rows` and reported in `issues`.
 *
 * @example parseCsv('key,name_ru\nCEN,Центральный\n', spec) → { rows: [...], issues: [] }
 */
export function parseCsv<C extends Columns>(
	text: string,
	spec: DatasetSpec<C>,
	file: string = spec.file
): Parsed<C> {
	const result = Papa.parse<Record<string, string>>(text, {
		header: true,
		dynamicTyping: false,
		skipEmptyLines: true
	});
	const issues: Issue[] = checkHeader(result.meta.fields ?? [], spec, file);
	for (const e of result.errors)
		issues.push({
			kind: 'malformed_row',
			file,
			line: e.row === undefined ? undefined : e.row + 2,
			message: e.message
		});
	const rows: RowOf<C>[] = [];
	const lines: number[] = [];
	const seen = new Map<string, number>();
	result.data.forEach((raw, i) => {
		const line = i + 2;
		const row: Record<string, unknown> = {};
		let ok = true;
		for (const [name, col] of Object.entries(spec.columns)) {
			const cell = raw[name] ?? '';
			const parsed = col.schema.safeParse(cell);
			if (parsed.success) row[name] = parsed.data;
			else {
				ok = false;
				const first = explain(parsed.error.issues[0]);
				issues.push({
					kind: kindOf(col, cell, first),
					file,
					line,
					column: name,
					value: cell,
					message: first?.message ?? 'неверное значение'
				});
			}
		}
		if (!ok) return;
		if (spec.primaryKey) {
			const k = keyOf(row, spec.primaryKey);
			const prev = seen.get(k);
			if (prev !== undefined) {
				issues.push({
					kind: 'duplicate_key',
					file,
					line,
					column: spec.primaryKey.join('+'),
					value: k,
					message: `уже встречался в строке ${prev}`
				});
				return;
			}
			seen.set(k, line);
		}
		rows.push(row as RowOf<C>);
		lines.push(line);
	});
	return { rows, lines, issues };
}
