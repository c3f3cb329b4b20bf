import { describe, expect, it } from 'vitest';
import { createConnector } from '../../../src/lib/data/connector';
import { createNodeEngine } from '../../../src/lib/server/duckdb-node';

describe('Arrow → plain rows', () => {
	it('turns DuckDB types into plain values', async () => {
		const db = createConnector(await createNodeEngine());
		const [row] = await db.rows({
			sql: `SELECT 42::BIGINT AS big, 9007199254740993::HUGEINT AS huge, DATE '2025-08-20' AS day,
				[1, 2, 3] AS list, 12.34::DECIMAL(6, 2) AS dec, NULL::VARCHAR AS missing,
				{'a': 1, 'b': 'x'} AS struct, true AS flag`
		});
		expect(row).toEqual({
			big: 42,
			huge: '9007199254740993', // beyond 2^53: exact digits as text, not a rounded number
			day: '2025-08-20',
			list: [1, 2, 3],
			dec: 12.34,
			missing: null,
			struct: { a: 1, b: 'x' },
			flag: true
		});
	});

	it('reports column names and types with the rows', async () => {
		const db = createConnector(await createNodeEngine());
		const result = await db.result({ sql: `SELECT 'Москва' AS name, 45.3 AS v` });
		expect(result.columns.map((c) => c.name)).toEqual(['name', 'v']);
		expect(result.rows).toEqual([{ name: 'Москва', v: 45.3 }]);
	});
});
