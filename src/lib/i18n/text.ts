/**
 * The text-producing part of `I18n`, as a plain interface: pure shaping functions take this, so they can be
 * tested in Node with `createText(locale)` and used in components with the reactive `I18n`.
 */
import * as format from './format';
import type { Locale } from './format';
import { translate, translatePlural, type MessageKey } from './messages';

export interface Text {
	readonly locale: Locale;
	t(key: MessageKey, vars?: Record<string, string | number>): string;
	plural(base: string, count: number, vars?: Record<string, string | number>): string;
	number(value: number, digits?: number): string;
	decimal(value: number, digits?: number): string;
	compact(value: number): string;
	rubles(value: number): string;
	date(value: string): string;
}

/** A non-reactive `Text` for one locale (tests, build scripts). */
export function createText(locale: Locale): Text {
	return {
		locale,
		t: (key, vars) => translate(locale, key, vars),
		plural: (base, count, vars) => translatePlural(locale, base, count, vars),
		number: (value, digits = 0) => format.formatNumber(value, locale, digits),
		decimal: (value, digits = 1) => format.formatDecimal(value, locale, digits),
		compact: (value) => format.formatCompact(value, locale),
		rubles: (value) => format.formatRubles(value, locale),
		date: (value) => format.formatPartialDate(value, locale)
	};
}
