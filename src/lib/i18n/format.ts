/**
 * Every number and date formatter of the UI. Components never call `toLocaleString` themselves.
 *
 * Russian conventions: a narrow no-break space groups thousands (`1 234 567`), a comma is the decimal mark
 * (`45,3`), short scales are «тыс.», «млн», «млрд». Formatters are cached per locale: building an
 * `Intl.NumberFormat` is far slower than using one.
 */
export type Locale = 'ru' | 'en';

const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const id = `${locale}|${JSON.stringify(options)}`;
	let f = cache.get(id);
	if (!f) {
		f = new Intl.NumberFormat(INTL_LOCALE[locale], options);
		cache.set(id, f);
	}
	return f;
}

/** `1234567.8` → `1 234 568` (ru) / `1,234,568` (en); `digits` fixes the fraction digits. */
export function formatNumber(value: number, locale: Locale, digits = 0): string {
	return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
		value
	);
}

/** Up to `digits` fraction digits, trailing zeros dropped: `45.25` → `45,3`, `12` → `12`. */
export function formatDecimal(value: number, locale: Locale, digits = 1): string {
	return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** Large counts in words: `6_000_000` → `6 млн` (ru) / `6M` (en); `2_250_000` → `2,25 млн`. */
export function formatCompact(value: number, locale: Locale): string {
	return numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

/** Rubles: `1234567` → `1 234 567 ₽`. */
export function formatRubles(value: number, locale: Locale): string {
	return numberFormat(locale, {
		style: 'currency',
		currency: 'RUB',
		currencyDisplay: 'narrowSymbol',
		maximumFractionDigits: 0
	}).format(value);
}

/** A share given in percent points: `34.3` → `34,3 %` (ru) / `34.3%` (en). */
export function formatPercent(value: number, locale: Locale, digits = 1): string {
	return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
}

const MONTHS_RU = [
	'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
	'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'
];

/**
 * A partial ISO date as people write it, keeping its precision (never inventing a day):
 * `2025` → `2025`; `2025-08` → `август 2025` / `Aug 2025`; `2025-08-20` → `20.08.2025` / `20 Aug 2025`.
 * Anything else is returned unchanged.
 */
export function formatPartialDate(value: string, locale: Locale): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!m) return value;
	const [, year, month, day] = m;
	if (!month) return year as string;
	const monthIndex = Number(month) - 1;
	if (!day) {
		if (locale === 'ru') return `${MONTHS_RU[monthIndex]} ${year}`;
		const d = new Date(Date.UTC(Number(year), monthIndex, 1));
		return d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
	}
	if (locale === 'ru') return `${day}.${month}.${year}`;
	const d = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
	return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

const pluralCache = new Map<Locale, Intl.PluralRules>();

/** The CLDR plural category of `n` (`one`, `few`, `many`, `other`). */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
	let rules = pluralCache.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(INTL_LOCALE[locale]);
		pluralCache.set(locale, rules);
	}
	return rules.select(n);
}
