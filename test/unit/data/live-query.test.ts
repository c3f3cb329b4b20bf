import { describe, expect, it } from 'vitest';
import type { BoundQuery, Connector } from '../../../src/lib/data/connector';
import { LiveQuery } from '../../../src/lib/data/query.svelte';

/** A connector whose answers are released by the test, in any order (no database involved). */
function manualConnector() {
	const pending = new Map<string, (rows: unknown[]) => void>();
	const connector: Connector = {
		rows: <T>(q: BoundQuery) =>
			new Promise<T[]>((resolve) => pending.set(q.sql, resolve as (rows: unknown[]) => void)),
		result: () => Promise.reject(new Error('unused')),
		arrow: () => Promise.reject(new Error('unused'))
	};
	return { connector, release: (sql: string, rows: unknown[]) => pending.get(sql)?.(rows) };
}

describe('LiveQuery', () => {
	it('keeps the answer to the latest question when answers arrive out of order', async () => {
		const { connector, release } = manualConnector();
		const query = new LiveQuery<{ v: number }>(async () => connector);
		const first = query.run({ sql: 'first' });
		const second = query.run({ sql: 'second' });
		await Promise.resolve();
		await Promise.resolve();
		release('second', [{ v: 2 }]);
		await second;
		release('first', [{ v: 1 }]);
		await first;
		expect(query.rows).toEqual([{ v: 2 }]);
		expect(query.loading).toBe(false);
	});

	it('reports an error without losing the previous rows', async () => {
		let fail = false;
		const connector: Connector = {
			rows: async <T>() => {
				if (fail) throw new Error('Binder Error: column x not found');
				return [{ v: 1 }] as T[];
			},
			result: () => Promise.reject(new Error('unused')),
			arrow: () => Promise.reject(new Error('unused'))
		};
		const query = new LiveQuery<{ v: number }>(async () => connector);
		await query.run({ sql: 'ok' });
		fail = true;
		await query.run({ sql: 'bad' });
		expect(query.error).toBe('Binder Error: column x not found');
		expect(query.rows).toEqual([{ v: 1 }]);
		expect(query.loading).toBe(false);
	});
});
