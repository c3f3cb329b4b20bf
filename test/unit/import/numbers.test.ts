import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/lib/data/engine';
import { createNodeEngine } from '../../../src/lib/server/duckdb-node';
import {
	detectNumberFormat,
	numberSql,
	parseLocaleNumber,
	type NumberFormat
} from '../../../src/lib/import/numbers';
import { stringLiteral } from '../../../src/lib/queries/sql';
import { valueSql } from '../../../src/lib/import/staging-sql';

const RU: NumberFormat = { decimal: ',', thousands: 'space' };
const RU_POINT: NumberFormat = { decimal: ',', thousands: '.' };
const EN: NumberFormat = { decimal: '.', thousands: ',' };
const PLAIN: NumberFormat = { decimal: '.', thousands: 'none' };

const CASES: [string, NumberFormat, number | null][] = [
	['1 234,5', RU, 1234.5],
	['1\u00a0234\u00a0567,25', RU, 1234567.25],
	['1\u202f234', RU, 1234],
	['12,75', RU, 12.75],
	[',5', RU, 0.5],
	['-3,5', RU, -3.5],
	['\u22123,5', RU, -3.5],
	['  42  ', RU, 42],
	['\u00a042\u00a0', RU, 42],
	['12 34', RU, null],
	['1 2345', RU, null],
	['1.5', RU, null],
	['1,2,3', RU, null],
	['12,5%', RU, null],
	['abc', RU, null],
	['', RU, null],
	['1.234.567,8', RU_POINT, 1234567.8],
	['1.234', RU_POINT, 1234],
	['1,234,567.8', EN, 1234567.8],
	['1234.5', EN, 1234.5],
	['1e3', PLAIN, 1000],
	['2.5E-2', PLAIN, 0.025],
	['1,5', PLAIN, null],
	['0012', PLAIN, 12],
	['1_000', PLAIN, null],
	['nan', PLAIN, null],
	['inf', PLAIN, null],
	['Infinity', RU, null],
	['.5', PLAIN, 0.5],
	['5.', PLAIN, 5],
	['+7', RU, 7],
	['1.234', RU, null],
	['1.5', { decimal: '.', thousands: '.' }, 1.5],
	['1E+05', RU, 100000]
];

describe('parseLocaleNumber', () => {
	it.each(CASES)('%j in %j → %j', (text, format, expected) => {
		expect(parseLocaleNumber(text, format)).toBe(expected);
	});
});

describe('numberSql agrees with parseLocaleNumber in DuckDB', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await createNodeEngine();
	});

	it.each(CASES)('%j in %j', async (text, format, expected) => {
		const table = await engine.run(`SELECT ${numberSql(stringLiteral(text), format)} AS v`);
		expect(table.get(0)?.v ?? null).toBe(expected);
	});
});

describe('valueSql (the bulk path: fast cast, then the full rules) agrees too', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await createNodeEngine();
	});

	it.each(CASES)('%j in %j', async (text, format, expected) => {
		const v = valueSql(stringLiteral(text), { ...format, markers: ['-'] });
		const value = (await engine.run(`SELECT ${v.sql} AS v`, v.params)).get(0)?.v ?? null;
		// Empty is missing (NULL); any other non-number is NaN (reported as a problem).
		if (expected === null) expect(text.trim() === '' ? value === null : Number.isNaN(value)).toBe(true);
		else expect(value).toBe(expected);
	});
});

describe('detectNumberFormat', () => {
	it.each<[string, string[], string, Partial<NumberFormat & { confident: boolean }>]>([
		['decimal comma with ;', ['12,5', '1 234,75', '7'], ';', { decimal: ',', thousands: 'space', confident: true }],
		['NBSP thousands', ['1\u00a0234\u00a0567', '12\u00a0000,5'], ';', { decimal: ',', thousands: 'space' }],
		['decimal point', ['12.5', '3.14159'], ',', { decimal: '.', confident: true }],
		['comma thousands, point decimal', ['1,234.5', '12,345,678.9'], ',', { decimal: '.', thousands: ',' }],
		['point thousands, comma decimal', ['1.234,5', '1.000.000'], ';', { decimal: ',', thousands: '.' }],
		['only 1,234 with ; is read as a decimal comma, not confidently', ['1,234'], ';', { decimal: ',', confident: false }],
		['only 1,234 with , would be odd; tab gives decimal comma too', ['1,234'], '\t', { decimal: ',' }],
		['integers only', ['12', '345'], ';', { decimal: ',', confident: false }]
	])('%s', (_, cells, delimiter, expected) => {
		expect(detectNumberFormat(cells, delimiter)).toMatchObject(expected);
	});
});
