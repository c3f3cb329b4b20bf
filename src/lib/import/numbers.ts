/**
 * Numbers as Russian (and other) spreadsheets write them: decimal comma or point, thousands grouped by a
 * space, a no-break space, a point or a comma. One set of rules, used twice: `parseLocaleNumber` in
 * TypeScript (sniffing, previews, tests) and `numberSql` in DuckDB (the bulk path, vectorised), and a test
 * checks that both agree.
 *
 * Grouping is strict: `1 234 567` and `1234567` are numbers, `12 34` is not (it is more likely two values
 * run together than a number). A number is never guessed: a cell that does not fit is reported.
 */
import { stringLiteral } from '../queries/sql';

export type DecimalSeparator = ',' | '.';
/** `space` stands for every kind of space people group digits with (ordinary, no-break, narrow, thin). */
export type ThousandsSeparator = 'none' | 'space' | '.' | ',';

export interface NumberFormat {
	decimal: DecimalSeparator;
	thousands: ThousandsSeparator;
}

/** Space, no-break space (U+00A0), thin space (U+2009), narrow no-break space (U+202F). */
const SPACES = [' ', '\u00a0', '\u2009', '\u202f'];
/** Minus sign (U+2212) and en dash used as a minus in front of a number. */
const MINUS_SIGNS = ['\u2212', '\u2013'];

function groupChars(t: ThousandsSeparator, decimal: DecimalSeparator): string[] {
	if (t === 'space') return SPACES;
	// A thousands mark equal to the decimal mark cannot be told apart: read it as no grouping.
	if (t === 'none' || t === decimal) return [];
	return [t];
}

function reClass(chars: readonly string[], escape: (c: string) => string): string {
	return `[${chars.map(escape).join('')}]`;
}

const jsEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const re2Escape = (c: string) => `\\x{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`;

/** The pattern of a valid number in `format`, for JS (`u` flag not needed) or RE2 (DuckDB). */
function pattern(format: NumberFormat, escape: (c: string) => string): string {
	const d = escape(format.decimal);
	const groups = groupChars(format.thousands, format.decimal);
	const int = groups.length ? `(?:\\d{1,3}(?:${reClass(groups, escape)}\\d{3})+|\\d+)` : '\\d+';
	return `^[+-]?(?:${int}(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?$`;
}

const patternCache = new Map<string, RegExp>();

function jsPattern(format: NumberFormat): RegExp {
	const id = `${format.decimal}|${format.thousands}`;
	let re = patternCache.get(id);
	if (!re) {
		re = new RegExp(pattern(format, jsEscape));
		patternCache.set(id, re);
	}
	return re;
}

/** What is trimmed from both ends of a cell (the same in TypeScript and SQL). */
const TRIM = ['\t', ...SPACES];
const TRIM_RE = new RegExp(`^${reClass(TRIM, jsEscape)}+|${reClass(TRIM, jsEscape)}+$`, 'g');

/** Trim every kind of space and turn a leading minus sign or en dash into `-`. */
export function cleanNumberText(text: string): string {
	const s = text.replace(TRIM_RE, '');
	return MINUS_SIGNS.some((m) => s.startsWith(m)) ? '-' + s.slice(1) : s;
}

/**
 * The number written in `text`, or `null` if it is not a number in `format` (missing markers are not
 * numbers either: check them first).
 *
 * @example parseLocaleNumber('1 234,5', { decimal: ',', thousands: 'space' }) → 1234.5
 * @example parseLocaleNumber('1.234.567', { decimal: ',', thousands: '.' }) → 1234567
 * @example parseLocaleNumber('12 34', { decimal: ',', thousands: 'space' }) → null
 */
export function parseLocaleNumber(text: string, format: NumberFormat): number | null {
	const s = cleanNumberText(text);
	if (!jsPattern(format).test(s)) return null;
	let plain = s;
	for (const g of groupChars(format.thousands, format.decimal)) plain = plain.split(g).join('');
	if (format.decimal === ',') plain = plain.replace(',', '.');
	const n = Number(plain);
	return Number.isFinite(n) ? n : null;
}

/**
 * A DuckDB expression turning the text expression `cell` into a DOUBLE under the same rules as
 * `parseLocaleNumber`, or NULL when it is not a number (the caller tells NULL-for-missing from
 * NULL-for-invalid with `numberValidSql`). The separators come from fixed lists, never from user text.
 */
export function numberSql(cell: string, format: NumberFormat): string {
	const cleaned = cleanedSql(cell);
	const groups = groupChars(format.thousands, format.decimal);
	const noGroups = groups.length
		? `regexp_replace(${cleaned}, ${stringLiteral(reClass(groups, re2Escape))}, '', 'g')`
		: cleaned;
	const plain = format.decimal === ',' ? `replace(${noGroups}, ',', '.')` : noGroups;
	return `CASE WHEN ${numberValidSql(cell, format)} THEN TRY_CAST(${plain} AS DOUBLE) END`;
}

/** A DuckDB boolean expression: the text expression `cell` is a valid number in `format`. */
export function numberValidSql(cell: string, format: NumberFormat): string {
	return `regexp_full_match(${cleanedSql(cell)}, ${stringLiteral(pattern(format, re2Escape))})`;
}

/** A DuckDB expression: the text expression `cell` trimmed of the same spaces as `cleanNumberText`. */
export function trimSql(cell: string): string {
	return `trim(${cell}, ${stringLiteral(TRIM.join(''))})`;
}

function cleanedSql(cell: string): string {
	const trimmed = trimSql(cell);
	return `regexp_replace(${trimmed}, ${stringLiteral(`^[${MINUS_SIGNS.map(re2Escape).join('')}]`)}, '-')`;
}

export interface NumberFormatGuess extends NumberFormat {
	/** False when the cells could be read either way (e.g. only `1,234`): the user should look. */
	confident: boolean;
}

const NUMERIC_LOOKING = /^[+\-\u2212]?[\d\s\u00a0\u2009\u202f.,]*\d[\d\s\u00a0\u2009\u202f.,]*$/;

/**
 * Guess the decimal and thousands separators from sample cells of number-like columns.
 * `delimiter` breaks a tie: with `;` between fields a lone `1,234` is read as a decimal comma.
 *
 * @example detectNumberFormat(['1 234,5', '12,75'], ';') → { decimal: ',', thousands: 'space', confident: true }
 */
export function detectNumberFormat(cells: readonly string[], delimiter: string): NumberFormatGuess {
	let commaDecimal = 0;
	let pointDecimal = 0;
	let pointGroups = 0;
	let commaGroups = 0;
	for (const raw of cells) {
		const s = cleanNumberText(raw);
		if (!NUMERIC_LOOKING.test(s)) continue;
		const lastComma = s.lastIndexOf(',');
		const lastPoint = s.lastIndexOf('.');
		if (lastComma >= 0 && lastPoint >= 0) {
			if (lastComma > lastPoint) {
				commaDecimal++;
				pointGroups++;
			} else {
				pointDecimal++;
				commaGroups++;
			}
			continue;
		}
		const sep = lastComma >= 0 ? ',' : lastPoint >= 0 ? '.' : null;
		if (!sep) continue;
		const parts = s.split(sep);
		const tail = parts[parts.length - 1] as string;
		if (parts.length > 2) {
			if (sep === ',') commaGroups++;
			else pointGroups++;
		} else if (tail.length !== 3 || /^[+-]?0$/.test(parts[0] as string)) {
			if (sep === ',') commaDecimal++;
			else pointDecimal++;
		}
	}
	const confident = commaDecimal + pointDecimal > 0 && (commaDecimal === 0 || pointDecimal === 0);
	let decimal: DecimalSeparator;
	if (commaDecimal !== pointDecimal) decimal = commaDecimal > pointDecimal ? ',' : '.';
	else if (commaGroups !== pointGroups) decimal = commaGroups > pointGroups ? '.' : ',';
	else decimal = delimiter === ',' ? '.' : ',';
	let thousands: ThousandsSeparator = 'space';
	if (decimal === ',' && pointGroups > 0) thousands = '.';
	if (decimal === '.' && commaGroups > 0) thousands = ',';
	return { decimal, thousands, confident: confident || commaGroups + pointGroups > 0 };
}
