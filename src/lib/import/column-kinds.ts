/**
 * What each column of a sample holds, shown in the preview and used to suggest the mapping. Kinds only
 * describe the sample: every column is loaded as text, and only the columns the user marks as values are
 * read as numbers (so a code such as «01» always keeps its leading zero).
 */
import { isMissing } from './markers';
import { parseLocaleNumber, type NumberFormat } from './numbers';

export type ColumnKind = 'empty' | 'number' | 'code' | 'iso' | 'date' | 'text';

const ISO_CODE = /^RU-[A-Z]{2,3}$/i;
const DIGITS = /^\d+$/;
const MOSTLY = 0.9;
const DATE = /^(\d{4}-\d{2}(-\d{2})?|\d{2}\.\d{2}\.\d{4}|\d{4})$/;

/**
 * The kind of one column from its sample cells.
 * Digits with a leading zero («01», «0012») or of OKATO/OKTMO length (8 or 11) are codes, not numbers.
 * A column where at least 90 % of the cells are numbers is a number column.
 *
 * @example detectColumnKind(['01', '77'], fmt, []) → 'code'
 * @example detectColumnKind(['1 234,5', '-', '12'], fmt, ['-']) → 'number'
 */
export function detectColumnKind(
	cells: readonly string[],
	format: NumberFormat,
	markers: readonly string[]
): ColumnKind {
	const present = cells.map((c) => c.trim()).filter((c) => !isMissing(c, markers));
	if (present.length === 0) return 'empty';
	if (present.every((c) => ISO_CODE.test(c))) return 'iso';
	if (present.every((c) => DIGITS.test(c))) {
		const leadingZero = present.some((c) => c.length > 1 && c.startsWith('0'));
		const codeLength = present.every((c) => c.length === 8 || c.length === 11);
		if (leadingZero || codeLength) return 'code';
	}
	const numbers = present.filter((c) => parseLocaleNumber(c, format) !== null);
	// Mostly numbers is a number column: the odd «12,5%» is reported by the full check, not hidden here.
	if (numbers.length >= present.length * MOSTLY) {
		return numbers.every((c) => /^\d{4}$/.test(c) && +c > 1900 && +c < 2100) ? 'date' : 'number';
	}
	if (present.every((c) => DATE.test(c))) return 'date';
	return 'text';
}

/** The cells of column `index` across `rows` (a short row gives an empty cell). */
export function columnCells(rows: readonly (readonly string[])[], index: number): string[] {
	return rows.map((r) => r[index] ?? '');
}

/** Kinds of every column of a sample. */
export function detectColumnKinds(
	rows: readonly (readonly string[])[],
	columnCount: number,
	format: NumberFormat,
	markers: readonly string[]
): ColumnKind[] {
	return Array.from({ length: columnCount }, (_, i) => detectColumnKind(columnCells(rows, i), format, markers));
}
