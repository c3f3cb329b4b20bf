/**
 * Normalising region names for matching: two spellings of the same name give the same string.
 *
 * @example normalizeName('г. Москва') === normalizeName('Москва') // 'москва'
 * @example normalizeName('Ханты-Мансийский АО — Югра') // 'ханты мансийский автономный округ югра'
 * @example normalizeName('Респ Саха /Якутия/') // 'республика саха якутия'
 *
 * What it does, in order: lower case; ё → е; footnote marks dropped («Москва1)», «Крым*»);
 * every kind of dash, slash, quote, bracket and dot becomes a space; abbreviations are expanded
 * (обл → область, респ → республика, ао → автономный округ, аобл → автономная область,
 * фо → федеральный округ); the city prefix (г, город, город федерального значения) is dropped;
 * spaces are collapsed. It does not fix typos (see suggestions in `match.ts`).
 */

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small/full-width. */
const DASHES = /[-‐‑‒–—―−﹘﹣－]/g;
const PUNCT = /[«»"“”„‟'’‘`()[\]{}/\\.,:;!?_]/g;
/** «Москва1)», «Крым 2)», «Севастополь*», «Тыва**» — footnote marks in statistical tables. */
const FOOTNOTE = /(\s*\d{1,2}\)|\*+)+\s*$/u;

const EXPAND: Record<string, string> = {
	обл: 'область',
	област: 'область',
	респ: 'республика',
	республ: 'республика',
	ао: 'автономный округ',
	аобл: 'автономная область',
	фо: 'федеральный округ',
	кр: 'край',
	авт: 'автономный',
	ao: 'autonomous okrug',
	fd: 'federal district',
	obl: 'oblast',
	rep: 'republic',
	resp: 'republic',
	st: 'saint'
};

/** Leading words that only say "the city of". */
const CITY_PREFIXES = ['город федерального значения', 'город', 'г', 'city of'];

/** Normalised form of a region, district or total name (see the module doc). */
export function normalizeName(input: string): string {
	let s = input.normalize('NFC').toLowerCase().replace(/ё/g, 'е');
	s = s.replace(/\u00a0/g, ' ').trim().replace(FOOTNOTE, '');
	s = s.replace(DASHES, ' ').replace(PUNCT, ' ');
	const words = s.split(/\s+/).filter(Boolean).map((w) => EXPAND[w] ?? w);
	s = words.join(' ');
	for (const p of CITY_PREFIXES) {
		if (s.startsWith(p + ' ')) {
			s = s.slice(p.length + 1);
			break;
		}
	}
	if (s.endsWith(' г')) s = s.slice(0, -2);
	return s.trim();
}

/** Words naming the kind of subject; dropping them gives a name's "core" («тульская»). */
const TYPE_WORDS = new Set([
	'республика',
	'область',
	'край',
	'автономный',
	'автономная',
	'округ',
	'республики',
	'republic',
	'oblast',
	'krai',
	'kray',
	'region',
	'territory',
	'autonomous',
	'okrug',
	'of',
	'the'
]);

/**
 * The normalised name without words for the kind of subject, for looser matching:
 * «Тульская обл.» and «Тульская» both give «тульская». Returns '' if nothing is left.
 */
export function coreName(normalized: string): string {
	return normalized
		.split(' ')
		.filter((w) => !TYPE_WORDS.has(w))
		.join(' ');
}

/** Levenshtein distance, for suggestions on unknown names. */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
		}
		prev = cur;
	}
	return prev[b.length]!;
}
