/**
 * Matching region names (and codes) from imported tables to region keys. Pure TypeScript: the
 * matcher is built once from the `regions`, `region_aliases` and `federal_districts` rows.
 *
 * @example
 * const m = createRegionMatcher({ regions, aliases, districts });
 * m.match('г. Москва')                    // { kind: 'region', key: 'RU-MOW' }
 * m.match('Итого')                        // { kind: 'total' }
 * m.match('ЦФО')                          // { kind: 'district', key: 'CEN' }
 * m.match('Алтай')                        // { kind: 'ambiguous', candidates: ['RU-AL', 'RU-ALT'] }
 * m.match('01')                           // ambiguous: Adygea (subject code) or Altai Krai (OKATO)
 * m.matchCode('01', 'okato')              // { kind: 'region', key: 'RU-ALT' }
 */
import {
	detectCodeSystem as detect,
	indexCodes,
	lookupCode,
	type CodeDetection,
	type CodedRegion,
	type CodeSystem
} from './codes';
import { coreName, editDistance, normalizeName } from './normalize';

export type { CodeDetection, CodeSystem } from './codes';

export type MatchResult =
	| { kind: 'region'; key: string }
	| { kind: 'total' }
	| { kind: 'district'; key: string }
	| { kind: 'ambiguous'; candidates: string[] }
	| { kind: 'unknown'; suggestions: string[] };

export interface MatcherRegion extends CodedRegion {
	name_ru: string;
	name_short_ru: string;
	name_en: string;
}

export interface MatcherInput {
	regions: readonly MatcherRegion[];
	aliases: readonly { alias: string; key: string }[];
	districts: readonly { key: string; name_ru: string; name_en: string; abbr_ru: string; abbr_en: string }[];
}

export interface RegionMatcher {
	/** Match a name (or an ISO code, or a bare number — which is then ambiguous between systems). */
	match(input: string): MatchResult;
	/** Match a code in a known system. */
	matchCode(value: string | number, system: CodeSystem): MatchResult;
	/** Which code system a column of values holds (see `codes.ts`). */
	detectCodeSystem(values: readonly (string | number)[]): CodeDetection;
}

/** Spellings of the whole country or a grand total, normalised at build time. */
const TOTALS = [
	'Российская Федерация',
	'Россия',
	'РФ',
	'Всего',
	'Итого',
	'Всего по России',
	'Всего по РФ',
	'Итого по РФ',
	'Итого по России',
	'Всего по Российской Федерации',
	'В целом по России',
	'В целом по РФ',
	'Russian Federation',
	'Russia',
	'Total',
	'Grand total',
	'All regions'
];

const MAX_SUGGESTIONS = 3;

type Index = Map<string, Set<string>>;

function addTo(index: Index, name: string, key: string): void {
	if (!name) return;
	const set = index.get(name) ?? new Set<string>();
	set.add(key);
	index.set(name, set);
}

function fromSet(keys: Set<string>, as: 'region' | 'district'): MatchResult {
	const list = [...keys].sort();
	if (list.length === 1) return as === 'region' ? { kind: 'region', key: list[0]! } : { kind: 'district', key: list[0]! };
	return { kind: 'ambiguous', candidates: list };
}

/** Build a matcher from the registry rows (see the module example). */
export function createRegionMatcher(input: MatcherInput): RegionMatcher {
	const exact: Index = new Map();
	const core: Index = new Map();
	const districts: Index = new Map();
	const totals = new Set(TOTALS.map(normalizeName));
	const codes = indexCodes(input.regions);

	const addRegionName = (name: string, key: string) => {
		const n = normalizeName(name);
		addTo(exact, n, key);
		const c = coreName(n);
		if (c && c !== n) addTo(core, c, key);
		else if (c) addTo(core, c, key);
	};
	for (const r of input.regions) {
		for (const name of [r.name_ru, r.name_short_ru, r.name_en]) addRegionName(name, r.key);
	}
	for (const a of input.aliases) addRegionName(a.alias, a.key);

	for (const d of input.districts) {
		const ruShort = d.name_ru.replace(/\s*федеральный округ\s*/i, ' ').trim();
		const enShort = d.name_en.replace(/\s*federal district\s*/i, ' ').trim();
		for (const name of [d.name_ru, d.name_en, d.abbr_ru, d.abbr_en, `${ruShort} ФО`, `${enShort} FD`])
			addTo(districts, normalizeName(name), d.key);
	}

	const allNames = [...exact.keys()];

	function suggest(n: string): string[] {
		// Close by edit distance, or sharing a long start («Московия» → Москва, Московская область).
		const prefix = (name: string) => {
			let k = 0;
			while (k < n.length && k < name.length && n[k] === name[k]) k++;
			return k;
		};
		const scored = allNames
			.map((name) => ({ name, d: editDistance(n, name), p: prefix(name) }))
			.filter(({ name, d, p }) => d <= Math.max(2, Math.floor(Math.min(n.length, name.length) / 4)) || p >= Math.max(4, Math.min(5, Math.min(n.length, name.length) - 2)))
			.map(({ name, d, p }) => ({ name, d: Math.min(d, n.length - p + 1) }))
			.sort((a, b) => a.d - b.d);
		const keys: string[] = [];
		for (const { name } of scored)
			for (const k of [...exact.get(name)!].sort()) if (!keys.includes(k)) keys.push(k);
		return keys.slice(0, MAX_SUGGESTIONS);
	}

	function matchCode(value: string | number, system: CodeSystem): MatchResult {
		const key = lookupCode(codes, value, system);
		return key ? { kind: 'region', key } : { kind: 'unknown', suggestions: [] };
	}

	function match(raw: string): MatchResult {
		const text = raw.trim();
		if (/^\d{1,2}$/.test(text)) {
			// A bare one- or two-digit number: subject number or OKATO? Never decide silently.
			const keys = new Set<string>();
			for (const s of ['subject', 'okato'] as const) {
				const k = lookupCode(codes, text, s);
				if (k) keys.add(k);
			}
			return keys.size ? { kind: 'ambiguous', candidates: [...keys].sort() } : { kind: 'unknown', suggestions: [] };
		}
		if (/^\d{11}$/.test(text)) return matchCode(text, 'okato');
		if (/^\d{8}$/.test(text)) return matchCode(text, 'oktmo');
		if (/^RU-[A-Z]{2,3}$/i.test(text)) {
			const byIso = matchCode(text, 'iso');
			if (byIso.kind === 'region') return byIso;
		}
		const n = normalizeName(text);
		if (!n) return { kind: 'unknown', suggestions: [] };
		if (totals.has(n)) return { kind: 'total' };
		const district = districts.get(n);
		if (district) return fromSet(district, 'district');
		const hit = exact.get(n);
		if (hit) return fromSet(hit, 'region');
		const c = coreName(n);
		const coreHit = c ? core.get(c) : undefined;
		if (coreHit) return fromSet(coreHit, 'region');
		// «Тюменская область (кроме Ханты-Мансийского автономного округа-Югры и …)»: Rosstat's part of a subject.
		// Never matched silently (the whole subject may be in the same table): the subject is suggested.
		const part = /^(.+?)\s*\((?:кроме|без|исключая|не включая|excluding|except|without)\s.*\)\s*$/iu.exec(text);
		if (part) {
			const whole = match(part[1] as string);
			if (whole.kind === 'region') return { kind: 'unknown', suggestions: [whole.key] };
		}
		return { kind: 'unknown', suggestions: suggest(n) };
	}

	return {
		match,
		matchCode,
		detectCodeSystem: (values) => detect(codes, values)
	};
}
