/**
 * Identifier and literal helpers. User values never go into SQL text: they are bound as `?` parameters.
 * These helpers are for the few places where an identifier or a constant must be written into the text
 * (table names from the dataset registry, column lists).
 */

/** Quote an identifier for DuckDB: `my "col"` → `"my ""col"""`. */
export function ident(name: string): string {
	if (name.length === 0) throw new Error('ident(): empty identifier');
	return `"${name.replaceAll('"', '""')}"`;
}

/** Render a string as a SQL string literal: `O'Brien` → `'O''Brien'`. */
export function stringLiteral(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}
