/** The benchmark's summary statistics (shared by the lab pages and scripts/bench.js). */
import { describe, expect, it } from 'vitest';
import { median, percentile, round, summarize } from '../../../src/lib/bench/stats.js';

describe('percentile (nearest rank)', () => {
	it('p95 of 1…100 is 95, of 50 values the 48th smallest', () => {
		const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(percentile(hundred, 95)).toBe(95);
		const fifty = Array.from({ length: 50 }, (_, i) => 50 - i);
		expect(percentile(fifty, 95)).toBe(48);
	});

	it('is always one of the measured values, and the max at p100', () => {
		expect(percentile([3, 1, 2], 50)).toBe(2);
		expect(percentile([3, 1, 2], 100)).toBe(3);
		expect(percentile([7], 95)).toBe(7);
	});

	it('is NaN for no values and refuses a p outside (0, 100]', () => {
		expect(percentile([], 95)).toBeNaN();
		expect(() => percentile([1], 0)).toThrow();
		expect(() => percentile([1], 101)).toThrow();
	});
});

describe('median, summarize, round', () => {
	it('median averages the middle pair', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([5, 1, 3])).toBe(3);
		expect(median([])).toBeNaN();
	});

	it('summarize gives n, min, p50, p95, max, mean', () => {
		expect(summarize([1, 2, 3, 4])).toEqual({ n: 4, min: 1, p50: 2.5, p95: 4, max: 4, mean: 2.5 });
	});

	it('round turns non-finite values into null (JSON has no NaN)', () => {
		expect(round(1.26)).toBe(1.3);
		expect(round(1.26, 0)).toBe(1);
		expect(round(Number.NaN)).toBeNull();
		expect(round(null)).toBeNull();
	});
});
