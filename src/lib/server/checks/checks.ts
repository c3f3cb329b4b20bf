/**
 * Cross-row and cross-file checks on parsed datasets: references resolve, keys are unique, shares
 * stay within 0–100 %, periods run forwards, derived values carry a formula. Pure functions over
 * rows, so tests can feed them small broken tables. Registry-level checks (population total,
 * nested subjects) are in `checks-regions.ts`.
 */
import type { Issue, IssueKind } from '../../data/issues';

/** Rows of one file with the line each came from (as returned by `parseCsv`). */
export interface Table<R> {
	file: string;
	rows: readonly R[];
	/** Line of each row, parallel to `rows`; missing lines are reported without one. */
	lines?: readonly number[];
}

type Row = Record<string, unknown>;

function at<R>(t: Table<R>, i: number): number | undefined {
	return t.lines?.[i];
}

/**
 * Every non-empty `column` value must be in `known`.
 * @example checkReferences(usage, 'source_id', sourceIds, 'missing_source')
 */
export function checkReferences<R extends Row>(
	table: Table<R>,
	column: keyof R & string,
	known: ReadonlySet<string>,
	kind: IssueKind
): Issue[] {
	const issues: Issue[] = [];
	table.rows.forEach((row, i) => {
		const v = row[column];
		if (v === null || v === undefined || v === '') return;
		if (!known.has(String(v)))
			issues.push({
				kind,
				file: table.file,
				line: at(table, i),
				column,
				value: String(v),
				message: `нет такого значения в справочнике (${column})`
			});
	});
	return issues;
}

/** The non-empty values of `column` must be unique (e.g. tile labels, ISO codes). */
export function checkUnique<R extends Row>(table: Table<R>, column: keyof R & string): Issue[] {
	const seen = new Map<string, number | undefined>();
	const issues: Issue[] = [];
	table.rows.forEach((row, i) => {
		const v = row[column];
		if (v === null || v === undefined || v === '') return;
		const k = String(v);
		if (seen.has(k))
			issues.push({
				kind: 'duplicate_key',
				file: table.file,
				line: at(table, i),
				column,
				value: k,
				message: `значение уже есть${seen.get(k) ? ` в строке ${seen.get(k)}` : ''}`
			});
		else seen.set(k, at(table, i));
	});
	return issues;
}

/** Rows whose `unit` is `percent` (or metric starts with `share_`) must lie within 0–100. */
export function checkShares<R extends { value: number | null; unit: string; metric?: string }>(
	table: Table<R>
): Issue[] {
	const issues: Issue[] = [];
	table.rows.forEach((row, i) => {
		const isShare = row.unit === 'percent' || (row.metric ?? '').startsWith('share_');
		if (!isShare || row.value === null) return;
		const base = { file: table.file, line: at(table, i) };
		if (row.unit !== 'percent')
			issues.push({ ...base, kind: 'inconsistent', column: 'unit', value: row.unit, message: 'доля должна быть в процентах' });
		if (row.value < 0 || row.value > 100)
			issues.push({ ...base, kind: 'bad_share', column: 'value', value: String(row.value), message: 'доля должна быть от 0 до 100' });
	});
	return issues;
}

/** `start` must not come after `end` (ISO strings, possibly partial: '2022' ≤ '2022-09'). */
export function checkPeriods<R extends Row>(
	table: Table<R>,
	start: keyof R & string,
	end: keyof R & string
): Issue[] {
	const issues: Issue[] = [];
	table.rows.forEach((row, i) => {
		const s = row[start];
		const e = row[end];
		if (typeof s !== 'string' || typeof e !== 'string' || !s || !e) return;
		if (s.slice(0, e.length) > e)
			issues.push({
				kind: 'inconsistent',
				file: table.file,
				line: at(table, i),
				column: start,
				value: `${s} > ${e}`,
				message: `${start} позже ${end}`
			});
	});
	return issues;
}

/** Usage rows: a derived value has a formula (and only then); a qualifier implies approx; a date has a precision. */
export function checkUsageRows<
	R extends {
		derived: boolean;
		formula: string | null;
		approx: boolean;
		qualifier_ru: string | null;
		period_end: string | null;
		date_precision: string | null;
	}
>(table: Table<R>): Issue[] {
	const issues: Issue[] = [];
	const add = (i: number, column: string, message: string) =>
		issues.push({ kind: 'inconsistent', file: table.file, line: at(table, i), column, message });
	table.rows.forEach((r, i) => {
		if (r.derived && !r.formula) add(i, 'formula', 'у вычисленного значения нет формулы');
		if (!r.derived && r.formula) add(i, 'derived', 'формула есть, но derived=false');
		if (r.qualifier_ru && !r.approx) add(i, 'approx', 'оговорка «' + r.qualifier_ru + '» требует approx=true');
		if ((r.period_end === null) !== (r.date_precision === null))
			add(i, 'date_precision', 'точность даты задаётся вместе с period_end');
		if (r.period_end && r.date_precision === 'month' && !r.period_end.endsWith('-01'))
			add(i, 'period_end', 'для точности month пишется первый день месяца');
		if (r.period_end && r.date_precision === 'year' && !r.period_end.endsWith('-01-01'))
			add(i, 'period_end', 'для точности year пишется 1 января');
	});
	return issues;
}

/** An empty `column` must be explained in `note` (e.g. Moscow's missing subsidy). */
export function checkEmptyExplained<R extends Row & { note: string | null }>(
	table: Table<R>,
	column: keyof R & string
): Issue[] {
	const issues: Issue[] = [];
	table.rows.forEach((row, i) => {
		if (row[column] === null && !row.note)
			issues.push({
				kind: 'empty_required',
				file: table.file,
				line: at(table, i),
				column: 'note',
				message: `пустое ${column} должно быть объяснено в note`
			});
	});
	return issues;
}
