import { describe, expect, it } from 'vitest';
import { coreName, editDistance, normalizeName } from '../../../src/lib/regions/normalize';

describe('normalizeName', () => {
	it.each([
		['г. Москва', 'москва'],
		['г.Москва', 'москва'],
		['город федерального значения Москва', 'москва'],
		['Москва г.', 'москва'],
		['Москва1)', 'москва'],
		['Тыва**', 'тыва'],
		['Тульская обл.', 'тульская область'],
		['Респ Саха /Якутия/', 'республика саха якутия'],
		['Республика Саха (Якутия)', 'республика саха якутия'],
		['ХМАО — Югра', 'хмао югра'],
		['Ханты-Мансийский АО – Югра', 'ханты мансийский автономный округ югра'],
		['Еврейская Аобл', 'еврейская автономная область'],
		['Центральный ФО', 'центральный федеральный округ'],
		['Орёл', 'орел'],
		['«Татарстан»', 'татарстан'],
		['  Тульская\u00a0  область ', 'тульская область'],
		['St. Petersburg', 'saint petersburg'],
		['Северная Осетия−Алания', 'северная осетия алания']
	])('%s → %s', (input, expected) => {
		expect(normalizeName(input)).toBe(expected);
	});

	it('gives the same form for spellings that differ only typographically', () => {
		const forms = ['Кемеровская область - Кузбасс', 'Кемеровская область — Кузбасс', 'КЕМЕРОВСКАЯ ОБЛАСТЬ–КУЗБАСС'];
		expect(new Set(forms.map(normalizeName)).size).toBe(1);
	});
});

describe('coreName', () => {
	it('drops words for the kind of subject', () => {
		expect(coreName(normalizeName('Тульская обл.'))).toBe('тульская');
		expect(coreName(normalizeName('Republic of Karelia'))).toBe('karelia');
		expect(coreName('область')).toBe('');
	});
});

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['тула', 'тула', 0],
		['тульская', 'тулськая', 2],
		['abc', '', 3]
	])('%s ~ %s = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
	});
});
