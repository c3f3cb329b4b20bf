import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MapLegend from '$lib/map/MapLegend.svelte';
import RegionMap from '$lib/map/RegionMap.svelte';
import RegionMapGeo from '$lib/map/RegionMap.geo.svelte';
import { loadGeoMap } from '$lib/map/geo-loader.svelte';
import type { MapItem } from '$lib/map/types';
import { readRegistry } from './registry';

const EVIL = '<img src=x onerror=alert(1)>';
const items: MapItem[] = readRegistry().map((r, i) => ({
	key: r.key,
	name: r.key === 'RU-MOW' ? EVIL : r.name_short_ru,
	abbr: r.abbr_ru,
	fill: i % 5 === 0 ? null : '#41b6c4',
	ariaLabel: `${r.name_short_ru}: тест`,
	tooltip: { title: r.name_short_ru, lines: ['строка'] }
}));

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('RegionMap (server render)', () => {
	it('renders 89 focusable tiles with accessible names, one of them in the tab order', () => {
		const { body } = render(RegionMap, { props: { mode: 'tiles', items, title: 'Карта доступа' } });
		expect(count(body, /role="button"/g)).toBe(89);
		expect(count(body, /aria-label="[^"]+: тест"/g)).toBe(89);
		expect(count(body, /tabindex="0"/g)).toBe(1);
		expect(count(body, /tabindex="-1"/g)).toBe(88);
		expect(count(body, /<rect class="shape/g)).toBe(89);
		expect(body).toContain('aria-label="Карта доступа"');
		expect(body).toMatch(/aspect-ratio: \d+ \/ \d+/);
		expect(body).toContain('>МОС</text>');
	});

	it('hatches regions without data with a pattern, not a colour', () => {
		const { body } = render(RegionMap, { props: { mode: 'tiles', items, title: 't' } });
		const pattern = /<pattern id="([^"]+)"/.exec(body)?.[1];
		expect(pattern).toBeTruthy();
		expect(count(body, new RegExp(`fill="url\\(#${pattern}\\)"`, 'g'))).toBe(
			items.filter((i) => !i.fill).length
		);
	});

	it('outlines the selected region and makes it the tab stop', () => {
		const { body } = render(RegionMap, {
			props: { mode: 'tiles', items, title: 't', selectedKey: 'RU-SPE' }
		});
		expect(body).toMatch(/data-region-key="RU-SPE"[^>]*tabindex="0"/);
		expect(body).toMatch(/aria-pressed="true"/);
		expect(body).toContain('class="selection-outline');
	});

	it('escapes data: a name with markup stays text', () => {
		const withEvilLabel = items.map((i) =>
			i.key === 'RU-MOW' ? { ...i, abbr: EVIL, ariaLabel: EVIL } : i
		);
		const { body } = render(RegionMap, {
			props: { mode: 'tiles', items: withEvilLabel, title: EVIL }
		});
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('reserves the geo map space until the renderer is loaded, then renders it', async () => {
		const before = render(RegionMap, { props: { mode: 'geo', items, title: 't' } }).body;
		expect(before).toContain('aria-busy="true"');
		await loadGeoMap();
		const after = render(RegionMap, { props: { mode: 'geo', items, title: 't' } }).body;
		expect(count(after, /role="button"/g)).toBe(85);
	});
});

describe('RegionMap.geo (server render)', () => {
	const { body } = render(RegionMapGeo, { props: { items, title: 'География' } });

	it('draws 85 regions as paths, markers for the three federal cities, and the credit', () => {
		expect(count(body, /<path class="shape/g)).toBe(85);
		expect(count(body, /<circle class="shape marker/g)).toBe(3);
		expect(body).toContain('Natural Earth');
		expect(body).not.toMatch(/NaN/);
	});

	it('names the subjects it cannot draw', () => {
		expect(body).toMatch(
			/Нет границ в источнике карты: ДНР, ЛНР, Запорожская область, Херсонская область/
		);
	});
});

describe('MapLegend', () => {
	it('draws a swatch per class, hatched for no data, with escaped labels and counts', () => {
		const { body } = render(MapLegend, {
			props: {
				title: 'Этап',
				classes: [
					{ label: 'полный', fill: '#253494', count: 12 },
					{ label: EVIL, fill: null, count: 3 }
				]
			}
		});
		expect(count(body, /class="swatch/g)).toBe(2);
		expect(body).toContain('background: #253494');
		expect(body).toContain('repeating-linear-gradient');
		expect(body).not.toContain('<img');
		expect(body).toMatch(/<span class="count[^"]*">12<\/span>/);
	});
});
