import { describe, expect, it } from 'vitest';
import { composeFigureSvg, escapeXml, wrapText } from '../../../src/lib/export/figure';

describe('figure export', () => {
	it('escapes text from data so it cannot become markup', () => {
		expect(escapeXml('<img src=x onerror="alert(1)">&\'')).toBe(
			'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&apos;'
		);
		expect(escapeXml('a\u0001b')).toBe('ab');
	});

	it('draws title, subtitle and source around the chart body', () => {
		const { svg, width, height } = composeFigureSvg({
			body: '<svg width="600" height="300" viewBox="0 0 600 300"><rect width="10" height="10"/></svg>',
			width: 600,
			height: 300,
			title: 'Москва <script>',
			subtitle: 'на 100 жителей',
			source: 'Источник: Коммерсантъ, 20.08.2025',
			credit: 'Атлас ЭМК'
		});
		expect(width).toBe(600);
		expect(height).toBeGreaterThan(300);
		expect(svg).toContain('Москва &lt;script&gt;');
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('Источник: Коммерсантъ, 20.08.2025 · Атлас ЭМК');
		expect(svg.indexOf('Москва')).toBeLessThan(svg.indexOf('<rect width="10"'));
		expect(svg.indexOf('<rect width="10"')).toBeLessThan(svg.indexOf('Источник'));
	});

	it('wraps long titles at spaces', () => {
		expect(wrapText('один два три четыре', 9)).toEqual(['один два', 'три', 'четыре']);
	});
});
