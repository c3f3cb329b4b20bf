/**
 * A robust straight-line fit and the outlier rule of the funding scatter.
 *
 * The fit is Theil–Sen: the slope is the median of the slopes between all pairs of points, the intercept
 * the median of `v − slope·p`. Half the points can be wild without moving it, which matters here: Moscow
 * alone would drag a least-squares line.
 *
 * A point is an outlier when its residual is more than `k` robust standard deviations from the median
 * residual, the standard deviation being estimated by 1.4826 × MAD (the median absolute deviation; the
 * factor makes it consistent with σ for normal data). `k = 2.5` follows Leys et al. (2013), "Detecting
 * outliers: do not use standard deviation around the mean, use absolute deviation around the median",
 * J. Exp. Soc. Psychol. 49(4). When more than half the residuals are equal the MAD is 0; then the mean
 * absolute deviation × 1.2533 stands in (Iglewicz & Hoaglin's fallback), and if that is 0 too nothing is
 * flagged.
 */

/** Median of the numbers (NaN for none). @example median([3, 1, 2, 10]) → 2.5 */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A point of the fit: the value `v` explained by the predictor `p`. */
export interface FitInput {
	p: number;
	v: number;
}

export interface LineFit {
	slope: number;
	intercept: number;
}

/**
 * Theil–Sen line `v = intercept + slope·p`; null when fewer than two distinct predictor values exist.
 * @example theilSen([{p: 0, v: 1}, {p: 1, v: 3}, {p: 2, v: 5}, {p: 3, v: 100}]) → { slope: 2, intercept: 1 }
 */
export function theilSen(points: readonly FitInput[]): LineFit | null {
	const slopes: number[] = [];
	for (let i = 0; i < points.length; i++) {
		for (let j = i + 1; j < points.length; j++) {
			const a = points[i] as FitInput;
			const b = points[j] as FitInput;
			if (a.p !== b.p) slopes.push((b.v - a.v) / (b.p - a.p));
		}
	}
	if (slopes.length === 0) return null;
	const slope = median(slopes);
	return { slope, intercept: median(points.map((pt) => pt.v - slope * pt.p)) };
}

/** Outlier threshold in robust standard deviations (Leys et al. 2013). */
export const OUTLIER_K = 2.5;
/** Fewer points than this: no line is fitted and nothing is flagged. */
export const MIN_FIT_POINTS = 8;
const MAD_TO_SIGMA = 1.4826;
const MEAN_AD_TO_SIGMA = 1.2533;

export interface RobustFitResult {
	/** null when there are too few points (see `MIN_FIT_POINTS`) or no spread in `p`. */
	fit: LineFit | null;
	/** `v − fitted`, in input order (empty without a fit). */
	residuals: number[];
	/** Residual in robust standard deviations from the median residual, in input order. */
	scores: number[];
	/** Per input point: more than `k` robust standard deviations away. */
	outlier: boolean[];
	/** The robust standard deviation used (0: no spread, nothing flagged). */
	scale: number;
}

/**
 * Fit `points` robustly and flag the outliers.
 * @example robustOutliers({ points }) where all but one lie on a line → only that one flagged
 */
export function robustOutliers(options: {
	points: readonly FitInput[];
	k?: number;
	minPoints?: number;
}): RobustFitResult {
	const { points, k = OUTLIER_K, minPoints = MIN_FIT_POINTS } = options;
	const none: RobustFitResult = {
		fit: null,
		residuals: [],
		scores: points.map(() => 0),
		outlier: points.map(() => false),
		scale: 0
	};
	if (points.length < minPoints) return none;
	const fit = theilSen(points);
	if (!fit) return none;
	const residuals = points.map((pt) => pt.v - (fit.intercept + fit.slope * pt.p));
	const centre = median(residuals);
	const deviations = residuals.map((r) => Math.abs(r - centre));
	let scale = MAD_TO_SIGMA * median(deviations);
	if (scale === 0) scale = MEAN_AD_TO_SIGMA * (deviations.reduce((s, d) => s + d, 0) / deviations.length);
	const scores = residuals.map((r) => (scale > 0 ? (r - centre) / scale : 0));
	return { fit, residuals, scores, outlier: scores.map((z) => Math.abs(z) > k), scale };
}
