/**
 * A small SQL tokeniser for the console's read-only guard: it only needs to know what is a word, a quoted
 * identifier, a string, a comment or punctuation, the way DuckDB's (PostgreSQL-derived) lexer sees them,
 * so that a keyword hidden in a string or a comment is not mistaken for one, and a keyword hidden nowhere
 * is not missed.
 *
 * Handles: `-- line` and nested `/* block *\/` comments, `'strings'` with `''`, `E'…'` strings with
 * backslash escapes, `$tag$ dollar-quoted $tag$` strings, `"identifiers"` with `""`.
 */

export type TokenType = 'word' | 'quoted' | 'string' | 'number' | 'punct';

export interface Token {
	type: TokenType;
	/** Words are lower-cased; quoted identifiers and strings are unquoted; punctuation is the character. */
	value: string;
	/** Offset of the token in the SQL text. */
	at: number;
}

export class SqlTokenError extends Error {
	constructor(
		readonly what: 'string' | 'identifier' | 'comment',
		readonly at: number
	) {
		super(`unterminated ${what} at ${at}`);
	}
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DIGIT = /[0-9]/;

function readQuoted(sql: string, start: number, quote: string, what: 'string' | 'identifier'): [string, number] {
	let value = '';
	let i = start + 1;
	for (;;) {
		if (i >= sql.length) throw new SqlTokenError(what, start);
		const c = sql[i] as string;
		if (c === quote) {
			if (sql[i + 1] === quote) {
				value += quote;
				i += 2;
				continue;
			}
			return [value, i + 1];
		}
		value += c;
		i++;
	}
}

function readEscapeString(sql: string, start: number): [string, number] {
	let value = '';
	let i = start + 2;
	for (;;) {
		if (i >= sql.length) throw new SqlTokenError('string', start);
		const c = sql[i] as string;
		if (c === '\\') {
			value += sql[i + 1] ?? '';
			i += 2;
		} else if (c === "'" && sql[i + 1] === "'") {
			value += "'";
			i += 2;
		} else if (c === "'") return [value, i + 1];
		else {
			value += c;
			i++;
		}
	}
}

function skipBlockComment(sql: string, start: number): number {
	let depth = 0;
	let i = start;
	while (i < sql.length) {
		if (sql.startsWith('/*', i)) {
			depth++;
			i += 2;
		} else if (sql.startsWith('*/', i)) {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else i++;
	}
	throw new SqlTokenError('comment', start);
}

/** Split `sql` into tokens (comments and whitespace dropped). Throws `SqlTokenError` on an unterminated one. */
export function tokenize(sql: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const c = sql[i] as string;
		if (/\s/.test(c)) i++;
		else if (sql.startsWith('--', i)) {
			const end = sql.indexOf('\n', i);
			i = end < 0 ? sql.length : end + 1;
		} else if (sql.startsWith('/*', i)) i = skipBlockComment(sql, i);
		else if (c === "'") {
			const [value, next] = readQuoted(sql, i, "'", 'string');
			tokens.push({ type: 'string', value, at: i });
			i = next;
		} else if ((c === 'e' || c === 'E') && sql[i + 1] === "'") {
			const [value, next] = readEscapeString(sql, i);
			tokens.push({ type: 'string', value, at: i });
			i = next;
		} else if (c === '"') {
			const [value, next] = readQuoted(sql, i, '"', 'identifier');
			tokens.push({ type: 'quoted', value, at: i });
			i = next;
		} else if (c === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(sql.slice(i, i + 64))) {
			const tag = (/^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64)) as RegExpExecArray)[0];
			const end = sql.indexOf(tag, i + tag.length);
			if (end < 0) throw new SqlTokenError('string', i);
			tokens.push({ type: 'string', value: sql.slice(i + tag.length, end), at: i });
			i = end + tag.length;
		} else if (WORD_START.test(c)) {
			let j = i + 1;
			while (j < sql.length && WORD_PART.test(sql[j] as string)) j++;
			tokens.push({ type: 'word', value: sql.slice(i, j).toLowerCase(), at: i });
			i = j;
		} else if (DIGIT.test(c)) {
			let j = i + 1;
			while (j < sql.length && /[0-9.eE_]/.test(sql[j] as string)) j++;
			tokens.push({ type: 'number', value: sql.slice(i, j), at: i });
			i = j;
		} else {
			tokens.push({ type: 'punct', value: c, at: i });
			i++;
		}
	}
	return tokens;
}
