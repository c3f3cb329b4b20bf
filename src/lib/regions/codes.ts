/**
 * Region codes: ISO 3166-2, the subject number (КЛАДР/ФИАС, «01» = Adygea) and OKATO («01» = Altai
 * Krai). The same two digits mean different subjects in the two numeric systems, so a bare number
 * is never matched silently: `matchCode` needs the system, and `detectCodeSystem` decides it for a
 * whole column only when the values rule the other system out.
 */

export type CodeSystem = 'iso' | 'subject' | 'okato' | 'oktmo';

export interface CodedRegion {
	key: string;
	iso_3166_2: string | null;
	subject_code: string | null;
	okato: string | null;
	oktmo: string | null;
}

/**
 * Full 11-digit OKATO codes of the autonomous okrugs that sit inside an oblast in OKATO (their two
 * first digits are the oblast's). From hflabs/region (see data/sources/sources.csv: hflabs-region).
 */
const NESTED_OKATO: Record<string, string> = {
	'11100000000': 'RU-NEN',
	'71100000000': 'RU-KHM',
	'71140000000': 'RU-YAN'
};

export interface CodeIndex {
	byIso: Map<string, string>;
	bySubject: Map<string, string>;
	/** Two-digit OKATO → key. «11» and «71» are the oblasts (Arkhangelsk, Tyumen), not their okrugs. */
	byOkato: Map<string, string>;
	byOktmo: Map<string, string>;
}

/** Index the regions' codes. Where an OKATO prefix is shared, the oblast (the shorter OKTMO owner) wins. */
export function indexCodes(regions: readonly CodedRegion[]): CodeIndex {
	const idx: CodeIndex = { byIso: new Map(), bySubject: new Map(), byOkato: new Map(), byOktmo: new Map() };
	for (const r of regions) {
		if (r.iso_3166_2) idx.byIso.set(r.iso_3166_2.toUpperCase(), r.key);
		if (r.subject_code) idx.bySubject.set(r.subject_code, r.key);
		if (r.oktmo) idx.byOktmo.set(r.oktmo, r.key);
		// An okrug's OKTMO differs from its OKATO prefix (NEN: OKATO 11, OKTMO 11800000); the oblast's agrees.
		if (r.okato && (!r.oktmo || r.oktmo.startsWith(r.okato + '000000'))) idx.byOkato.set(r.okato, r.key);
	}
	return idx;
}

/** Trim, upper-case ISO, pad "1" → "01", drop a trailing ".0" from spreadsheet numbers. */
export function cleanCode(value: string | number): string {
	let s = String(value).trim().toUpperCase().replace(/\.0+$/, '');
	if (/^\d$/.test(s)) s = '0' + s;
	return s;
}

/** The key for `value` in `system`, or null. OKATO accepts 2 or 11 digits, OKTMO 8. */
export function lookupCode(idx: CodeIndex, value: string | number, system: CodeSystem): string | null {
	const v = cleanCode(value);
	switch (system) {
		case 'iso':
			return idx.byIso.get(v) ?? null;
		case 'subject':
			return /^\d{2}$/.test(v) ? (idx.bySubject.get(v) ?? null) : null;
		case 'okato':
			if (/^\d{11}$/.test(v)) return NESTED_OKATO[v] ?? (v.endsWith('000000000') ? (idx.byOkato.get(v.slice(0, 2)) ?? null) : null);
			return /^\d{2}$/.test(v) ? (idx.byOkato.get(v) ?? null) : null;
		case 'oktmo':
			return /^\d{8}$/.test(v) ? (idx.byOktmo.get(v) ?? null) : null;
	}
}

export interface CodeDetection {
	/** The one system every value fits and that some value proves; null if none or undecidable. */
	system: CodeSystem | null;
	/** Systems every (non-empty) value fits. Several means the column cannot tell them apart. */
	candidates: CodeSystem[];
	/** Values that fit no system. */
	unmatched: string[];
}

const SYSTEMS: CodeSystem[] = ['iso', 'subject', 'okato', 'oktmo'];

/**
 * Which code system a column holds. A column of 2-digit numbers is `subject` only if every value is
 * a subject code and at least one is not also an OKATO code (e.g. «02»), and vice versa.
 *
 * @example detectCodeSystem(idx, ['01', '77']) → { system: null, candidates: ['subject', 'okato'], … }
 * @example detectCodeSystem(idx, ['01', '02', '77']) → { system: 'subject', … } («02» is no OKATO code)
 */
export function detectCodeSystem(idx: CodeIndex, values: readonly (string | number)[]): CodeDetection {
	const vals = values.map(cleanCode).filter((v) => v !== '');
	const fits = new Map<CodeSystem, number>(SYSTEMS.map((s) => [s, 0]));
	const unmatched: string[] = [];
	for (const v of vals) {
		let any = false;
		for (const s of SYSTEMS)
			if (lookupCode(idx, v, s)) {
				fits.set(s, fits.get(s)! + 1);
				any = true;
			}
		if (!any) unmatched.push(v);
	}
	const matched = vals.length - unmatched.length;
	const candidates = SYSTEMS.filter((s) => matched > 0 && fits.get(s) === matched);
	return { system: candidates.length === 1 ? candidates[0]! : null, candidates, unmatched };
}
