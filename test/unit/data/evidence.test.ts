/**
 * The evidence model: a level rests on a quoted observation, never on a plan, a promise, a decree or a
 * future date; the shipped access table meets it; a promise never changes a colour on the map; and a
 * contributed row round-trips from the form's file into data/ through `add:evidence`'s merge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAll } from '../../../src/lib/server/checks/check-all';
import { checkEvidence, evidenceProblems, quoteWords } from '../../../src/lib/evidence/checks-evidence';
import { openShippedDatabase } from '../../../src/lib/server/duckdb-node';
import type { Connector } from '../../../src/lib/data/connector';
import { datasets, emrAccess, sources } from '../../../src/lib/data/schemas';
import type { EmrAccessRow } from '../../../src/lib/data/schemas/emr-access';
import { accessMapQuery, type AccessMapRow } from '../../../src/lib/queries/access-map';
import { accessLegendClasses, accessMapItems, promisedLegend } from '../../../src/lib/views/overview/home-shape';
import {
	contributionCsv,
	contributionJson,
	emptyContribution,
	mergeContributions,
	parseContributions,
	validateContribution,
	type ContributionFields
} from '../../../src/lib/evidence/contribution';
import { createText } from '../../../src/lib/i18n/text';
import { loadShipped, readData } from '../../util/shipped';

const ru = createText('ru');
const TODAY = '2026-12-05';

const observed: EmrAccessRow = {
	key: 'RU-TUL',
	observed_on: '2025-08-20',
	statement: 'observed',
	service_name: 'Портал',
	channel: 'regional_portal',
	access_level: 'partial',
	promised_level: null,
	features: null,
	launched_year: null,
	quote: 'Пациенты видят медкарту на портале.',
	evidence_ru: 'Пациенты видят медкарту.',
	evidence_en: null,
	source_id: 's1'
};

describe('evidence rules', () => {
	it('accept an observed row with a quote dated on or before its source', () => {
		expect(evidenceProblems(observed, '2025-08-20', TODAY)).toEqual([]);
		expect(evidenceProblems({ ...observed, observed_on: null }, null, TODAY)).toEqual([]);
	});

	it.each([
		['planned', 'partial'],
		['announced', 'full'],
		['required', 'doctors_only']
	] as const)('refuse a level set from a %s row (%s)', (statement, level) => {
		const problems = evidenceProblems({ ...observed, statement, access_level: level }, '2025-08-20', TODAY);
		expect(problems.map(([column]) => column)).toEqual(['access_level']);
		expect(evidenceProblems({ ...observed, statement, access_level: 'unknown', promised_level: level }, null, TODAY)).toEqual([]);
	});

	it('refuse a future date, a date after the source was published, a missing or long quote, a promise on an observation', () => {
		expect(evidenceProblems({ ...observed, observed_on: '2026-12-06' }, null, TODAY)[0]?.[0]).toBe('observed_on');
		expect(evidenceProblems({ ...observed, observed_on: '2025-12-01' }, '2025-11-07', TODAY)[0]?.[2]).toMatch(/позже публикации/);
		expect(evidenceProblems({ ...observed, observed_on: '2025' }, '2025-11', TODAY)).toEqual([]);
		expect(evidenceProblems({ ...observed, quote: ' … ' }, null, TODAY)[0]?.[0]).toBe('quote');
		expect(evidenceProblems({ ...observed, quote: 'слово '.repeat(31) }, null, TODAY)[0]?.[2]).toMatch(/длиннее 30 слов \(31\)/);
		expect(evidenceProblems({ ...observed, promised_level: 'full' }, null, TODAY)[0]?.[0]).toBe('promised_level');
		expect(
			evidenceProblems({ ...observed, statement: 'required', access_level: 'unknown', launched_year: 2022 }, null, TODAY)[0]?.[0]
		).toBe('launched_year');
	});

	it('count words as a reader does', () => {
		expect(quoteWords('«Доступ к картам только у врачей». — 2025')).toBe(7);
		expect(quoteWords('… —')).toBe(0);
	});

	it('hold for every shipped access row: kind of statement, a quote, no level from a plan, no future date', () => {
		const access = loadShipped(emrAccess);
		const src = loadShipped(sources);
		expect(access.issues).toEqual([]);
		expect(checkEvidence({ file: emrAccess.file, ...access }, src.rows, TODAY)).toEqual([]);
		expect(access.rows.every((r) => quoteWords(r.quote) > 0)).toBe(true);
		const fromPromises = access.rows.filter((r) => r.statement !== 'observed' && r.access_level !== 'unknown');
		expect(fromPromises).toEqual([]);
		// The rows the audit found resting on plans, decrees or announcements are promises now.
		const statementOf = (key: string) => access.rows.filter((r) => r.key === key).map((r) => r.statement);
		expect(statementOf('RU-NIZ')).toEqual(['announced']);
		expect(statementOf('RU-VOR')).toEqual(['required']);
		expect(statementOf('RU-BA')).toEqual(['planned']);
		expect(statementOf('RU')).toEqual(['planned']);
		expect(access.rows.find((r) => r.key === 'RU-KEM')?.launched_year).toBeNull();
	});

	it('make check:data fail on a row whose level rests on a plan', () => {
		const planned = readData(emrAccess.file).replace(
			/^RU-BA,,planned,([^,]+),gosuslugi,unknown,partial,/m,
			'RU-BA,,planned,$1,gosuslugi,partial,,'
		);
		expect(planned).not.toBe(readData(emrAccess.file));
		const report = checkAll((file) => (file === emrAccess.file ? planned : readData(file)), TODAY);
		expect(report.issues.filter((i) => i.file === emrAccess.file && i.column === 'access_level')).toHaveLength(1);
	});
});

describe('a promise never changes a colour', () => {
	let db: Connector;
	let before: AccessMapRow[];

	beforeAll(async () => {
		// A database of its own: this test adds rows that the shipped data would refuse.
		db = await openShippedDatabase(datasets);
		before = await db.rows<AccessMapRow>(accessMapQuery());
	});

	it('keeps every region’s level when a planned «full» row is added for every subject', async () => {
		await db.rows({
			sql: `INSERT INTO emr_access
				SELECT key, '2026-01', 'planned', 'Обещанный портал', 'regional_portal', 'full', 'full', NULL, NULL,
					'будет', 'план', NULL, 'kommersant-2025-08-20'
				FROM regions`
		});
		const after = await db.rows<AccessMapRow>(accessMapQuery());
		expect(after.map((r) => [r.key, r.access_level, r.stage])).toEqual(before.map((r) => [r.key, r.access_level, r.stage]));
		expect(after.every((r) => r.promised_statement === 'planned')).toBe(true);
		const items = accessMapItems(after, [], ru);
		const beforeItems = accessMapItems(before, [], ru);
		expect(items.map((i) => i.fill)).toEqual(beforeItems.map((i) => i.fill));
		expect(items.every((i) => i.promised)).toBe(true);
		expect(accessLegendClasses(after, ru)).toEqual(accessLegendClasses(before, ru));
		expect(promisedLegend(after, ru).count).toBe(89);
	});

	it('shows the shipped promises as words and a ring: Nizhny Novgorod, Voronezh, Bashkortostan', () => {
		const items = accessMapItems(before, [], ru);
		for (const key of ['RU-NIZ', 'RU-VOR', 'RU-BA']) {
			const item = items.find((i) => i.key === key);
			expect(item?.fill, key).toBeNull();
			expect(item?.promised, key).toBe(true);
			expect(item?.tooltip.lines.join('\n'), key).toMatch(/^Обещано: .+не окрашено$/m);
		}
		const bashkortostan = items.find((i) => i.key === 'RU-BA');
		expect(bashkortostan?.tooltip.lines).toContain('Обещано: частичный доступ (запланировано, без даты) — не окрашено');
		const chukotka = items.find((i) => i.key === 'RU-CHU');
		expect(chukotka?.promised).toBe(false);
		expect(chukotka?.tooltip.lines).toEqual([
			'нет данных',
			'В собранных источниках нет публичных сообщений о доступе пациентов к ЭМК (просмотрены 05.12.2026)',
			'Знаете источник? «Предложить сведения» — на странице региона'
		]);
		expect(before.filter((r) => r.stage !== null)).toHaveLength(13);
	});
});

describe('a contributed row', () => {
	const known = new Set(['RU-CHU', 'RU']);
	const filled = (over: Partial<ContributionFields> = {}): ContributionFields => ({
		...emptyContribution('RU-CHU'),
		service_name: 'Портал «Здоровье Чукотки»',
		channel: 'regional_portal',
		statement: 'observed',
		access_level: 'partial',
		observed_on: '2026-03-01',
		features: 'results',
		quote: 'Результаты анализов доступны в личном кабинете портала.',
		evidence_ru: 'Пациенты видят результаты анализов на портале.',
		source_url: 'https://example.org/news/1',
		source_publisher: 'Пример',
		source_title: 'Новость',
		source_published: '2026-03-01',
		...over
	});

	it('is checked with the data’s own schemas and rules, with a Russian message per field', () => {
		expect(validateContribution(filled(), known, TODAY).ok).toBe(true);
		const bad = validateContribution(
			filled({ statement: 'planned', observed_on: '2027-01', quote: '', source_url: 'ftp://x', key: 'RU-XXX' }),
			known,
			TODAY
		);
		expect(bad.ok).toBe(false);
		expect(bad.problems.map((p) => p.field).sort()).toEqual(['key', 'quote', 'source_url']);
		const plan = validateContribution(filled({ statement: 'planned' }), known, TODAY);
		expect(plan.problems.map((p) => p.field)).toEqual(['access_level']);
		const future = validateContribution(filled({ observed_on: '2027-01' }), known, TODAY);
		expect(future.problems[0]?.message).toMatch(/в будущем/);
	});

	it('round-trips through CSV and JSON and merges into access, sources and the change log', () => {
		const fields = filled({ evidence_ru: 'Текст, с запятой и "кавычками"' });
		expect(parseContributions(contributionCsv(fields))).toEqual([fields]);
		expect(parseContributions(contributionJson(fields))).toEqual([fields]);
		expect(() => parseContributions('a,b\n1,2\n')).toThrow(/нет полей/);

		const result = validateContribution(fields, known, TODAY);
		if (!result.ok) throw new Error('expected a valid contribution');
		const existing = loadShipped(sources).rows;
		const merged = mergeContributions({
			accessCsv: readData(emrAccess.file),
			sourcesCsv: readData(sources.file),
			changesCsv: readData('changes/changes.csv'),
			contributions: [result.value],
			today: TODAY,
			existingSources: existing
		});
		const texts: Record<string, string> = {
			[emrAccess.file]: merged.accessCsv,
			[sources.file]: merged.sourcesCsv,
			'changes/changes.csv': merged.changesCsv
		};
		const report = checkAll((file) => texts[file] ?? readData(file), TODAY);
		expect(report.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
		expect(merged.accessCsv.trim().split('\n').at(-1)).toMatch(/^RU-CHU,2026-03-01,observed,Портал «Здоровье Чукотки»,/);
		expect(merged.sourcesCsv.trim().split('\n').at(-1)).toMatch(/^example-org-2026-03-01,Пример,Новость,https:\/\/example\.org\/news\/1,2026-03-01,2026-12-05,news,/);
		expect(merged.changesCsv.trim().split('\n').at(-1)).toMatch(/^2026-12-05,emr\/access\.csv,RU-CHU,added,colour,/);
		expect(report.coverage['emr/access.csv']).toBe(1 + (checkAll(readData, TODAY).coverage['emr/access.csv'] ?? 0));
	});
});
