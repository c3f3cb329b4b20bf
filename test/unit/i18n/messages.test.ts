import { describe, expect, it } from 'vitest';
import { CATALOGUES, translate, translatePlural } from '../../../src/lib/i18n/messages';

describe('message catalogues', () => {
	it('have the same keys in every locale', () => {
		const ru = Object.keys(CATALOGUES.ru).sort();
		const en = Object.keys(CATALOGUES.en).sort();
		expect(en).toEqual(ru);
	});

	it('have no empty message', () => {
		for (const [locale, messages] of Object.entries(CATALOGUES)) {
			for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${locale}:${key}`).not.toBe('');
		}
	});

	it('use the same placeholders in every locale', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(CATALOGUES.ru)) {
			expect(placeholders(CATALOGUES.en[key] ?? ''), key).toEqual(placeholders(CATALOGUES.ru[key] ?? ''));
		}
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(translate('ru', 'home.coverage', { count: 24, total: 89 })).toBe(
			'Данные о доступе есть по 24 из 89 субъектов'
		);
		expect(translate('ru', 'home.coverage', { count: 24 })).toContain('{total}');
	});

	it.each([
		[1, '1 пользователь на 100 жителей'],
		[3, '3 пользователя на 100 жителей'],
		[5, '5 пользователей на 100 жителей'],
		[21, '21 пользователь на 100 жителей'],
		[45.3, '45,3 пользователя на 100 жителей']
	])('picks the Russian plural form for %s', (n, expected) => {
		const value = String(n).replace('.', ',');
		expect(translatePlural('ru', 'value.perHundred', n, { value })).toBe(expected);
	});
});
