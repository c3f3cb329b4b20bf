/**
 * Reads a shipped dataset's source CSV from `data/` and validates it against its schema before it is
 * published as a static file: a build never ships a file its own schema rejects.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatasetSpec } from '$lib/data/columns';
import { dataDir } from '$lib/server/duckdb-node';
import { parseCsv } from '$lib/data/validate';

export async function readValidatedDataset(spec: DatasetSpec): Promise<string> {
	const text = await readFile(path.join(dataDir(), spec.file), 'utf8');
	const { issues } = parseCsv(text, spec);
	if (issues.length > 0) {
		const first = issues
			.slice(0, 5)
			.map((i) => JSON.stringify(i))
			.join('\n');
		throw new Error(`${spec.file}: ${issues.length} problem(s) against its schema:\n${first}`);
	}
	return text;
}
