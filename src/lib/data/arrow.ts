/**
 * Arrow → plain rows, in one place, for the browser and Node alike.
 *
 * DuckDB hands back BIGINT and HUGEINT as `bigint`, DATE as milliseconds, DECIMAL as scaled integers and
 * lists as Arrow vectors. Components want plain JSON-like values, so: safe bigints become numbers, dates
 * become ISO `YYYY-MM-DD` strings (dates here are calendar days with no time zone), lists become arrays.
 */
import { DataType, type Field, type Table } from 'apache-arrow';

export type Cell = string | number | boolean | null | Cell[] | { [key: string]: Cell };
export type Row = Record<string, Cell>;

export interface ColumnInfo {
	name: string;
	type: string;
}

function toNumber(value: bigint): number | string {
	const n = Number(value);
	// Beyond 2^53 a number would silently lose digits; keep the exact digits as text instead.
	return Number.isSafeInteger(n) ? n : value.toString();
}

function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function convert(value: unknown, field: Field): Cell {
	if (value === null || value === undefined) return null;
	const type = field.type;
	if (DataType.isDate(type)) {
		return isoDay(value instanceof Date ? value.getTime() : Number(value));
	}
	if (DataType.isTimestamp(type)) {
		return new Date(Number(value)).toISOString();
	}
	if (DataType.isDecimal(type)) {
		// Arrow gives a decimal as an unscaled integer; scale it back.
		const scale = (type as unknown as { scale: number }).scale;
		const digits = String(value);
		return scale === 0 ? toNumber(BigInt(digits)) : Number(digits) / 10 ** scale;
	}
	if (typeof value === 'bigint') return toNumber(value);
	if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
		const child = type.children[0] as Field;
		return Array.from(value as Iterable<unknown>, (v) => convert(v, child));
	}
	if (DataType.isStruct(type)) {
		const out: Record<string, Cell> = {};
		const struct = value as Record<string, unknown>;
		for (const child of type.children as Field[]) out[child.name] = convert(struct[child.name], child);
		return out;
	}
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
	return String(value);
}

/** Column names and DuckDB-side Arrow types of a result, in order. */
export function columnsOf(table: Table): ColumnInfo[] {
	return table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
}

/** Every row of `table` as a plain object keyed by column name. */
export function arrowToRows(table: Table): Row[] {
	const fields = table.schema.fields;
	const columns = fields.map((f) => table.getChild(f.name));
	const rows: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (let c = 0; c < fields.length; c++) {
			const field = fields[c] as Field;
			row[field.name] = convert(columns[c]?.get(i), field);
		}
		rows[i] = row;
	}
	return rows;
}
