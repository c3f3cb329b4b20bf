/**
 * A publishable figure: the chart or map's own SVG with its title, subtitle, source line and date drawn in,
 * so an exported PNG/SVG carries its provenance wherever it is pasted.
 *
 * Text from data is escaped for XML here (the one place SVG text is assembled as a string); nothing is
 * ever parsed as markup from data.
 */
import { FONT_FAMILY, MUTED_TEXT, TEXT } from '../charts/theme';

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Escape text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
	// Control characters other than tab/newline are not allowed in XML 1.0 at all.
	// eslint-disable-next-line no-control-regex
	const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
	return clean.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
}

export interface FigureText {
	title: string;
	subtitle?: string;
	/** «Источник: Коммерсантъ, 20.08.2025» */
	source: string;
	/** «Атлас ЭМК · данные на январь 2026» */
	credit?: string;
}

export interface FigureSvgOptions extends FigureText {
	/** The chart's own `<svg>…</svg>` markup (from ECharts or the map component). */
	body: string;
	width: number;
	height: number;
}

const PAD = 16;
const TITLE_SIZE = 20;
const SUB_SIZE = 14;
const SOURCE_SIZE = 12;

/** Wrap `text` into lines of at most `maxChars` characters at spaces (SVG text does not wrap itself). */
export function wrapText(text: string, maxChars: number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Compose the standalone SVG document of a figure; returns the markup and its full size. */
export function composeFigureSvg(options: FigureSvgOptions): { svg: string; width: number; height: number } {
	const { width } = options;
	const approxCharWidth = 0.55;
	const maxChars = (size: number) => Math.max(20, Math.floor((width - 2 * PAD) / (size * approxCharWidth)));
	const titleLines = wrapText(options.title, maxChars(TITLE_SIZE));
	const subLines = options.subtitle ? wrapText(options.subtitle, maxChars(SUB_SIZE)) : [];
	const sourceLines = wrapText(
		[options.source, options.credit].filter(Boolean).join(' · '),
		maxChars(SOURCE_SIZE)
	);

	let y = PAD;
	const texts: string[] = [];
	const line = (content: string, size: number, colour: string, weight = 400) => {
		y += size * 1.25;
		texts.push(
			`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(content)}</text>`
		);
	};
	for (const l of titleLines) line(l, TITLE_SIZE, TEXT, 600);
	for (const l of subLines) line(l, SUB_SIZE, MUTED_TEXT);
	y += 8;
	const bodyTop = y;
	y += options.height + 8;
	for (const l of sourceLines) line(l, SOURCE_SIZE, MUTED_TEXT);
	const height = Math.ceil(y + PAD);

	const body = options.body.replace(/^<\?xml[^>]*>\s*/, '');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		texts.slice(0, titleLines.length + subLines.length).join('') +
		`<svg x="0" y="${bodyTop.toFixed(1)}" width="${width}" height="${options.height}">${stripOuterSize(body)}</svg>` +
		texts.slice(titleLines.length + subLines.length).join('') +
		`</svg>`;
	return { svg, width, height };
}

/** Nest the body's root `<svg>` as-is; it keeps its own viewBox, we set position and size. */
function stripOuterSize(body: string): string {
	return body.replace(/^<svg([^>]*?)\s(width|height)="[^"]*"/, '<svg$1').replace(/^<svg([^>]*?)\s(width|height)="[^"]*"/, '<svg$1');
}
