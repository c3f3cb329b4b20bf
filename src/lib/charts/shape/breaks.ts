/**
 * Class breaks for skewed measures (spending per resident spans 15 000–140 000 ₽, most regions near the
 * bottom): breaks at quantiles, so each class holds about the same number of regions, rounded to two
 * significant digits so the legend reads «20 000–25 000», not «19 873–24 912».
 */

/** Round to `digits` significant digits: 24 912 → 25 000. */
export function roundSignificant(value: number, digits = 2): number {
	if (value === 0 || !Number.isFinite(value)) return value;
	const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
	return Math.round(value / magnitude) * magnitude;
}

/** The `p`-quantile (0…1) of sorted values, linear interpolation between ranks. */
function quantileSorted(sorted: readonly number[], p: number): number {
	const index = (sorted.length - 1) * p;
	const lo = Math.floor(index);
	const hi = Math.ceil(index);
	const a = sorted[lo] as number;
	const b = sorted[hi] as number;
	return a + (b - a) * (index - lo);
}

/**
 * Ascending breaks (both ends included) splitting `values` into about `classes` equal-count classes.
 * Duplicate breaks after rounding are merged, so fewer classes may come back for clumped data.
 *
 * @example quantileBreaks([1, 2, 3, 4, 100], 2) → [1, 3, 100]
 */
export function quantileBreaks(values: readonly (number | null | undefined)[], classes = 5): number[] {
	const sorted = values
		.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (sorted.length === 0) return [];
	const first = sorted[0] as number;
	const last = sorted[sorted.length - 1] as number;
	const inner = Array.from({ length: classes - 1 }, (_, i) =>
		roundSignificant(quantileSorted(sorted, (i + 1) / classes))
	);
	const breaks = [first, ...inner, last].filter((b, i, all) => i === 0 || b > (all[i - 1] as number));
	return breaks.length >= 2 ? breaks : [first, last];
}
