/**
 * Summary statistics for the benchmark, shared by the lab pages (browser) and `scripts/bench.js` (Node),
 * so a p95 means the same thing everywhere. Plain JavaScript with JSDoc types, so Node runs it as is.
 */

/**
 * The p-th percentile by the nearest-rank method: the smallest value with at least p % of the values at or
 * below it (p95 of 50 values is the 48th smallest). No interpolation, so it is always a measured value.
 *
 * @param {readonly number[]} values
 * @param {number} p percentile, 0 < p ≤ 100
 * @returns {number} NaN for an empty list
 */
export function percentile(values, p) {
	if (!(p > 0 && p <= 100)) throw new Error(`percentile(): p must be in (0, 100], got ${p}`);
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return /** @type {number} */ (sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]);
}

/**
 * The median (the mean of the two middle values for an even count).
 *
 * @param {readonly number[]} values
 * @returns {number} NaN for an empty list
 */
export function median(values) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? /** @type {number} */ (sorted[mid])
		: (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
}

/**
 * @typedef {{ n: number, min: number, p50: number, p95: number, max: number, mean: number }} Summary
 */

/**
 * n, min, p50 (median), p95 (nearest rank), max and mean of a list of timings.
 *
 * @param {readonly number[]} values
 * @returns {Summary}
 */
export function summarize(values) {
	const n = values.length;
	return {
		n,
		min: n ? Math.min(...values) : Number.NaN,
		p50: median(values),
		p95: percentile(values, 95),
		max: n ? Math.max(...values) : Number.NaN,
		mean: n ? values.reduce((s, v) => s + v, 0) / n : Number.NaN
	};
}

/**
 * Round to `digits` decimals (for reports; NaN and non-finite values become null, as JSON has no NaN).
 *
 * @param {number | null | undefined} value
 * @param {number} [digits]
 * @returns {number | null}
 */
export function round(value, digits = 1) {
	if (value === null || value === undefined || !Number.isFinite(value)) return null;
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}
