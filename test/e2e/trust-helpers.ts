/**
 * Shared parts of the trust e2e tests (`trust-*.spec.ts`): the hostile build (the site built from a copy
 * of `data/` whose text columns hold the payloads of `test/fixtures/hostile/payloads.ts`) and the checks
 * that nothing from data ever ran or was turned into markup.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Download, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { FORMULA_START, PAYLOADS } from '../fixtures/hostile/payloads';
import { CELL_CHARS, visibleText } from '../../src/lib/import/display-text';

/**
 * The forms in which a payload may be shown: as written, or as the data tables show text (invisible and
 * direction-changing characters written out as inert «⟦U+202E⟧» tags; a cell longer than the table's
 * limit clipped, with «показать полностью» for the rest). Never decoded, stripped of markup or re-encoded.
 */
function shownForms(text: string): string[] {
	const forms = [text, visibleText(text)];
	if (text.length > CELL_CHARS) forms.push(visibleText(text.slice(0, CELL_CHARS)));
	return forms;
}

const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
const E2E_PORT = Number(process.env.E2E_PORT ?? 4319);

/** Where the hostile site is built and served: beside the build under test, never over it. */
export const HOSTILE = {
	port: E2E_PORT + 1,
	buildDir: BUILD_DIR === 'build' ? 'build-hostile' : `${BUILD_DIR}-hostile`,
	kitDir: BUILD_DIR === 'build' ? '.svelte-kit-hostile' : `.svelte-kit-${BUILD_DIR.replace(/^build-?/, '')}-hostile`,
	dataDir: path.join(os.tmpdir(), `emr-atlas-hostile-data-${E2E_PORT}`)
};
export const HOSTILE_URL = `http://127.0.0.1:${HOSTILE.port}`;

function run(command: string, args: string[], env: Record<string, string> = {}): void {
	const result = spawnSync(command, args, { stdio: 'pipe', env: { ...process.env, ...env }, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-4000));
	}
}

/**
 * Write the hostile data and build the site from it (about a minute). `HOSTILE_REUSE=1` keeps an existing
 * hostile build (for iterating on the tests only; CI always rebuilds).
 */
export function buildHostileSite(): void {
	if (process.env.HOSTILE_REUSE === '1' && existsSync(path.join(HOSTILE.buildDir, 'index.html')) && existsSync(HOSTILE.dataDir)) return;
	const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
	run(process.execPath, [tsx, 'scripts/make-hostile-data.js', '--out', HOSTILE.dataDir]);
	run(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build'], {
		EMR_DATA_DIR: HOSTILE.dataDir,
		BUILD_DIR: HOSTILE.buildDir,
		KIT_OUT_DIR: HOSTILE.kitDir
	});
}

/** Serve the hostile build with the project's own static server; returns the stop function. */
export async function serveHostileSite(): Promise<() => void> {
	const server: ChildProcess = spawn(process.execPath, ['scripts/serve.js', '--port', String(HOSTILE.port), '--dir', HOSTILE.buildDir], {
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${HOSTILE_URL}/`)).ok) return () => void server.kill();
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`the hostile build did not come up on ${HOSTILE_URL}`);
}

/** A dataset of the hostile copy as rows of text (the same file the build read). */
export function hostileRows(file: string): Record<string, string>[] {
	const text = readFileSync(path.join(HOSTILE.dataDir, file), 'utf8');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Record every dialog (and dismiss it): a dialog means markup from data ran. */
export function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss().catch(() => undefined);
	});
	return dialogs;
}

/**
 * Nothing ran and nothing became markup: no dialog, no canary set, no element a payload would create
 * (an `<img src=x>`, an iframe with `srcdoc`, an inline event handler, a `javascript:` link, a script
 * whose text is a payload's).
 */
export async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
	expect(dialogs, 'dialogs opened').toEqual([]);
	const report = await page.evaluate(() => {
		const w = window as unknown as { __pwned?: unknown };
		const attrs = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'onanimationstart'];
		const all = [...document.querySelectorAll('*')];
		return {
			pwned: w.__pwned ?? null,
			scripts: [...document.scripts].filter((s) => /^\s*(window|parent)\.__pwned/.test(s.textContent ?? '')).length,
			handlers: all.filter((el) => attrs.some((a) => el.hasAttribute(a))).length,
			jsLinks: all.filter((el) =>
				['href', 'src', 'xlink:href', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? ''))
			).length,
			created: document.querySelectorAll('img[src="x"], iframe[srcdoc], iframe:not([src]), object, embed').length
		};
	});
	expect(report, 'payload ran or became markup').toEqual({ pwned: null, scripts: 0, handlers: 0, jsLinks: 0, created: 0 });
}

/**
 * Integrity of every hostile value on the page: each substituted cell is `<payload> №<n>`, so wherever
 * ` №<n>` is shown (text or accessible name), the text before it must end with a payload exactly as
 * written: not decoded, not stripped, not re-encoded. Returns the number of values checked.
 */
export async function expectLiteralEverywhere(page: Page): Promise<number> {
	const texts = [...new Set(PAYLOADS.flatMap((p) => shownForms(p.text)))];
	const result = await page.evaluate((payloads) => {
		const bad: string[] = [];
		let checked = 0;
		// ECharts tooltips draw `{`, `}`, `|` from data as full-width look-alikes (see `plainRichText`), and wraps long
		// labels into one SVG <text> per line: a chart line must end a payload's text.
		const unRich = (t: string) => t.replace(/[｛｝｜]/g, (c) => ({ '｛': '{', '｝': '}', '｜': '|' })[c] as string);
		const check = (text: string, where: string) => {
			for (const match of text.matchAll(/ №\d+/g)) {
				checked++;
				const before = text.slice(0, match.index);
				const svgLine = where === 'text' ? unRich(before).trimStart() : null;
				const ok = svgLine !== null ? payloads.some((p) => svgLine.endsWith(p) || (svgLine.length > 0 && p.endsWith(svgLine))) : payloads.some((p) => before.endsWith(p));
				if (!ok) bad.push(`${where}: ${JSON.stringify(text.slice(Math.max(0, (match.index ?? 0) - 80), (match.index ?? 0) + 8))}`);
			}
		};
		const seen = new Set<Element>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!/ №\d+/.test(node.nodeValue ?? '')) continue;
			// The page's own data for hydration (JSON in a script) is not shown; SvelteKit escapes it.
			if (node.parentElement?.closest('script, style, template')) continue;
			// Text of the whole element, so a value split over several text nodes is read as one.
			const element = (node.parentElement?.closest('text') ?? node.parentElement) as Element | null;
			if (!element || seen.has(element)) continue;
			seen.add(element);
			check(element.textContent ?? '', element.tagName.toLowerCase());
		}
		for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
			for (const a of ['aria-label', 'title', 'alt']) {
				const v = el.getAttribute(a);
				if (v && / №\d+/.test(v)) check(v, `${el.tagName.toLowerCase()}[${a}]`);
			}
		}
		check(document.title, 'title');
		return { bad, checked };
	}, texts);
	expect(result.bad, 'hostile text shown other than literally').toEqual([]);
	return result.checked;
}

/** Ids of the payloads whose text appears literally (in one of its shown forms) in `text`. */
export function payloadsIn(text: string): string[] {
	return PAYLOADS.filter((p) => shownForms(p.text).some((form) => text.includes(form))).map((p) => p.id);
}

/** Text content of everything `locator` matches, plus accessible names and titles inside. */
export async function sinkText(locator: Locator): Promise<string> {
	return (
		await locator.evaluateAll((els) =>
			els
				.map((el) => {
					const attrs = [...el.querySelectorAll('[aria-label], [title]'), el].flatMap((e) => [
						e.getAttribute('aria-label') ?? '',
						e.getAttribute('title') ?? ''
					]);
					return [el.textContent ?? '', ...attrs].join('\n');
				})
				.join('\n')
		)
	).toString();
}

/** Payloads × sinks: which payloads were seen, literally, in which sink. */
export class Tally {
	readonly sinks = new Map<string, Set<string>>();

	add(sink: string, ids: readonly string[]): void {
		const set = this.sinks.get(sink) ?? new Set<string>();
		for (const id of ids) set.add(id);
		this.sinks.set(sink, set);
	}

	/** Record what `locator` shows under `sink`; fails if it shows no payload at all (a wrong selector). */
	async record(sink: string, locator: Locator): Promise<string[]> {
		const ids = payloadsIn(await sinkText(locator));
		expect(ids.length, `sink «${sink}» shows no payload`).toBeGreaterThan(0);
		this.add(sink, ids);
		return ids;
	}

	get pairs(): number {
		return [...this.sinks.values()].reduce((n, s) => n + s.size, 0);
	}

	summary(): string {
		const lines = [...this.sinks.entries()].map(([sink, ids]) => `  ${ids.size}/${PAYLOADS.length}  ${sink}`);
		return `${PAYLOADS.length} payloads × ${this.sinks.size} sinks: ${this.pairs} payload–sink pairs seen literally\n${lines.join('\n')}`;
	}
}

/** The text of a download. */
export async function downloadText(download: Download): Promise<string> {
	const file = await download.path();
	return readFileSync(file, 'utf8');
}

/**
 * An exported CSV: every text cell that would start a spreadsheet formula is defused (a leading `'`),
 * and every cell is either a number or text. Returns the cells.
 */
export function expectDefusedCsv(text: string): string[] {
	const body = text.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
	expect(parsed.errors, 'the exported CSV parses').toEqual([]);
	const cells = parsed.data.flat();
	const live = cells.filter((c) => FORMULA_START.test(c) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(c));
	expect(live, 'CSV cells a spreadsheet would run as formulas').toEqual([]);
	return cells;
}

/**
 * An exported SVG: well-formed XML, no script, no foreign HTML, no event handler, no `javascript:` link.
 * Returns its text content (what a viewer shows).
 */
export async function expectInertSvg(page: Page, svg: string): Promise<string> {
	const report = await page.evaluate((markup) => {
		const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
		const all = [...doc.querySelectorAll('*')];
		return {
			parseError: doc.querySelector('parsererror')?.textContent ?? null,
			scripts: doc.querySelectorAll('script, foreignObject, iframe, img').length,
			handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
			jsLinks: all.filter((el) => [...el.attributes].some((a) => /href$/i.test(a.name) && /^\s*javascript:/i.test(a.value))).length,
			text: doc.documentElement.textContent ?? ''
		};
	}, svg);
	expect({ ...report, text: undefined }, 'exported SVG is inert').toEqual({
		parseError: null,
		scripts: 0,
		handlers: 0,
		jsLinks: 0,
		text: undefined
	});
	return report.text;
}
