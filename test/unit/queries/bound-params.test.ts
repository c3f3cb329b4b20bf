import { describe, expect, it } from 'vitest';
import { shippedDb } from '../../util/shipped-db';

describe('Connector with bound parameters', () => {
	it('binds values as parameters, never as SQL text', async () => {
		const db = await shippedDb();
		const hostile = "RU-MOW' OR '1'='1";
		const rows = await db.rows<{ key: string }>({
			sql: 'SELECT key FROM regions WHERE key = ?',
			params: [hostile]
		});
		expect(rows).toEqual([]);
		const moscow = await db.rows<{ key: string }>({
			sql: 'SELECT key FROM regions WHERE key = ?',
			params: ['RU-MOW']
		});
		expect(moscow).toEqual([{ key: 'RU-MOW' }]);
	});

	it('refuses to load extensions from the network', async () => {
		const db = await shippedDb();
		const [setting] = await db.rows<{ value: string }>({
			sql: "SELECT value FROM duckdb_settings() WHERE name = 'autoinstall_known_extensions'"
		});
		expect(setting?.value).toBe('false');
	});
});
