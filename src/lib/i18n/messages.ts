/**
 * The message catalogue: one flat JSON file per locale, keyed by stable IDs (a unit test checks that every
 * locale has the same keys). `{name}` placeholders are filled from `vars`; plural forms are keys with a
 * CLDR category suffix (`.one`, `.few`, `.many`, `.other`) picked by `plural`.
 *
 * Output is plain text: components put it in text nodes, never into HTML.
 */
import ru from './messages/ru.json';
import en from './messages/en.json';
import { pluralCategory, type Locale } from './format';

export type MessageKey = keyof typeof ru;

export const CATALOGUES: Record<Locale, Record<string, string>> = { ru, en };

function fill(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

/** The message `key` in `locale`, falling back to Russian and then to the key itself. */
export function translate(
	locale: Locale,
	key: MessageKey,
	vars: Record<string, string | number> = {}
): string {
	const template = CATALOGUES[locale][key] ?? CATALOGUES.ru[key] ?? key;
	return fill(template, vars);
}

/** A plural message: `base.one|few|many|other` chosen for `count`. */
export function translatePlural(
	locale: Locale,
	base: string,
	count: number,
	vars: Record<string, string | number> = {}
): string {
	const key = `${base}.${pluralCategory(count, locale)}`;
	const template = CATALOGUES[locale][key] ?? CATALOGUES[locale][`${base}.other`] ?? key;
	return fill(template, vars);
}
