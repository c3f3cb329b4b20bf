/**
 * Load a shipped dataset from `data/` through its schema (for tests that must check the real files:
 * schema parsing of every file, and name matching against the real registry).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Columns, DatasetSpec } from '../../src/lib/data/columns';
import { parseCsv } from '../../src/lib/data/validate';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function readData(file: string): string {
	return readFileSync(DATA_DIR + file, 'utf8');
}

export function loadShipped<C extends Columns>(spec: DatasetSpec<C>) {
	return parseCsv(readData(spec.file), spec);
}
