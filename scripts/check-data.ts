/**
 * Check every shipped dataset: schema, references, shares, periods, population total, nested
 * subjects. Prints a readable report; exits 1 if any error (warnings alone pass).
 *
 * Run: npx tsx scripts/check-data.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../src/lib/server/checks/check-all';
import { POPULATION_TOTALS } from '../src/lib/server/checks/checks-population';
import { ROSSTAT_TOTAL_2025 } from '../src/lib/server/checks/checks-regions';
import { formatIssue, hasErrors, type Issue } from '../src/lib/data/issues';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const report = checkAll((file) => readFileSync(dataDir + file, 'utf8'));

const byFile = new Map<string, Issue[]>();
for (const i of report.issues) {
	const k = i.file ?? '(общие)';
	byFile.set(k, [...(byFile.get(k) ?? []), i]);
}

console.log('Проверка данных (data/)\n');
for (const [file, n] of Object.entries(report.rowCounts)) {
	const list = byFile.get(file) ?? [];
	const errors = list.filter((i) => i.severity !== 'warning').length;
	const mark = errors ? '✗' : '✓';
	console.log(`${mark} ${file}: ${n} строк, ошибок ${errors}, предупреждений ${list.length - errors}`);
	for (const i of list.slice(0, 50)) console.log('    ' + formatIssue(i));
	if (list.length > 50) console.log(`    … и ещё ${list.length - 50}`);
}

const p = report.population;
const fmt = (n: number) => n.toLocaleString('ru-RU');
console.log(`\nНаселение на ${ROSSTAT_TOTAL_2025.date}:`);
console.log(`  сумма по субъектам, которые учитывает Росстат: ${fmt(p.sum)}`);
console.log(`  итог Росстата: ${fmt(ROSSTAT_TOTAL_2025.total)}; разница ${fmt(p.difference)} (${(p.share * 100).toFixed(3)} %)`);
console.log(`  без численности: ${p.missing.length ? p.missing.join(', ') : 'нет'}`);

for (const d of report.populationByDate) {
	const ref = POPULATION_TOTALS.find((t) => t.date === d.date);
	console.log(`\nНаселение на ${d.date} (regions/population.csv): ${d.subjects} субъектов`);
	console.log(`  сумма: ${fmt(d.sum)}`);
	if (d.total !== null && d.difference !== null && d.share !== null)
		console.log(
			`  итог Росстата: ${fmt(d.total)} (${ref?.note ?? ''}); разница ${fmt(d.difference)} (${(d.share * 100).toFixed(3)} %)`
		);
	else console.log('  итога Росстата с источником нет');
	console.log(`  без численности: ${d.missing.length ? d.missing.join(', ') : 'нет'}`);
}

console.log(`\nОхват (субъектов из ${report.regionCount}):`);
for (const [what, n] of Object.entries(report.coverage)) console.log(`  ${what}: ${n}`);

const failed = hasErrors(report.issues);
console.log(failed ? '\nЕсть ошибки.' : '\nОшибок нет.');
process.exit(failed ? 1 : 0);
