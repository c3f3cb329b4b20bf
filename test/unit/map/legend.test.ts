import { describe, expect, it } from 'vitest';
import {
	ACCESS_STAGE_FILLS,
	ACCESS_STAGES,
	accessStageFill,
	buildSequentialLegend
} from '$lib/map/legend';
import { labelColourFor, LABEL_DARK, LABEL_LIGHT, parseColour } from '$lib/map/contrast';

const plain = (n: number) => String(n);

describe('buildSequentialLegend', () => {
	it('classes values on nice breaks and counts each class, null → «нет данных»', () => {
		const legend = buildSequentialLegend({
			values: [1, 12, 18, 44, null, Number.NaN],
			format: plain
		});
		expect(legend.classes.map((c) => [c.label, c.count])).toEqual([
			['0–10', 1],
			['10–20', 2],
			['20–30', 0],
			['30–40', 0],
			['40–50', 1]
		]);
		expect(legend.noData).toEqual({ label: 'нет данных', fill: null, count: 2 });
		expect(legend.fillFor(null)).toBeNull();
		expect(legend.fillFor(undefined)).toBeNull();
		expect(legend.fillFor(12)).toBe(legend.classes[1]?.fill);
		expect(legend.fillFor(50)).toBe(legend.classes[4]?.fill); // the top class includes its max
	});

	it('colours classes light to dark, all distinct, none near-white', () => {
		const { classes } = buildSequentialLegend({ values: [0, 100], classCount: 5, format: plain });
		const fills = classes.map((c) => c.fill);
		expect(new Set(fills).size).toBe(fills.length);
		expect(fills[0]).not.toBe('#f7fbff');
		const lightness = fills.map((f) => (parseColour(f) ?? [0, 0, 0]).reduce((a, b) => a + b, 0));
		expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
	});

	it('uses fixed breaks when given, putting values beyond them in the end classes', () => {
		const legend = buildSequentialLegend({
			values: [-5, 5, 15, 99],
			breaks: [0, 10, 20],
			format: plain
		});
		expect(legend.classes.map((c) => [c.min, c.max, c.count])).toEqual([
			[0, 10, 2],
			[10, 20, 2]
		]);
		expect(legend.fillFor(99)).toBe(legend.classes[1]?.fill);
	});

	it('formats labels in Russian by default', () => {
		const legend = buildSequentialLegend({ values: [0.5, 2.5] });
		expect(legend.classes[0]?.label).toBe('0,5–1');
	});

	it('copes with one distinct value and with no values at all', () => {
		const one = buildSequentialLegend({ values: [7, 7], format: plain });
		expect(one.classes.map((c) => [c.label, c.count])).toEqual([['7–7', 2]]);
		const none = buildSequentialLegend({ values: [null, null], format: plain });
		expect(none.classes).toEqual([]);
		expect(none.noData.count).toBe(2);
		expect(none.fillFor(3)).toBeNull();
	});
});

describe('access stage palette', () => {
	it('orders full → none with four distinct colours', () => {
		expect(ACCESS_STAGES).toEqual(['full', 'partial', 'doctors_only', 'none']);
		expect(new Set(Object.values(ACCESS_STAGE_FILLS)).size).toBe(4);
	});

	it('gets lighter from full to none (readable without hue)', () => {
		const sum = (c: string) => (parseColour(c) ?? [0, 0, 0]).reduce((a, b) => a + b, 0);
		const lightness = ACCESS_STAGES.map((s) => sum(ACCESS_STAGE_FILLS[s]));
		expect([...lightness].sort((a, b) => a - b)).toEqual(lightness);
	});

	it('draws unknown and missing stages as «нет данных»', () => {
		expect(accessStageFill('full')).toBe(ACCESS_STAGE_FILLS.full);
		expect(accessStageFill('unknown')).toBeNull();
		expect(accessStageFill(null)).toBeNull();
		expect(accessStageFill('toString')).toBeNull();
	});
});

describe('labelColourFor', () => {
	it.each([
		[ACCESS_STAGE_FILLS.full, LABEL_LIGHT],
		[ACCESS_STAGE_FILLS.partial, LABEL_DARK],
		[ACCESS_STAGE_FILLS.none, LABEL_DARK],
		['rgb(8, 48, 107)', LABEL_LIGHT],
		['#fff', LABEL_DARK],
		[null, LABEL_DARK],
		['url(#x)', LABEL_DARK]
	])('on %s uses %s', (fill, expected) => {
		expect(labelColourFor(fill)).toBe(expected);
	});
});
