/**
 * The page's language, as reactive state shared through context.
 *
 * Russian is the default and what prerendered HTML contains; `?lang=en` in the URL switches to English
 * after the app starts (the URL is the state, so a shared link keeps its language).
 */
import { getContext, setContext } from 'svelte';
import * as format from './format';
import type { Locale } from './format';
import { translate, translatePlural, type MessageKey } from './messages';
import type { Text } from './text';

const KEY = Symbol('i18n');

export class I18n implements Text {
	locale = $state<Locale>('ru');

	constructor(locale: Locale = 'ru') {
		this.locale = locale;
	}

	t = (key: MessageKey, vars?: Record<string, string | number>): string =>
		translate(this.locale, key, vars);

	plural = (base: string, count: number, vars?: Record<string, string | number>): string =>
		translatePlural(this.locale, base, count, vars);

	number = (value: number, digits = 0): string => format.formatNumber(value, this.locale, digits);
	decimal = (value: number, digits = 1): string => format.formatDecimal(value, this.locale, digits);
	compact = (value: number): string => format.formatCompact(value, this.locale);
	rubles = (value: number): string => format.formatRubles(value, this.locale);
	date = (value: string): string => format.formatPartialDate(value, this.locale);
}

/** Parse a `lang` URL parameter; anything but `en` means Russian. */
export function localeFromParam(value: string | null): Locale {
	return value === 'en' ? 'en' : 'ru';
}

export function setI18n(i18n: I18n): I18n {
	return setContext(KEY, i18n);
}

export function getI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('getI18n(): no I18n in context; the root layout must call setI18n()');
	return i18n;
}
