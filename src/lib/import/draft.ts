/**
 * Pure steps between what the worker found and the recipe the user confirms: the settings a sniff
 * suggests, the mapping an analysis suggests, and the recipe assembled from both.
 */
import { DEFAULT_MISSING_MARKERS } from './markers';
import { columnNames } from './sniff';
import { SYSTEM_COLUMNS, type Aggregate, type ImportRecipe, type ValueColumn } from './recipe';
import type { RegionMode } from './region-matching';
import type { AnalyseResult, SampleSettings, SniffResult } from './worker-protocol';

/** Settings as sniffed; the default markers plus any other known marker the sample uses. */
export function settingsFromSniff(sniff: SniffResult): SampleSettings {
	return {
		encoding: sniff.encoding,
		delimiter: sniff.layout.delimiter,
		headerLine: sniff.layout.headerLine,
		hasHeader: sniff.layout.hasHeader,
		decimal: sniff.numberFormat.decimal,
		thousands: sniff.numberFormat.thousands,
		markers: [...new Set([...DEFAULT_MISSING_MARKERS, ...sniff.markersFound])]
	};
}

export interface Mapping {
	regionColumn: number | null;
	regionMode: RegionMode;
	values: ValueColumn[];
	aggregate: Aggregate;
}

/** Column names of an analysis (header cells, or «Столбец N» via `fallback`). */
export function namesOf(analysis: AnalyseResult, fallback: (n: number) => string): string[] {
	return columnNames(analysis.header, analysis.columnCount, fallback, SYSTEM_COLUMNS);
}

/** Column names that say «this is a code or a row number», not a quantity. */
const CODE_NAME = /(^|[^\p{L}])(код|code|окато|октмо|okato|oktmo|инн|огрн|id|№|номер|n|no|nr|index|п\/п)([^\p{L}]|$)|^(№|#)/iu;

/**
 * The mapping an analysis suggests: the guessed region column and mode, and every number column other
 * than the region column and code-like columns («Код ОКАТО», «№») as a value (named after its column,
 * no unit, no date). When the sample repeats region cells (a long table, e.g. one row per facility), rows
 * of a region are summed — shown in the form, and the report says how many regions were combined.
 */
export function suggestMapping(analysis: AnalyseResult, names: readonly string[]): Mapping {
	// A column of numeric codes is only offered (the user confirms it), never picked.
	const regionColumn = analysis.guess && !analysis.guess.confirm ? analysis.guess.column : null;
	const values = analysis.kinds.flatMap((kind, index): ValueColumn[] => {
		const name = names[index] as string;
		const rowNumbers = analysis.rowNumbers?.[index] === true;
		return kind === 'number' && index !== regionColumn && !rowNumbers && !CODE_NAME.test(name) ? [{ index, label: name, unit: '', date: '' }] : [];
	});
	return { regionColumn, regionMode: analysis.guess?.mode ?? 'name', values, aggregate: analysis.regionRepeats ? 'sum' : 'none' };
}

export interface DraftParts {
	id: string;
	title: string;
	file: { name: string; size: number };
	settings: SampleSettings;
	columnCount: number;
	names: string[];
	mapping: Mapping;
	storedSize: number;
}

/** The recipe to stage and, once confirmed, to store. Throws if the mapping is incomplete. */
export function buildRecipe(d: DraftParts): ImportRecipe {
	if (d.mapping.regionColumn === null) throw new Error('buildRecipe(): no region column chosen');
	const { encoding, delimiter, headerLine, hasHeader, decimal, thousands, markers } = d.settings;
	return {
		version: 1,
		id: d.id,
		title: d.title.trim() || d.file.name,
		fileName: d.file.name,
		fileSize: d.file.size,
		storedSize: d.storedSize,
		importedAt: nowIso(),
		read: { encoding, delimiter, headerLine, hasHeader, columnCount: d.columnCount },
		parse: { decimal, thousands, markers: [...markers] },
		columns: [...d.names],
		regionColumn: d.mapping.regionColumn,
		regionMode: d.mapping.regionMode,
		values: d.mapping.values.map((v) => ({ ...v })),
		aggregate: d.mapping.aggregate,
		resolutions: [],
		rowCount: 0,
		regionCount: 0
	};
}

/** The current time as an ISO timestamp (an import's date). */
export function nowIso(): string {
	return new Date().toISOString();
}

/** True if two settings read the file differently (the raw table must be loaded again). */
type ReadPart = Pick<SampleSettings, 'encoding' | 'delimiter' | 'headerLine' | 'hasHeader'>;

export function readChanged(a: ReadPart, b: ReadPart): boolean {
	return a.encoding !== b.encoding || a.delimiter !== b.delimiter || a.headerLine !== b.headerLine || a.hasHeader !== b.hasHeader;
}
