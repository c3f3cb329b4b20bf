/**
 * Pure shaping for the region picker: the subjects not yet pinned, grouped by federal district (west to
 * east, as the registry lists the districts; subjects without one last), names sorted in the page's language.
 */
import { FEDERAL_DISTRICT_KEYS } from '$lib/data/schemas/federal-districts';
import type { Text } from '$lib/i18n/text';
import type { RegionChoiceRow } from '$lib/queries/compare';
import { regionLabel } from '$lib/components/ranking/metric-text';

export interface ChoiceGroup {
	name: string;
	options: { key: string; name: string }[];
}

function districtOrder(district: string): number {
	const i = (FEDERAL_DISTRICT_KEYS as readonly string[]).indexOf(district);
	return i === -1 ? FEDERAL_DISTRICT_KEYS.length : i;
}

/** Option groups of the subjects in `choices` that are not in `pinned`. */
export function choiceGroups(
	choices: readonly RegionChoiceRow[],
	pinned: readonly string[],
	text: Text
): ChoiceGroup[] {
	const collator = new Intl.Collator(text.locale);
	const groups: Record<string, ChoiceGroup> = {};
	for (const c of choices) {
		if (pinned.includes(c.key)) continue;
		const id = c.federal_district ?? '';
		const name =
			(text.locale === 'ru' ? c.district_name_ru : c.district_name_en) ?? text.t('compare.noDistrict');
		(groups[id] ??= { name, options: [] }).options.push({ key: c.key, name: regionLabel(c, text) });
	}
	for (const g of Object.values(groups)) g.options.sort((a, b) => collator.compare(a.name, b.name));
	return Object.entries(groups)
		.sort(([a], [b]) => districtOrder(a) - districtOrder(b))
		.map(([, g]) => g);
}
