/**
 * Merge contributed evidence (the file the «Предложить сведения» form downloads: CSV or JSON, one or more
 * rows) into `data/`: the access row, its source (reused when the URL is already listed) and a change-log
 * row. Then runs every data check; if any fails, the files are put back as they were and the problems
 * are printed. Nothing is half-merged.
 *
 * Run: npm run add:evidence -- FILE [--data-dir DIR]   (DIR defaults to data/, or $EMR_DATA_DIR)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAll, todayIso } from '../src/lib/server/checks/check-all';
import { formatIssue, hasErrors } from '../src/lib/data/issues';
import { parseCsv } from '../src/lib/data/validate';
import { dataChanges, emrAccess, regions, sources } from '../src/lib/data/schemas/index';
import { NATIONAL_KEY } from '../src/lib/data/schemas/emr-access';
import {
	mergeContributions,
	parseContributions,
	validateContribution,
	type ValidContribution
} from '../src/lib/evidence/contribution';

function fail(message: string): never {
	console.error(`add:evidence: ${message}`);
	process.exit(1);
}

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--data-dir');
const dataDir = path.resolve(
	dirFlag >= 0
		? (args[dirFlag + 1] ?? fail('после --data-dir нужен путь'))
		: (process.env.EMR_DATA_DIR ?? fileURLToPath(new URL('../data/', import.meta.url)))
);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--data-dir');
if (!file) fail('укажите файл со сведениями: npm run add:evidence -- сведения.csv');

const read = (name: string) => readFileSync(path.join(dataDir, name), 'utf8');
const today = todayIso();

let contributions;
try {
	contributions = parseContributions(readFileSync(file, 'utf8'));
} catch (error) {
	fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}

const registry = parseCsv(read(regions.file), regions).rows;
const known = new Set([...registry.map((r) => r.key), NATIONAL_KEY]);
const valid: ValidContribution[] = [];
contributions.forEach((fields, i) => {
	const result = validateContribution(fields, known, today);
	if (!result.ok)
		fail(
			`запись ${i + 1} не прошла проверку:\n` +
				result.problems.map((p) => `  ${p.field}: ${p.message}`).join('\n')
		);
	valid.push(result.value);
});

const before = {
	[emrAccess.file]: read(emrAccess.file),
	[sources.file]: read(sources.file),
	[dataChanges.file]: read(dataChanges.file)
};
const merged = mergeContributions({
	accessCsv: before[emrAccess.file]!,
	sourcesCsv: before[sources.file]!,
	changesCsv: before[dataChanges.file]!,
	contributions: valid,
	today,
	existingSources: parseCsv(before[sources.file]!, sources).rows
});
const after = {
	[emrAccess.file]: merged.accessCsv,
	[sources.file]: merged.sourcesCsv,
	[dataChanges.file]: merged.changesCsv
};

const report = checkAll((name) => after[name] ?? read(name), today);
if (hasErrors(report.issues)) {
	console.error('add:evidence: после слияния данные не проходят проверку; ничего не записано:');
	for (const issue of report.issues.filter((i) => i.severity !== 'warning')) console.error('  ' + formatIssue(issue));
	process.exit(1);
}
for (const [name, text] of Object.entries(after)) writeFileSync(path.join(dataDir, name), text);
console.log(
	`add:evidence: добавлено строк: ${valid.length} (${valid.map((v) => v.access.key).join(', ')}) в ${dataDir}; проверка данных пройдена.`
);
