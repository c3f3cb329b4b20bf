import { describe, expect, it } from 'vitest';
import { median, robustOutliers, theilSen, type FitInput } from '../../../src/lib/charts/shape/robust-fit';
import { dodgeRows } from '../../../src/lib/charts/shape/dodge';

/** v = 2 + 0.5·p with a small, fixed wobble: a clean cloud around a known line. */
function cloud(n: number): FitInput[] {
	const wobble = [0.05, -0.04, 0.02, -0.06, 0.03, -0.01, 0.04, -0.03, 0.01, -0.05, 0.06, -0.02];
	return Array.from({ length: n }, (_, i) => ({ p: i % 4, v: 2 + 0.5 * (i % 4) + (wobble[i % wobble.length] as number) }));
}

describe('median and Theil–Sen', () => {
	it.each([
		[[3, 1, 2], 2],
		[[3, 1, 2, 10], 2.5],
		[[7], 7]
	])('median(%j) = %s', (values, expected) => expect(median(values)).toBe(expected));

	it('is NaN for no values', () => expect(median([])).toBeNaN());

	it('recovers a line that one wild point cannot move', () => {
		const fit = theilSen([
			{ p: 0, v: 1 },
			{ p: 1, v: 3 },
			{ p: 2, v: 5 },
			{ p: 3, v: 7 },
			{ p: 4, v: 100 }
		]);
		expect(fit?.slope).toBe(2);
		expect(fit?.intercept).toBe(1);
	});

	it('gives no line when every point has the same predictor', () => {
		expect(theilSen([{ p: 1, v: 1 }, { p: 1, v: 2 }])).toBeNull();
	});
});

describe('the outlier rule on a constructed example', () => {
	// Permute where the odd point sits and which way it is off: only it is flagged, every time.
	it.each([0, 3, 7, 11].flatMap((at) => [+1.5, -1.5].map((off) => [at, off] as const)))(
		'flags only point %i when it is off the line by %s',
		(at, off) => {
			const points = cloud(12).map((pt, i) => (i === at ? { ...pt, v: pt.v + off } : pt));
			const result = robustOutliers({ points });
			expect(result.outlier.map((flag, i) => (flag ? i : -1)).filter((i) => i >= 0)).toEqual([at]);
			expect(Math.sign(result.residuals[at] as number)).toBe(Math.sign(off));
			expect(result.fit?.slope).toBeCloseTo(0.5, 1);
		}
	);

	it('flags nothing in a clean cloud', () => {
		expect(robustOutliers({ points: cloud(12) }).outlier.every((f) => !f)).toBe(true);
	});

	it('fits nothing below the minimum number of points', () => {
		const result = robustOutliers({ points: cloud(5) });
		expect(result.fit).toBeNull();
		expect(result.outlier).toEqual([false, false, false, false, false]);
	});

	it('falls back to the mean absolute deviation when most residuals are equal (MAD = 0)', () => {
		// Seven points exactly on v = p, one far off: MAD of residuals is 0, the odd one is still found.
		const points = [0, 1, 2, 3, 0, 1, 2, 3].map((p, i) => ({ p, v: i === 5 ? p + 5 : p }));
		const result = robustOutliers({ points });
		expect(result.scale).toBeGreaterThan(0);
		expect(result.outlier).toEqual([false, false, false, false, false, true, false, false]);
	});

	it('flags nothing when every point is on the line', () => {
		const points = [0, 1, 2, 3, 0, 1, 2, 3].map((p) => ({ p, v: 2 * p }));
		const result = robustOutliers({ points });
		expect(result.scale).toBe(0);
		expect(result.outlier.some(Boolean)).toBe(false);
	});
});

describe('dodging points that share a stage', () => {
	it('nudges near neighbours apart and leaves distant points on their row', () => {
		expect(dodgeRows({ points: [{ x: 100, row: 2 }, { x: 101, row: 2 }, { x: 500, row: 2 }, { x: 100, row: 1 }] })).toEqual([
			2, 2.16, 2, 1
		]);
	});
});
