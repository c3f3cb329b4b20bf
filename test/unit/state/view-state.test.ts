import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW_STATE,
	readViewState,
	withViewState,
	writeViewState,
	type ViewState
} from '../../../src/lib/state/view-state';

const read = (q: string) => readViewState(new URLSearchParams(q));

describe('view state in the URL', () => {
	it('reads an empty query as the defaults', () => {
		expect(read('')).toEqual(DEFAULT_VIEW_STATE);
	});

	it('round-trips every field', () => {
		const state: ViewState = {
			lang: 'en',
			map: 'geo',
			metric: 'health_per_resident',
			region: 'RU-MOW',
			pinned: ['RU-MOW', 'RU-SPE', 'RU-TUL'],
			district: 'CEN',
			year: 2021,
			date: '2025-08',
			logScale: true,
			withoutMoscow: true
		};
		expect(readViewState(writeViewState(state))).toEqual(state);
	});

	it('leaves defaults out of the URL', () => {
		expect(writeViewState({ ...DEFAULT_VIEW_STATE }).toString()).toBe('');
		expect(writeViewState({ ...DEFAULT_VIEW_STATE, region: 'RU-TUL' }).toString()).toBe('region=RU-TUL');
	});

	it.each([
		['map=satellite', 'map', 'tiles'],
		['metric=DROP TABLE', 'metric', 'access'],
		['region=<script>', 'region', null],
		['year=abc', 'year', null],
		['date=2025-13-99x', 'date', null],
		['district=XX', 'district', null]
	] as const)('falls back to the default for %s', (query, field, expected) => {
		expect(read(query)[field]).toBe(expected);
	});

	it('accepts imported metrics by id and rejects malformed ones', () => {
		expect(read('metric=import:abc_12').metric).toBe('import:abc_12');
		expect(read('metric=import:abc_12.2').metric).toBe('import:abc_12.2');
		expect(read('metric=import:../../x').metric).toBe('access');
	});

	it('keeps at most six distinct valid pinned subjects, in order', () => {
		expect(read('pin=RU-MOW,RU-MOW,bad,RU-SPE,RU-TUL,RU-SA,RU-STA,RU-KHA,RU-CHE').pinned).toEqual([
			'RU-MOW',
			'RU-SPE',
			'RU-TUL',
			'RU-SA',
			'RU-STA',
			'RU-KHA'
		]);
	});

	it('applies changes to a URL and keeps unrelated parameters', () => {
		const url = withViewState(new URL('http://x/?utm=1&map=geo'), { region: 'RU-SPE' });
		expect(url.searchParams.get('utm')).toBe('1');
		expect(url.searchParams.get('map')).toBe('geo');
		expect(url.searchParams.get('region')).toBe('RU-SPE');
		expect(withViewState(url, { region: null }).searchParams.has('region')).toBe(false);
	});
});
