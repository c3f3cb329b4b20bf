/**
 * The pages' one prerendered → live hand-over, with a loader whose answers the test releases in any order
 * (no database: the connector is a literal). The effect that calls `fetch` when the view or the database
 * changes is Svelte's; here the test calls `fetch` as it would.
 */
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/data/connector';
import { LiveView } from '../../../src/lib/data/live-view.svelte';

const connector: Connector = {
	rows: () => Promise.reject(new Error('unused')),
	result: () => Promise.reject(new Error('unused')),
	arrow: () => Promise.reject(new Error('unused'))
};

/** A loader whose calls wait until the test resolves or rejects them. */
function manualLoader() {
	const calls: { key: string; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
	const load = (_db: Connector, key: string) =>
		new Promise<string>((resolve, reject) => calls.push({ key, resolve, reject }));
	return { load, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LiveView', () => {
	it('shows the prerendered value, then the browser answer for the same view', async () => {
		const { load, calls } = manualLoader();
		const view = new LiveView<string>({ initial: () => 'built', load });
		expect(view.current).toBe('built');
		expect(view.live).toBe(false);
		view.db.status = 'loading';
		view.fetch(connector, '');
		await settle();
		calls[0]?.resolve('browser');
		await settle();
		expect(view.current).toBe('browser');
		expect(view.live).toBe(true);
		expect(view.status).toBe('ready');
	});

	it('drops an answer for a view that has since changed, even when it arrives last', async () => {
		const { load, calls } = manualLoader();
		let key = 'a';
		const view = new LiveView<string>({ initial: () => 'built', key: () => key, load });
		const cancelA = view.fetch(connector, 'a');
		key = 'b';
		cancelA(); // what the effect does when the view changes
		view.fetch(connector, 'b');
		await settle();
		expect(calls.map((c) => c.key)).toEqual(['a', 'b']);
		calls[1]?.resolve('answer b');
		await settle();
		calls[0]?.resolve('answer a');
		await settle();
		expect(view.current).toBe('answer b');
	});

	it('gives null for a view the prerender does not answer, or the last answer with keepPrevious', async () => {
		const { load, calls } = manualLoader();
		let key = '2021';
		const options = { initial: () => 'built 2021', initialKey: () => '2021', key: () => key, load };
		const strict = new LiveView<string>(options);
		const kept = new LiveView<string>({ ...options, keepPrevious: true });
		expect([strict.current, kept.current]).toEqual(['built 2021', 'built 2021']);
		key = '2019';
		expect(strict.current).toBeNull();
		expect(strict.prerenderedAnswers).toBe(false);
		expect(kept.current).toBe('built 2021');
		expect(kept.shownKey).toBe('2021');
		strict.fetch(connector, '2019');
		kept.fetch(connector, '2019');
		await settle();
		for (const call of calls) call.resolve(`answer ${call.key}`);
		await settle();
		expect([strict.current, kept.current, kept.shownKey]).toEqual(['answer 2019', 'answer 2019', '2019']);
		key = '2020';
		expect([strict.current, kept.current, kept.shownKey]).toEqual([null, 'answer 2019', '2019']);
	});

	it('keeps what is on screen and says why when the browser fails', async () => {
		const { load, calls } = manualLoader();
		const view = new LiveView<string>({ initial: () => 'built', load });
		view.fetch(connector, '');
		await settle();
		calls[0]?.reject(new Error('Out of memory'));
		await settle();
		expect(view.current).toBe('built');
		expect(view.status).toBe('failed');
		expect(view.error).toBe('Out of memory');
	});
});
