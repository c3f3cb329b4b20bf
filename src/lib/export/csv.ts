/**
 * CSV for people who open it in Excel: UTF-8 with a byte-order mark (otherwise Excel reads Cyrillic as
 * Windows-1252 mojibake), comma-separated, quoted where needed, and with spreadsheet formulas defused.
 *
 * A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is run as a formula by spreadsheet
 * programs (CSV injection, OWASP); such text cells get a leading apostrophe. Numbers are written as plain
 * machine numbers (`-12.5`), which are not text and stay numbers.
 */
export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as a CSV document (with BOM) with the given columns in order.
 * @example toCsv([{ a: 1, b: '=1+1' }], ['a', 'b']) → '\uFEFFa,b\r\n1,\'=1+1\r\n'
 */
export function toCsv<T extends Record<string, unknown>>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c] as CsvCell)).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}

/** A file name safe on every OS, from a title: `Доступ к ЭМК / 2025` → `Доступ-к-ЭМК-2025`. */
export function safeFileName(title: string): string {
	const cleaned = title
		.normalize('NFC')
		// Control characters and bidi overrides are exactly what must not reach a file name.
		// eslint-disable-next-line no-control-regex
		.replace(/[\\/:*?"<>|\u0000-\u001f\u202a-\u202e\u2066-\u2069]+/g, ' ')
		.trim()
		.replace(/\s+/g, '-');
	return cleaned.slice(0, 80) || 'export';
}
