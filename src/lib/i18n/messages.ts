/**
 * The message catalogue: flat JSON files per locale, keyed by stable IDs — `messages/ru.json` for the shared
 * shell and `messages/ru.<area>.json` for one area of the product (import, sql, …), merged here. A unit test
 * checks that every locale has the same keys. `{name}` placeholders are filled from `vars`; plural forms are keys with a
 * CLDR category suffix (`.one`, `.few`, `.many`, `.other`) picked by `plural`.
 *
 * Output is plain text: components put it in text nodes, never into HTML.
 */
import ru from './messages/ru.json';
import { pluralCategory, type Locale } from './format';

const files = import.meta.glob<Record<string, string>>('./messages/*.json', {
	eager: true,
	import: 'default'
});

function catalogue(locale: Locale): Record<string, string> {
	const merged: Record<string, string> = {};
	for (const [path, messages] of Object.entries(files)) {
		const name = path.split('/').pop() as string;
		if (name === `${locale}.json` || name.startsWith(`${locale}.`)) Object.assign(merged, messages);
	}
	return merged;
}

/** Keys of the shared shell are typed; area keys are checked by the catalogue test instead. */
export type MessageKey = keyof typeof ru | (string & {});

export const CATALOGUES: Record<Locale, Record<string, string>> = {
	ru: catalogue('ru'),
	en: catalogue('en')
};

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
	const template = CATALOGUES[locale][key] ?? CATALOGUES.ru[key];
	if (template === undefined) {
		// A key built at run time that no catalogue has is a bug: say so (the end-to-end tests fail on
		// console errors), and show the key rather than nothing.
		console.error(`Missing message: ${key}`);
		return key;
	}
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
	const template = CATALOGUES[locale][key] ?? CATALOGUES[locale][`${base}.other`];
	if (template === undefined) {
		console.error(`Missing message: ${key}`);
		return key;
	}
	return fill(template, vars);
}
