/**
 * Test helper: run a fixture through the same steps as the /import page (sniff → recipe → raw load →
 * region resolution → problems), against a real Node DuckDB with the shipped registry loaded.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createNodeEngine, dataDir } from '../../../src/lib/server/duckdb-node';
import type { Engine } from '../../../src/lib/data/engine';
import { loadDatasets } from '../../../src/lib/data/load-datasets';
import { aliases, datasets, federalDistricts, regions } from '../../../src/lib/data/schemas/index';
import { columnNames, sampleTable, sniffLayout } from '../../../src/lib/import/sniff';
import { assertReadable, NewlineNormalizer, scanShape } from '../../../src/lib/import/shape-scan';
import { detectNumberFormat } from '../../../src/lib/import/numbers';
import { DEFAULT_MISSING_MARKERS } from '../../../src/lib/import/markers';
import {
	createRegionMatcher,
	matchInMode,
	type RegionFix,
	type RegionMatcher,
	type RegionMode
} from '../../../src/lib/import/region-matching';
import { loadRaw } from '../../../src/lib/import/staging';
import { checkImport } from '../../../src/lib/import/check';
import { SYSTEM_COLUMNS, type Aggregate, type ImportRecipe } from '../../../src/lib/import/recipe';
import { loadShipped } from '../../util/shipped';

export async function engineWithRegistry(): Promise<Engine> {
	const engine = await createNodeEngine();
	await loadDatasets({
		engine,
		datasets,
		readFile: async (spec) => new Uint8Array(await readFile(path.join(dataDir(), spec.file)))
	});
	return engine;
}

export function registryMatcher(): RegionMatcher {
	return createRegionMatcher({
		regions: loadShipped(regions).rows,
		aliases: loadShipped(aliases).rows,
		districts: loadShipped(federalDistricts).rows
	});
}

export interface StageOptions {
	id: string;
	text: string;
	regionColumn: number;
	valueColumns: number[];
	regionMode?: RegionMode;
	aggregate?: Aggregate;
	fixes?: Record<string, RegionFix>;
}

/** Sniff `text`, build its recipe, stage and check it (as the page does); returns the check's result. */
export async function stage(engine: Engine, matcher: RegionMatcher, o: StageOptions) {
	const layout = sniffLayout(o.text);
	const sample = sampleTable(o.text, layout);
	const format = detectNumberFormat(sample.rows.flatMap((r) => o.valueColumns.map((i) => r[i] ?? '')), layout.delimiter);
	const columns = columnNames(sample.header, sample.columnCount, (n) => `Column ${n}`, SYSTEM_COLUMNS);
	const recipe: ImportRecipe = {
		version: 1,
		id: o.id,
		title: o.id,
		fileName: `${o.id}.csv`,
		fileSize: o.text.length,
		storedSize: 0,
		importedAt: '2025-01-01T00:00:00.000Z',
		read: { encoding: 'utf-8', delimiter: layout.delimiter, headerLine: layout.headerLine, hasHeader: layout.hasHeader, columnCount: sample.columnCount, padShort: false },
		parse: { decimal: format.decimal, thousands: format.thousands, markers: [...DEFAULT_MISSING_MARKERS] },
		columns,
		regionColumn: o.regionColumn,
		regionMode: o.regionMode ?? 'name',
		values: o.valueColumns.map((index) => ({ index, label: columns[index] as string, unit: '', date: '' })),
		aggregate: o.aggregate ?? 'none',
		resolutions: [],
		rowCount: 0,
		regionCount: 0
	};
	// As the worker does: read the records of the whole text, refuse what cannot be a table, pad short rows.
	const shape = scanShape(o.text, { delimiter: layout.delimiter, skip: layout.headerLine, hasHeader: layout.hasHeader, columns: sample.columnCount });
	assertReadable(shape, sample.columnCount);
	recipe.read.padShort = shape.shortCount > 0;
	let text = o.text;
	if (shape.mixedNewlines) {
		const n = new NewlineNormalizer();
		text = n.push(text) + n.end();
	}
	const bytes = new TextEncoder().encode(text);
	await loadRaw(engine, { id: o.id, text: bytes, read: recipe.read });
	return checkImport({
		engine,
		match: async (values, mode) => values.map((v) => matchInMode(matcher, v, mode)),
		recipe,
		fixes: o.fixes ?? {},
		lines: { firstDataLine: shape.firstDataLine, blankLines: [], jumps: shape.lineJumps, short: shape.short, shortCount: shape.shortCount, columns: sample.columnCount }
	});
}
