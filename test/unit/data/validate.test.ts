import { describe, expect, it } from 'vitest';
import { bool, date, defineDataset, int, listOf, num, oneOf, partialDate, text } from '../../../src/lib/data/columns';
import { parseCsv } from '../../../src/lib/data/validate';

const d = { ru: 'x', en: 'x' };
const spec = defineDataset({
	name: 't',
	file: 't.csv',
	description: d,
	primaryKey: ['id'],
	columns: {
		id: text({ description: d }),
		n: int({ nullable: true, min: 0, description: d }),
		x: num({ nullable: true, max: 100, description: d }),
		day: date({ nullable: true, description: d }),
		when: partialDate({ nullable: true, description: d }),
		kind: oneOf(['a', 'b'], { nullable: true, description: d }),
		flag: bool({ nullable: true, description: d }),
		tags: listOf(['p', 'q'], { nullable: true, description: d })
	}
});
const HEADER = 'id,n,x,day,when,kind,flag,tags';
const kinds = (csv: string) => parseCsv(csv, spec).issues.map((i) => [i.kind, i.line, i.column]);

describe('parseCsv', () => {
	it('parses a clean file to typed rows, empty cells to null', () => {
		const r = parseCsv(`${HEADER}\nA,1,2.5,2025-01-31,2025-08,a,true,p;q\nB,,,,,,,\n`, spec);
		expect(r.issues).toEqual([]);
		expect(r.rows[0]).toEqual({ id: 'A', n: 1, x: 2.5, day: '2025-01-31', when: '2025-08', kind: 'a', flag: true, tags: 'p;q' });
		expect(r.rows[1]).toMatchObject({ n: null, when: null, flag: null });
		expect(r.lines).toEqual([2, 3]);
	});

	it.each([
		[',1,,,,,,', 'empty_required', 'id'],
		['A,1.5,,,,,,', 'not_a_number', 'n'],
		['A,-1,,,,,,', 'out_of_range', 'n'],
		['A,,1 000,,,,,', 'not_a_number', 'x'],
		['A,,101,,,,,', 'out_of_range', 'x'],
		['A,,,2025-02-30,,,,', 'bad_date', 'day'],
		['A,,,31.01.2025,,,,', 'bad_date', 'day'],
		['A,,,,2025-13,,,', 'bad_value', 'when'],
		['A,,,,,c,,', 'unknown_value', 'kind'],
		['A,,,,,,yes,', 'unknown_value', 'flag'],
		['A,,,,,,,p;z', 'bad_value', 'tags'],
		['A,,,,,,,p;p', 'bad_value', 'tags']
	])('%s → %s in %s', (line, kind, column) => {
		expect(kinds(`${HEADER}\n${line}\n`)).toEqual([[kind, 2, column]]);
	});

	it('reports duplicate keys with the first line', () => {
		const r = parseCsv(`${HEADER}\nA,,,,,,,\nA,,,,,,,\n`, spec);
		expect(r.issues).toMatchObject([{ kind: 'duplicate_key', line: 3, message: expect.stringContaining('2') }]);
		expect(r.rows).toHaveLength(1);
	});

	it('reports missing, extra and reordered columns', () => {
		expect(kinds('id,n,x,day,when,kind,flag\nA,,,,,,\n')).toContainEqual(['missing_column', 1, 'tags']);
		expect(kinds(`${HEADER},extra\nA,,,,,,,,1\n`)).toContainEqual(['extra_column', 1, 'extra']);
		expect(kinds('n,id,x,day,when,kind,flag,tags\n,A,,,,,,\n')).toEqual([['column_order', 1, undefined]]);
	});

	it('reports a row with the wrong number of fields', () => {
		expect(kinds(`${HEADER}\nA,,,,,,,,,\n`).map(([k]) => k)).toContain('malformed_row');
	});
});
