/**
 * Import Rosstat's «Регионы России. Социально-экономические показатели. 2023» (Excel appendix, as tidy
 * CSVs in `../shared/reference/rosstat/`, see its NOTES.md) into the atlas's data files:
 *
 * - `data/rosstat/internet.csv`: tables 17.7.1 (internet use in the last 12 months), 17.7.2 (daily or
 *   almost daily) and 17.6.2 (households with internet access), % , 2014–2022, one row per subject ×
 *   year × indicator; «…» cells stay rows with an empty value and a note;
 * - `data/regions/population.csv`: table 1.1, population on 1 January 2019–2023 (thousand persons with one
 *   decimal → persons = value × 1000);
 * - `src/lib/server/checks/rosstat-population-totals.ts`: the same table's country row and the Arkhangelsk and
 *   Tyumen rows *with* their okrugs, for the population checks (`checks-population.ts`).
 *
 * Rows are mapped to the registry by subject code (`data/regions/regions.csv`). Arkhangelsk and Tyumen
 * take Rosstat's «… без автономного округа / округов» rows, as everywhere in the atlas (their okrugs have
 * rows and tiles of their own). The four subjects of 2022 have no rows in Rosstat's tables, so none here.
 *
 * Run by hand when the reference changes (the committed files are the source of truth; CI never reads
 * `../shared`): npx tsx scripts/import-rosstat.ts [reference dir]
 * The output is deterministic: a rerun on the same input writes byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = fileURLToPath(new URL('../', import.meta.url));
const refDir = process.argv[2] ?? `${root}../shared/reference/rosstat/`;
const SOURCE_ID = 'rosstat-regions-2023';
const POPULATION_DATES = ['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01'];
const INTERNET_TABLES = [
	{ file: 'ict_17_7_1.csv', indicator: 'internet_use' },
	{ file: 'ict_17_7_2.csv', indicator: 'internet_daily' },
	{ file: 'ict_17_6_2.csv', indicator: 'household_access' }
] as const;
/** Rosstat's rows for the oblasts without their okrugs, by registry key. */
const WITHOUT_OKRUGS: Record<string, string> = {
	'RU-ARK': 'Архангельская область без автономного округа',
	'RU-TYU': 'Тюменская область без автономных округов'
};
/** The oblasts' rows *with* their okrugs, for the nesting check. */
const WITH_OKRUGS: Record<string, string> = {
	'RU-ARK': 'Архангельская область',
	'RU-TYU': 'Тюменская область'
};

type Row = Record<string, string>;

function readCsv(path: string): Row[] {
	const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
	if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0]?.message}`);
	return parsed.data;
}

function fail(message: string): never {
	throw new Error(message);
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function cell(value: string | number | null): string {
	const s = value === null ? '' : String(value);
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function writeCsv(path: string, header: string[], rows: (string | number | null)[][]): void {
	const text = [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
	writeFileSync(path, text);
	console.log(`${path.replace(root, '')}: ${rows.length} rows`);
}

const registry = readCsv(`${root}data/regions/regions.csv`);
const keyByCode = new Map(registry.filter((r) => r.subject_code).map((r) => [r.subject_code as string, r.key as string]));
const order = new Map(registry.map((r, i) => [r.key as string, i]));

/** The registry key of a Rosstat row, or null for rows that are not a registry subject. */
function keyOf(row: Row): string | null {
	for (const [key, name] of Object.entries(WITHOUT_OKRUGS)) if (row.name_clean === name) return key;
	if (row.federal_subject !== 'yes') return null;
	if (Object.values(WITH_OKRUGS).includes(row.name_clean as string)) return null;
	return keyByCode.get(row.subject_code as string) ?? fail(`no registry key for subject code ${row.subject_code} (${row.name_clean})`);
}

/** «…» / «–» cells have no value; anything else must be a number equal to the printed one. */
function valueOf(row: Row, column: string): number | null {
	if (row.flag === 'ellipsis' || row.flag === 'dash' || row.flag === 'empty') return null;
	const value = Number(row[column]);
	if (row[column] === '' || !Number.isFinite(value)) fail(`${row.source_table} ${row.cell}: not a number`);
	if (Number(row.displayed) !== value) fail(`${row.source_table} ${row.cell}: stored ${value} ≠ printed ${row.displayed}`);
	return value;
}

function cellRef(row: Row): string {
	return `${row.source_table}!${row.cell}`;
}

function okrugNote(key: string): string | null {
	return WITHOUT_OKRUGS[key] ? `строка «${WITHOUT_OKRUGS[key]}»` : null;
}

// Internet: one long table.
const internet: { key: string; year: number; indicator: string; value: number | null; cell: string; note: string | null }[] = [];
for (const table of INTERNET_TABLES) {
	const seen = new Set<string>();
	for (const row of readCsv(`${refDir}${table.file}`)) {
		const key = keyOf(row);
		if (!key) continue;
		const year = Number(row.year);
		const id = `${key}|${year}`;
		if (seen.has(id)) fail(`${table.file}: ${id} twice`);
		seen.add(id);
		const value = valueOf(row, 'value_percent');
		if (value !== null && (value < 0 || value > 100)) fail(`${table.file} ${row.cell}: ${value} is not a share`);
		const notes = [okrugNote(key), value === null ? `в источнике «${row.raw}»: данных не имеется` : null];
		internet.push({ key, year, indicator: table.indicator, value, cell: cellRef(row), note: notes.filter(Boolean).join('; ') || null });
	}
	if (seen.size !== 85 * 9) fail(`${table.file}: ${seen.size} subject-years, expected ${85 * 9}`);
}
const indicatorOrder = INTERNET_TABLES.map((t) => t.indicator as string);
internet.sort(
	(a, b) =>
		indicatorOrder.indexOf(a.indicator) - indicatorOrder.indexOf(b.indicator) ||
		a.year - b.year ||
		(order.get(a.key) ?? 0) - (order.get(b.key) ?? 0)
);
mkdirSync(`${root}data/rosstat`, { recursive: true });
writeCsv(
	`${root}data/rosstat/internet.csv`,
	['key', 'year', 'indicator', 'value_percent', 'source_id', 'source_cell', 'note'],
	internet.map((r) => [r.key, r.year, r.indicator, r.value, SOURCE_ID, r.cell, r.note])
);

// Population: thousand persons with one decimal → persons.
/** Thousands with one decimal → whole persons, exactly (no binary noise). */
function persons(thousand: number, row: Row): number {
	const tenths = Math.round(thousand * 10);
	if (Math.abs(tenths - thousand * 10) > 1e-6) fail(`1.1 ${row.cell}: ${thousand} has more than one decimal`);
	return tenths * 100;
}
const population: { key: string; date: string; population: number; note: string }[] = [];
const totals: Record<string, { country: number; withOkrugs: Record<string, number> }> = {};
for (const row of readCsv(`${refDir}population_1_1.csv`)) {
	if (!POPULATION_DATES.includes(row.date as string)) continue;
	const date = row.date as string;
	const value = valueOf(row, 'value_thousand');
	if (value === null) fail(`1.1 ${row.cell}: no value on ${date}`);
	const entry = (totals[date] ??= { country: 0, withOkrugs: {} });
	if (row.row_kind === 'country') entry.country = persons(value, row);
	for (const [key, name] of Object.entries(WITH_OKRUGS))
		if (row.name_clean === name) entry.withOkrugs[key] = persons(value, row);
	const key = keyOf(row);
	if (!key) continue;
	const printed = String(row.displayed).replace('.', ',');
	const note = [`табл. 1.1, ячейка ${row.cell}: ${printed} тыс. чел.`, okrugNote(key)].filter(Boolean).join('; ');
	population.push({ key, date, population: persons(value, row), note });
}
for (const date of POPULATION_DATES) {
	const n = population.filter((p) => p.date === date).length;
	if (n !== 85) fail(`1.1: ${n} subjects on ${date}, expected 85`);
}
population.sort((a, b) => a.date.localeCompare(b.date) || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
writeCsv(
	`${root}data/regions/population.csv`,
	['key', 'date', 'population', 'source_id', 'note'],
	population.map((p) => [p.key, p.date, p.population, SOURCE_ID, p.note])
);

// The same table's totals, for the checks.
const lines = POPULATION_DATES.map((date) => {
	const t = totals[date] ?? fail(`1.1: no totals on ${date}`);
	const nested = Object.entries(t.withOkrugs)
		.map(([k, v]) => `'${k}': ${v}`)
		.join(', ');
	return `\t{ date: '${date}', country: ${t.country}, withOkrugs: { ${nested} } }`;
});
const ts = `/**
 * Rosstat table 1.1 («Регионы России. Социально-экономические показатели. 2023»): the country row and the
 * Arkhangelsk and Tyumen rows *with* their okrugs, in persons (thousands × 1000), per 1 January. The
 * population checks compare the subjects of \`data/regions/population.csv\` (the same table) with them.
 *
 * Generated by \`scripts/import-rosstat.ts\`; do not edit by hand.
 */

export const ROSSTAT_POPULATION_SOURCE_ID = '${SOURCE_ID}';

export interface RosstatPopulationTotal {
	date: string;
	country: number;
	/** Oblast with its okrugs, by the registry key of the oblast without them. */
	withOkrugs: Readonly<Record<string, number>>;
}

export const ROSSTAT_POPULATION_TOTALS: readonly RosstatPopulationTotal[] = [
${lines.join(',\n')}
];
`;
writeFileSync(`${root}src/lib/server/checks/rosstat-population-totals.ts`, ts);
console.log('src/lib/server/checks/rosstat-population-totals.ts: totals for', POPULATION_DATES.join(', '));
