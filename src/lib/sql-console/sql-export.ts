/**
 * Downloads of a console result: CSV (UTF-8 with BOM, so Excel reads Cyrillic; RFC 4180 quoting; text cells
 * that start with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so a spreadsheet never runs them as a
 * formula) and Arrow IPC (the result as DuckDB gave it, column types included). Parquet would need a
 * DuckDB extension that cannot be loaded offline.
 *
 * CSV is built in slices with a pause between them, so a large result never blocks the page for long.
 */
import { tableToIPC, type Table } from 'apache-arrow';
import { arrowToRows, type Cell } from '$lib/data/arrow';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field. Numbers and booleans are written as they are; text is neutralised and quoted if needed. */
export function csvField(value: Cell): string {
	if (value === null) return '';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	let text = typeof value === 'string' ? value : JSON.stringify(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (no line break). */
export function csvLine(values: readonly Cell[]): string {
	return values.map(csvField).join(',');
}

const BOM = '\ufeff';
const SLICE = 5000;

/** The whole table as CSV text pieces (BOM first), yielding to the page between slices. */
export async function tableToCsvParts(table: Table, pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))): Promise<string[]> {
	const names = table.schema.fields.map((f) => f.name);
	const parts = [BOM + csvLine(names) + '\r\n'];
	for (let at = 0; at < table.numRows; at += SLICE) {
		const rows = arrowToRows(table.slice(at, at + SLICE));
		parts.push(rows.map((r) => csvLine(names.map((n) => r[n] ?? null)) + '\r\n').join(''));
		if (at + SLICE < table.numRows) await pause();
	}
	return parts;
}

/** The table as an Arrow IPC file (`.arrow`). */
export function tableToArrowFile(table: Table): Uint8Array {
	return tableToIPC(table, 'file');
}
