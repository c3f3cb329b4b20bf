/**
 * Pure shaping for the "map at date": the registry's subjects + the change rows + a month → map items
 * coloured by the stage known by the end of that month (hatched «нет данных» where nothing dated is
 * known yet), and the legend's classes with counts.
 */
import type { AccessAtDateRow, AccessChangeRow, Month } from '$lib/queries/access-at-date';
import type { LegendClass, MapItem } from '$lib/map/types';
import type { MessageKey } from '$lib/i18n/messages';
import type { Text } from '$lib/i18n/text';
import { ACCESS_STAGE_FILLS } from '$lib/map/legend';
import { stageAt } from './stage-changes';

/** Stage fills, index = stage (0 none … 3 full). */
export const STAGE_FILLS = [
	ACCESS_STAGE_FILLS.none,
	ACCESS_STAGE_FILLS.doctors_only,
	ACCESS_STAGE_FILLS.partial,
	ACCESS_STAGE_FILLS.full
] as const;

export function mapItemsAt(options: {
	regions: readonly AccessAtDateRow[];
	changes: readonly AccessChangeRow[];
	month: Month;
	text: Text;
}): MapItem[] {
	const { regions, changes, month, text } = options;
	return regions.map((region) => {
		const name = text.locale === 'ru' ? region.name_short_ru : region.name_en;
		const known = stageAt(changes, region.key, month);
		const level = known ? text.t(`access.${known.access_level}` as MessageKey) : text.t('access.noData');
		const lines = known
			? [
					level,
					text.t('tooltip.service', { name: known.service_name }),
					text.t('tooltip.asOf', { date: text.date(known.observed_on) }),
					known.source_publisher
						? known.source_published
							? text.t('tooltip.source', { publisher: known.source_publisher, date: text.date(known.source_published) })
							: text.t('tooltip.sourceUndated', { publisher: known.source_publisher })
						: null
				]
			: [level, text.t('timeline.map.nothingYet', { date: text.date(month) })];
		return {
			key: region.key,
			name,
			abbr: text.locale === 'ru' ? region.abbr_ru : region.abbr_en,
			fill: known ? (STAGE_FILLS[known.stage] ?? null) : null,
			ariaLabel: `${name}: ${level}`,
			tooltip: { title: name, lines: lines.filter((l): l is string => l !== null) }
		};
	});
}

/** Legend classes (most open first, then «нет данных») with the number of regions in each. */
export function stageLegend(items: readonly MapItem[], text: Text): LegendClass[] {
	const levels = ['full', 'partial', 'doctors_only', 'none'] as const;
	return [
		...levels.map((level) => ({
			label: text.t(`access.${level}`),
			fill: ACCESS_STAGE_FILLS[level],
			count: items.filter((i) => i.fill === ACCESS_STAGE_FILLS[level]).length
		})),
		{ label: text.t('access.noData'), fill: null, count: items.filter((i) => i.fill === null).length }
	];
}
