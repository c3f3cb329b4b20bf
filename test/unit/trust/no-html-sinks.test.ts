/**
 * Text is never markup (issue 8, README "Trust"): no source file under `src/` inserts HTML, and the lint
 * rules that forbid it are still on. ESLint already fails on `{@html}`, `innerHTML`, `outerHTML` and
 * `insertAdjacentHTML`; this test makes sure that cannot be quietly switched off (a rule removed from
 * `eslint.config.js`, or an `eslint-disable` comment next to a sink) and covers the sinks ESLint does not
 * know: `document.write`, `srcdoc`, `createContextualFragment`, `setHTMLUnsafe`, `DOMParser` on text,
 * string evaluation, and ECharts' HTML tooltips and other options its security guide flags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return files(full);
		return /\.(svelte|ts|js|mjs|html)$/.test(entry.name) ? [full] : [];
	});
}

/** Source without comments (`// …`, `/* … *\/`, `<!-- … -->`), so documentation may name a sink. */
function code(text: string): string {
	return text
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const SOURCES = files(SRC).map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));

/** Places that turn text into markup or code. */
const SINKS: { name: string; pattern: RegExp }[] = [
	{ name: '{@html}', pattern: /\{@html\b/ },
	{ name: 'innerHTML', pattern: /\binnerHTML\b/ },
	{ name: 'outerHTML', pattern: /\bouterHTML\b/ },
	{ name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
	{ name: 'document.write', pattern: /\bdocument\s*\.\s*write(ln)?\s*\(/ },
	{ name: 'srcdoc', pattern: /\bsrcdoc\b/ },
	{ name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
	{ name: 'setHTMLUnsafe', pattern: /\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/ },
	{ name: 'DOMParser', pattern: /\bDOMParser\b/ },
	{ name: 'eval', pattern: /(^|[^.\w])eval\s*\(/ },
	{ name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
	{ name: 'string timer', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
	{ name: 'javascript: URL', pattern: /['"`]\s*javascript:/i }
];

describe('no HTML sinks in src/', () => {
	it(`scans the source (${SOURCES.length} files)`, () => {
		expect(SOURCES.length).toBeGreaterThan(100);
		expect(SOURCES.some((s) => s.file.endsWith('.svelte'))).toBe(true);
	});

	for (const sink of SINKS) {
		it(`no ${sink.name}`, () => {
			const found = SOURCES.filter((s) => sink.pattern.test(code(s.text))).map((s) => s.file);
			expect(found).toEqual([]);
		});
	}

	it('the test itself finds a sink when there is one', () => {
		const planted = code(`<p>{@html row.name}</p>\n<script>el.innerHTML = x; // innerHTML here is a comment\n</script>`);
		expect(SINKS.filter((s) => s.pattern.test(planted)).map((s) => s.name)).toEqual(['{@html}', 'innerHTML']);
		expect(SINKS.some((s) => s.pattern.test(code('// the docs may say {@html} or innerHTML')))).toBe(false);
	});

	it('no eslint-disable comment switches off the rules that forbid them', () => {
		const disabled = SOURCES.filter((s) => /eslint-disable[^\n]*(no-at-html-tags|no-restricted-properties|no-eval|no-implied-eval|no-new-func)/.test(s.text)).map(
			(s) => s.file
		);
		expect(disabled).toEqual([]);
	});
});

describe('the lint rules are still on', () => {
	const config = readFileSync(path.join(ROOT, 'eslint.config.js'), 'utf8');

	it("eslint.config.js keeps 'svelte/no-at-html-tags' at 'error'", () => {
		expect(config).toMatch(/'svelte\/no-at-html-tags':\s*'error'/);
	});

	it('eslint.config.js keeps innerHTML, outerHTML and insertAdjacentHTML restricted', () => {
		const restricted = config.match(/'no-restricted-properties':\s*\[\s*'error'([\s\S]*?)\]/)?.[1] ?? '';
		for (const property of ['innerHTML', 'outerHTML', 'insertAdjacentHTML']) {
			expect(restricted, property).toMatch(new RegExp(`property:\\s*'${property}'`));
		}
	});

	it('no later config block turns those rules off', () => {
		expect(config).not.toMatch(/'svelte\/no-at-html-tags':\s*('off'|'warn'|0|1)/);
		expect(config).not.toMatch(/'no-restricted-properties':\s*('off'|'warn'|0|1)/);
	});
});

describe('ECharts options never render data as HTML', () => {
	const options = SOURCES.filter((s) => /EChartsCoreOption|EChartsOption/.test(s.text) && /\btooltip\s*:/.test(code(s.text)));

	it('finds the chart option builders', () => {
		expect(options.length).toBeGreaterThan(3);
	});

	it("every option builder with a tooltip uses the rich-text renderer (renderMode: 'richText')", () => {
		const html = options.filter((s) => !/renderMode:\s*'richText'/.test(code(s.text))).map((s) => s.file);
		expect(html).toEqual([]);
	});

	it('no option the ECharts security guide flags: dataView, title links, extraCssText, HTML tooltip strings', () => {
		const flagged = SOURCES.filter((s) => /\bdataView\b|\bextraCssText\b|\blink\s*:\s*[^,}]*(url|href|http)|renderMode:\s*'html'/i.test(code(s.text))).map(
			(s) => s.file
		);
		expect(flagged).toEqual([]);
	});
});
