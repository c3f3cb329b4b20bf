/**
 * Named kinds of data problems. A bad value never turns silently into NaN, undefined or a guess: it
 * becomes an `Issue` that the check script prints and the import UI can list.
 */

export const ISSUE_KINDS = {
	missing_column: 'В файле нет обязательного столбца',
	extra_column: 'В файле лишний столбец',
	column_order: 'Столбцы идут не в том порядке',
	malformed_row: 'Строка CSV не разбирается (кавычки, число полей)',
	empty_required: 'Пустое значение там, где оно обязательно',
	not_a_number: 'Не число',
	out_of_range: 'Число вне допустимого диапазона',
	bad_date: 'Неверная дата',
	unknown_value: 'Значение не из списка допустимых',
	bad_value: 'Значение не подходит по формату',
	duplicate_key: 'Повторяющийся ключ',
	unknown_region: 'Неизвестный ключ региона',
	missing_source: 'Ссылка на несуществующий источник',
	unused_source: 'На источник не ссылается ни одна строка',
	bad_share: 'Доля вне 0–100 %',
	inconsistent: 'Значения противоречат друг другу',
	double_count: 'Двойной счёт вложенных субъектов',
	population_total: 'Сумма населения расходится с итогом по стране'
} as const;

export type IssueKind = keyof typeof ISSUE_KINDS;

/** One problem found in one place. `line` is the 1-based line in the file (header = line 1). */
export interface Issue {
	kind: IssueKind;
	message: string;
	file?: string;
	line?: number;
	column?: string;
	value?: string;
	/** `warning` issues are reported but do not fail the check. Default: `error`. */
	severity?: 'error' | 'warning';
}

/** "regions.csv:12 population «abc»: Не число — …" */
export function formatIssue(issue: Issue): string {
	const where = [issue.file, issue.line].filter((x) => x !== undefined).join(':');
	const col = issue.column ? ` ${issue.column}` : '';
	const val = issue.value !== undefined ? ` «${issue.value}»` : '';
	const tag = issue.severity === 'warning' ? '[предупреждение] ' : '';
	return `${tag}${where}${col}${val}: ${ISSUE_KINDS[issue.kind]} — ${issue.message}`;
}

/** True if any issue is an error (warnings alone pass). */
export function hasErrors(issues: readonly Issue[]): boolean {
	return issues.some((i) => i.severity !== 'warning');
}
