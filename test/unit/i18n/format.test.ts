import { describe, expect, it } from 'vitest';
import {
	formatCompact,
	formatDecimal,
	formatNumber,
	formatPartialDate,
	formatPercent,
	formatRubles
} from '../../../src/lib/i18n/format';

// Intl uses U+00A0 (no-break space) to group digits in ru-RU, and U+202F before some units.
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Russian number formats', () => {
	it.each([
		[formatNumber(1234567, 'ru'), '1 234 567'],
		[formatNumber(1234.5, 'ru', 1), '1 234,5'],
		[formatDecimal(45.25, 'ru'), '45,3'],
		[formatDecimal(12, 'ru'), '12'],
		[formatCompact(6_000_000, 'ru'), '6 млн'],
		[formatCompact(2_250_000, 'ru'), '2,25 млн'],
		[formatRubles(1234567, 'ru'), '1 234 567 ₽'],
		[formatPercent(34.3, 'ru'), '34,3 %']
	])('%s is %s', (actual, expected) => {
		expect(nb(actual)).toBe(expected);
	});

	it('formats English with English conventions', () => {
		expect(formatNumber(1234567, 'en')).toBe('1,234,567');
		expect(formatDecimal(45.25, 'en')).toBe('45.3');
	});
});

describe('partial dates keep their precision', () => {
	it.each([
		['2025', 'ru', '2025'],
		['2025-08', 'ru', 'август 2025'],
		['2025-08-20', 'ru', '20.08.2025'],
		['2025-08-20', 'en', '20 Aug 2025'],
		['2025-08', 'en', 'Aug 2025'],
		['undated', 'ru', 'undated']
	] as const)('%s (%s) → %s', (input, locale, expected) => {
		expect(formatPartialDate(input, locale)).toBe(expected);
	});
});
