import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/data/connector';
import { loadHomeData, type HomeData } from '../../../src/lib/views/overview/home-data';
import { shippedDb } from '../../util/shipped-db';

let db: Connector;
let home: HomeData;

beforeAll(async () => {
	db = await shippedDb();
	home = await loadHomeData(db);
});

describe('overview queries on the shipped data', () => {
	it('lists every registry subject on the access map, once', () => {
		expect(home.access).toHaveLength(89);
		expect(new Set(home.access.map((r) => r.key)).size).toBe(89);
		expect(home.coverage.subjects).toBe(89);
	});

	it('gives Moscow and St Petersburg full patient access, with the Kommersant article as source', () => {
		for (const key of ['RU-MOW', 'RU-SPE']) {
			const row = home.access.find((r) => r.key === key);
			expect(row?.access_level, key).toBe('full');
			expect(row?.stage, key).toBe(3);
			expect(row?.source_url, key).toMatch(/^https:\/\//);
		}
	});

	it('codes the regions where only doctors see the record as doctors_only (Yakutia, Stavropol, Khabarovsk)', () => {
		for (const key of ['RU-SA', 'RU-STA', 'RU-KHA']) {
			expect(home.access.find((r) => r.key === key)?.access_level, key).toBe('doctors_only');
		}
	});

	it('leaves subjects without evidence as no data, not as a level', () => {
		const kursk = home.access.find((r) => r.key === 'RU-KRS');
		expect(kursk?.access_level).toBeNull();
		expect(kursk?.source_id).toBeNull();
	});

	it('computes users per 100 residents from the 1 Jan 2025 population', () => {
		const byKey = new Map(home.usage.map((u) => [u.key, u]));
		const moscow = byKey.get('RU-MOW');
		expect(moscow?.value).toBe(6_000_000);
		expect(moscow?.metric).toBe('emk_users');
		expect(moscow?.population).toBe(13_258_262);
		expect(moscow?.per_100).toBeCloseTo((6_000_000 / 13_258_262) * 100, 6); // 45.25…
		const spb = byKey.get('RU-SPE');
		expect(spb?.value).toBe(2_250_000);
		expect(spb?.metric).toBe('registered_users');
		expect(spb?.per_100).toBeCloseTo((2_250_000 / 5_645_943) * 100, 6); // 39.85…
		const tula = byKey.get('RU-TUL');
		expect(tula?.value).toBe(500_000);
		expect(tula?.per_100).toBeCloseTo((500_000 / 1_455_911) * 100, 6); // 34.34…
	});

	it('never uses a derived figure for the chart', () => {
		expect(home.usage.find((u) => u.key === 'RU-MOW')?.value).not.toBe(4_000_000);
	});

	it('counts coverage as subjects with an observed patient-access level (promises do not count)', async () => {
		const [check] = await db.rows<{ n: number }>({
			sql: `SELECT count(DISTINCT key) AS n FROM emr_access
				WHERE statement = 'observed' AND access_level <> 'unknown' AND key IN (SELECT key FROM regions)`
		});
		expect(home.coverage.with_access_level).toBe(check?.n);
		expect(home.coverage.with_access_level).toBeGreaterThanOrEqual(8);
	});
});
