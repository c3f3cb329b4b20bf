import { describe, expect, it } from 'vitest';
import { quantileBreaks, roundSignificant } from '../../../src/lib/charts/shape/breaks';

describe('quantile class breaks', () => {
	it.each([
		[24912, 25000],
		[19873, 20000],
		[138.4, 140],
		[0.0123, 0.012],
		[0, 0]
	])('rounds %d to two significant digits: %d', (input, expected) => {
		expect(roundSignificant(input)).toBeCloseTo(expected, 10);
	});

	it('puts about the same number of values in each class', () => {
		const values = Array.from({ length: 100 }, (_, i) => 10_000 + i * i * 10);
		const breaks = quantileBreaks(values, 4);
		expect(breaks).toHaveLength(5);
		const counts = breaks.slice(0, -1).map((min, i) =>
			values.filter((v) => v >= min && (i === 3 ? v <= (breaks[4] as number) : v < (breaks[i + 1] as number))).length
		);
		for (const count of counts) expect(count).toBeGreaterThanOrEqual(20);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(100);
	});

	it('ignores missing values and merges equal breaks', () => {
		expect(quantileBreaks([5, 5, 5, null, undefined, Number.NaN], 4)).toEqual([5, 5]);
		expect(quantileBreaks([1, 2, 3, 4, 100], 2)).toEqual([1, 3, 100]);
		expect(quantileBreaks([], 3)).toEqual([]);
	});
});
