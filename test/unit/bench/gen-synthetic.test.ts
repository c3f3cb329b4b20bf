/** The seeded generator of SYNTHETIC import files (scripts/gen-synthetic.js). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cp1251Table, encodeCp1251, writeSynthetic } from '../../../scripts/gen-synthetic.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gen-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Windows-1251 encoder', () => {
	it('round-trips every character of the encoding through TextDecoder', () => {
		const table: Map<number, number> = cp1251Table();
		expect(table.size).toBeGreaterThanOrEqual(127);
		const text = 'Субъект РФ; Ёлки, ёж — «кавычки» № 5; Доля 12,5 %';
		expect(new TextDecoder('windows-1251').decode(encodeCp1251(text))).toBe(text);
		expect(encodeCp1251('Я')[0]).toBe(0xdf);
	});

	it('refuses a character the encoding lacks', () => {
		expect(() => encodeCp1251('日本')).toThrow(/U\+65e5/);
	});
});

describe('synthetic files', () => {
	it('are a pure function of the seed, within the target size, and labelled synthetic', () => {
		const a = writeSynthetic({ variant: 'utf8', seed: 3, mb: 0.2, outDir: path.join(dir, 'a') });
		const b = writeSynthetic({ variant: 'utf8', seed: 3, mb: 0.2, outDir: path.join(dir, 'b') });
		const c = writeSynthetic({ variant: 'utf8', seed: 4, mb: 0.2, outDir: path.join(dir, 'c') });
		expect(readFileSync(a.file)).toEqual(readFileSync(b.file));
		expect(readFileSync(a.file)).not.toEqual(readFileSync(c.file));
		expect(a.bytes).toBeLessThanOrEqual(200_000);
		expect(a.bytes).toBeGreaterThan(190_000);
		expect(a.synthetic).toBe(true);
		const lines = readFileSync(a.file, 'utf8').split('\r\n').filter(Boolean);
		expect(lines).toHaveLength(a.records + 1);
		expect(lines.slice(1).every((l: string) => l.includes('(синтетическая)'))).toBe(true);
	});

	it('the cp1251 variant uses ; and decimal commas and decodes as Windows-1251', () => {
		const f = writeSynthetic({ variant: 'cp1251', seed: 3, mb: 0.1, outDir: dir });
		const text = new TextDecoder('windows-1251').decode(readFileSync(f.file));
		const [header, first] = text.split('\r\n');
		expect(header?.split(';')).toHaveLength(7);
		expect(first).toMatch(/;\d+;\d+;\d+,\d;/);
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(f.file))).toThrow();
	});
});
