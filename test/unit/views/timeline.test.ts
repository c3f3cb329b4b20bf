import { beforeAll, describe, expect, it } from 'vitest';
import { createConnector, type Connector } from '../../../src/lib/data/connector';
import { createNodeEngine } from '../../../src/lib/server/duckdb-node';
import { DERIVED_VIEWS } from '../../../src/lib/data/views';
import {
	accessAtDateQuery,
	accessChangesQuery,
	accessMonthRangeQuery,
	type AccessAtDateRow,
	type AccessChangeRow,
	type MonthRangeRow
} from '../../../src/lib/queries/access-at-date';
import { clampMonth, monthsBetween, stageAt, stageRuns } from '../../../src/routes/timeline/stage-changes';
import { datePosition, rolloutRows } from '../../../src/routes/timeline/rollout-rows';
import { rolloutTimelineOption } from '../../../src/routes/timeline/rollout-timeline-option';
import { loadTimelineData, type TimelineData } from '../../../src/routes/timeline/timeline-data';
import { mapItemsAt, STAGE_FILLS } from '../../../src/routes/timeline/timeline-shape';
import { createText } from '../../../src/lib/i18n/text';
import { shippedDb } from '../../util/shipped-db';

const ru = createText('ru');
let db: Connector;
let timeline: TimelineData;

beforeAll(async () => {
	db = await shippedDb();
	timeline = await loadTimelineData(db);
});

/** A tiny database with the real `v_access_stage` view over hand-written rows. */
async function syntheticDb(
	access: [key: string, asOf: string | null, service: string, level: string, statement?: string][]
): Promise<Connector> {
	const conn = createConnector(await createNodeEngine());
	await conn.rows({ sql: `CREATE TABLE regions (key VARCHAR, name_short_ru VARCHAR, name_en VARCHAR, abbr_ru VARCHAR, abbr_en VARCHAR)` });
	await conn.rows({ sql: `INSERT INTO regions VALUES ('RU-AAA', 'Аобласть', 'A Oblast', 'ААА', 'AAA'), ('RU-BBB', 'Бобласть', 'B Oblast', 'БББ', 'BBB')` });
	await conn.rows({ sql: `CREATE TABLE sources (id VARCHAR, publisher VARCHAR, published VARCHAR)` });
	await conn.rows({ sql: `INSERT INTO sources VALUES ('s1', 'Газета', '2024-01-01')` });
	await conn.rows({
		sql: `CREATE TABLE emr_access (key VARCHAR, observed_on VARCHAR, statement VARCHAR, service_name VARCHAR, access_level VARCHAR, source_id VARCHAR)`
	});
	for (const [key, asOf, service, level, statement = 'observed'] of access) {
		await conn.rows({
			sql: 'INSERT INTO emr_access VALUES (?, ?, ?, ?, ?, ?)',
			params: [key, asOf, statement, service, level, 's1']
		});
	}
	const stageView = DERIVED_VIEWS.find((v) => v.name === 'v_access_stage');
	await conn.rows({ sql: `CREATE VIEW v_access_stage AS ${stageView?.sql}` });
	return conn;
}

describe('stage at a date', () => {
	it('shows a region that went doctors_only → full at each stage at the right months', async () => {
		const conn = await syntheticDb([
			['RU-AAA', '2021-03-15', 'МИС', 'doctors_only'],
			['RU-AAA', '2023', 'Портал', 'full'],
			['RU-AAA', null, 'Старый сайт', 'partial'], // undated: never on the map at a date
			['RU-BBB', '2022-06', 'Портал', 'unknown'] // no stage: «нет данных»
		]);
		const at = async (month: string) =>
			(await conn.rows<AccessAtDateRow>(accessAtDateQuery({ month }))).map((r) => [r.key, r.access_level]);
		expect(await at('2021-02')).toEqual([['RU-AAA', null], ['RU-BBB', null]]);
		expect(await at('2021-03')).toEqual([['RU-AAA', 'doctors_only'], ['RU-BBB', null]]);
		expect(await at('2022-12')).toEqual([['RU-AAA', 'doctors_only'], ['RU-BBB', null]]);
		expect(await at('2023-01')).toEqual([['RU-AAA', 'full'], ['RU-BBB', null]]);

		const changes = await conn.rows<AccessChangeRow>(accessChangesQuery());
		expect(changes.map((c) => [c.key, c.from_month, c.access_level])).toEqual([
			['RU-AAA', '2021-03', 'doctors_only'],
			['RU-AAA', '2023-01', 'full']
		]);
		expect(stageAt(changes, 'RU-AAA', '2021-02')).toBeNull();
		expect(stageAt(changes, 'RU-AAA', '2022-12')?.access_level).toBe('doctors_only');
		expect(stageAt(changes, 'RU-AAA', '2024-05')?.access_level).toBe('full');
	});

	it('lets a later observation of the same service replace an earlier one, even a lower one', async () => {
		const conn = await syntheticDb([
			['RU-AAA', '2020-01', 'Портал', 'partial'],
			['RU-AAA', '2022-01', 'Портал', 'none']
		]);
		const changes = await conn.rows<AccessChangeRow>(accessChangesQuery());
		expect(changes.map((c) => [c.from_month, c.stage])).toEqual([['2020-01', 2], ['2022-01', 0]]);
	});

	it('never lets an announced, planned or required row set a stage, even one written with a level', async () => {
		const conn = await syntheticDb([
			['RU-AAA', '2021-01', 'Портал', 'doctors_only'],
			['RU-AAA', '2022-01', 'Портал', 'full', 'planned'],
			['RU-BBB', '2022-01', 'Госуслуги', 'partial', 'announced'],
			['RU-BBB', '2022-02', 'МИС', 'partial', 'required']
		]);
		const at = async (month: string) =>
			(await conn.rows<AccessAtDateRow>(accessAtDateQuery({ month }))).map((r) => [r.key, r.access_level]);
		expect(await at('2023-01')).toEqual([['RU-AAA', 'doctors_only'], ['RU-BBB', null]]);
		const changes = await conn.rows<AccessChangeRow>(accessChangesQuery());
		expect(changes.map((c) => [c.key, c.access_level])).toEqual([['RU-AAA', 'doctors_only']]);
	});

	it('on the shipped data: Moscow partial from 2020, full from August 2025', () => {
		const moscow = timeline.changes.filter((c) => c.key === 'RU-MOW');
		expect(moscow.map((c) => [c.from_month, c.access_level])).toEqual([
			['2020-01', 'partial'],
			['2025-08', 'full'],
			['2025-09', 'full'] // a newer source (Москва 24), same stage
		]);
		expect(stageAt(timeline.changes, 'RU-MOW', '2019-12')).toBeNull();
		expect(stageAt(timeline.changes, 'RU-MOW', '2025-07')?.access_level).toBe('partial');
		// The last coloured change: Moscow's newer source of September 2025 (Nizhny Novgorod's announced
		// 1 December 2025 no longer counts).
		expect(timeline.range).toEqual({ first: '2019-01', last: '2025-09' });
		// Staged but undated only: the Jewish AO and Kaluga (Bashkortostan's undated row is now a plan).
		expect(timeline.undatedOnly).toBe(2);
	});

	it('gives, month by month, the same answer from the change rows as the direct query', async () => {
		const [range] = await db.rows<MonthRangeRow>(accessMonthRangeQuery());
		const months = monthsBetween(range?.first as string, range?.last as string);
		expect(months).toHaveLength(81);
		for (const month of months.filter((_, i) => i % 5 === 0 || i === months.length - 1)) {
			const direct = await db.rows<AccessAtDateRow>(accessAtDateQuery({ month }));
			const lookedUp = direct.map((r) => {
				const known = stageAt(timeline.changes, r.key, month);
				return [r.key, known?.stage ?? null, known?.observed_on ?? null];
			});
			expect(lookedUp, month).toEqual(direct.map((r) => [r.key, r.stage, r.observed_on]));
		}
	});

	it.each([
		[null, '2025-12'],
		['2022-03', '2022-03'],
		['2022-03-14', '2022-03'],
		['2010-01', '2019-01'],
		['2030-01', '2025-12'],
		['garbage', '2025-12']
	])('clamps the URL date %s to %s', (value, expected) => {
		expect(clampMonth(value, { first: '2019-01', last: '2025-12' })).toBe(expected);
	});
});

describe('map at a date', () => {
	it('colours by the stage known then and hatches the rest', () => {
		const items = mapItemsAt({ regions: timeline.regions, changes: timeline.changes, month: '2019-06', text: ru });
		expect(items).toHaveLength(89);
		const fill = (key: string) => items.find((i) => i.key === key)?.fill;
		expect(fill('RU-PRI')).toBe(STAGE_FILLS[0]);
		expect(fill('RU-AMU')).toBe(STAGE_FILLS[2]);
		expect(fill('RU-MOW')).toBeNull();
		expect(items.filter((i) => i.fill !== null)).toHaveLength(2);
		const later = mapItemsAt({ regions: timeline.regions, changes: timeline.changes, month: '2025-12', text: ru });
		expect(later.find((i) => i.key === 'RU-MOW')?.fill).toBe(STAGE_FILLS[3]);
		expect(later.find((i) => i.key === 'RU-MOW')?.tooltip.lines.join(' ')).toMatch(/Москва 24/);
	});
});

describe('rollout strips', () => {
	it('turns changes into runs of equal stage and keeps every observation as a mark', () => {
		const rows = rolloutRows({ changes: timeline.changes, observations: timeline.observations, last: '2025-12', text: ru });
		// 13 subjects with a dated observed stage: no Nizhny Novgorod or Voronezh (their rows are promises).
		expect(rows).toHaveLength(11);
		expect(rows.map((r) => r.key)).not.toContain('RU-NIZ');
		expect(rows.map((r) => r.key)).not.toContain('RU-VOR');
		const moscow = rows.find((r) => r.key === 'RU-MOW');
		expect(moscow?.runs.map((r) => [r.stage, r.to - r.from])).toEqual([
			[2, 67], // Jan 2020 … Jul 2025
			[3, 5] // Aug … Dec 2025
		]);
		expect(moscow?.marks).toHaveLength(4); // 2020, 14 Jan 2020, Aug 2025, Sep 2025
		expect(moscow?.runs[1]?.tooltip[0]).toBe('полный доступ');
		// Most open now first: Moscow and St Petersburg (full), the earlier one first.
		expect(rows.slice(0, 2).map((r) => r.key)).toEqual(['RU-MOW', 'RU-SPE']);
		expect(stageRuns(timeline.changes, '2025-12').get('RU-MOW')).toHaveLength(2);
	});

	it('places partial dates at the start of their period', () => {
		expect(datePosition('2020')).toBe(2020 * 12);
		expect(datePosition('2020-03')).toBe(2020 * 12 + 2);
		expect(datePosition('2025-08-20')).toBeCloseTo(2025 * 12 + 7 + 19 / 31, 6);
	});

	it('builds hatched gaps, one stacked series per run and a mark series', () => {
		const rows = rolloutRows({ changes: timeline.changes, observations: timeline.observations, last: '2025-12', text: ru });
		const option = rolloutTimelineOption({
			rows,
			start: 2019 * 12,
			end: 2025 * 12 + 12,
			stageFills: STAGE_FILLS,
			noDataTooltip: 'нет',
			description: 'd'
		}) as { series: { type: string; data: { value: number | number[]; itemStyle?: { color?: string; decal?: unknown } }[] }[] };
		expect(option.series.map((s) => s.type)).toEqual(['bar', 'bar', 'bar', 'scatter']);
		expect(option.series[0]?.data[0]?.itemStyle?.decal).toBeDefined();
		expect(option.series[1]?.data[0]?.itemStyle?.color).toBe(STAGE_FILLS[2]); // Moscow's first run: partial
		expect(option.series[3]?.data).toHaveLength(timeline.observations.length);
	});
});
