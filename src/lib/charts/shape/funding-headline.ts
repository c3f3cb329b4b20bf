/**
 * The funding chart's title, stated as a finding computed from the points drawn (so it stays true for
 * every year, measure and toggle): for access, the median spending of full-access regions against the
 * rest; for users per 100, how few regions have both figures; for the user's own metric, what is set
 * against what and for how many regions.
 */
import type { Text } from '$lib/i18n/text';
import type { ScatterPoint, FundingY, ImportedY } from './funding-points';
import { median } from './robust-fit';

export function scatterHeadline(options: {
	points: readonly ScatterPoint[];
	y: FundingY;
	text: Text;
	imported?: ImportedY | null;
}): string {
	const { points, y, text, imported } = options;
	if (y === 'imported') return text.t('funding.headline.imported', { label: imported?.label ?? '', count: points.length });
	if (y === 'users_per_100') return text.plural('funding.headline.users', points.length, { count: points.length });
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
