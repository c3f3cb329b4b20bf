import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/data/connector';
import { importedRegionValuesQuery, type ImportedRegionValueRow } from '../../../src/lib/queries/imported-region-values';
import { shippedDb } from '../../util/shipped-db';

let db: Connector;

beforeAll(async () => {
	db = await shippedDb();
	// Two metric views shaped as imports make them (`key`, `value`), one with a tie and a region left out.
	await db.rows({
		sql: `CREATE OR REPLACE TEMP VIEW "imp_t__1" AS
			SELECT * FROM (VALUES ('RU-MOW', 50.0), ('RU-SPE', 70.0), ('RU-TUL', 50.0), ('RU-KDA', 10.0), ('RU-NEN', NULL)) t(key, value)`
	});
	await db.rows({
		sql: `CREATE OR REPLACE TEMP VIEW "imp_t__2" AS SELECT * FROM (VALUES ('RU-SPE', 1.5)) t(key, value)`
	});
});

async function valuesFor(key: string): Promise<ImportedRegionValueRow[]> {
	const query = importedRegionValuesQuery(['imp_t__1', 'imp_t__2'], key);
	if (!query) throw new Error('expected a query');
	return db.rows<ImportedRegionValueRow>(query);
}

describe('a region in the user’s imported metrics', () => {
	it('gives the value, its place from the top (ties share it) and how many regions have a value', async () => {
		expect(await valuesFor('RU-MOW')).toEqual([
			{ view: 'imp_t__1', value: 50, place: 2, regions: 4 },
			{ view: 'imp_t__2', value: null, place: null, regions: 1 }
		]);
		expect((await valuesFor('RU-TUL'))[0]).toEqual({ view: 'imp_t__1', value: 50, place: 2, regions: 4 });
		expect((await valuesFor('RU-SPE')).map((r) => r.place)).toEqual([1, 1]);
	});

	it('says «no value» for a region the file does not cover, or covers with an empty cell', async () => {
		expect((await valuesFor('RU-ALT'))[0]).toEqual({ view: 'imp_t__1', value: null, place: null, regions: 4 });
		expect((await valuesFor('RU-NEN'))[0]?.value).toBeNull();
	});

	it('asks nothing when there are no imported metrics, and binds names and keys as parameters', () => {
		expect(importedRegionValuesQuery([], 'RU-MOW')).toBeNull();
		const q = importedRegionValuesQuery(['imp_x"y__1'], "RU-'MOW");
		expect(q?.sql).toContain('"imp_x""y__1"');
		expect(q?.sql).not.toContain("RU-'MOW");
		expect(q?.params).toEqual(['imp_x"y__1', "RU-'MOW"]);
	});
});
