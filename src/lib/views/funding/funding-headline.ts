/**
 * The funding chart's title, stated as a finding computed from the points drawn (so it stays true for
 * every year, measure and toggle): for access, the median spending of full-access regions against the
 * rest; for users per 100, how few regions have both figures; for internet use, the median spending of
 * the regions above the median share of internet users against the rest; for the user's own metric, what
 * is set against what and for how many regions.
 */
import { percentText } from '$lib/components/ranking/metric-text';
import type { Text } from '$lib/i18n/text';
import type { ScatterPoint, FundingY, ImportedY } from './funding-points';
import { median } from '../../charts/shape/robust-fit';

export function scatterHeadline(options: {
	points: readonly ScatterPoint[];
	y: FundingY;
	text: Text;
	imported?: ImportedY | null;
}): string {
	const { points, y, text, imported } = options;
	if (y === 'imported') return text.t('funding.headline.imported', { label: imported?.label ?? '', count: points.length });
	if (y === 'users_per_100') return text.plural('funding.headline.users', points.length, { count: points.length });
	if (y === 'internet_use') return internetHeadline(points, text);
	const full = points.filter((p) => p.y === 3).map((p) => p.x);
	const rest = points.filter((p) => p.y < 3).map((p) => p.x);
	if (full.length === 0 || rest.length === 0) return text.t('funding.headline.plain');
	const a = median(full);
	const b = median(rest);
	return text.t(a > b ? 'funding.headline.fullSpendsMore' : 'funding.headline.fullSpendsLess', {
		full: text.rubles(a),
		rest: text.rubles(b),
		fullCount: full.length,
		restCount: rest.length
	});
}

/**
 * Internet use: split the points at the median share of internet users (ties go to the lower half) and
 * compare the median spending per resident of the two halves.
 */
function internetHeadline(points: readonly ScatterPoint[], text: Text): string {
	if (points.length < 4) return text.t('funding.headline.internetPlain');
	const m = median(points.map((p) => p.y));
	const high = points.filter((p) => p.y > m).map((p) => p.x);
	const low = points.filter((p) => p.y <= m).map((p) => p.x);
	if (high.length === 0 || low.length === 0) return text.t('funding.headline.internetPlain');
	return text.t('funding.headline.internet', {
		median: percentText(m, text),
		high: text.rubles(median(high)),
		low: text.rubles(median(low))
	});
}
