/**
 * Empty lines in UTF-8 text (DuckDB's CSV reader skips them, so the record after one sits a line further
 * down the file than its record number says). Streams: feed the text in chunks as it is produced; the
 * native `indexOf` finds the line breaks.
 */
export class BlankLineScanner {
	readonly #afterLine: number;
	readonly #limit: number;
	#line = 0;
	/** Bytes of the current line seen so far: 0, or 1 if it is only a `\r`, or 2 meaning "not empty". */
	#current = 0;
	readonly found: number[] = [];

	/** Report empty lines after 0-based line `afterLine` (the header), at most `limit` of them. */
	constructor(afterLine: number, limit = 100_000) {
		this.#afterLine = afterLine;
		this.#limit = limit;
	}

	push(bytes: Uint8Array): void {
		let start = 0;
		while (start <= bytes.length && this.found.length < this.#limit) {
			const end = bytes.indexOf(10, start);
			const stop = end < 0 ? bytes.length : end;
			const length = stop - start;
			if (length > 0) this.#current = this.#current === 0 && length === 1 && bytes[start] === 13 ? 1 : 2;
			if (end < 0) return;
			if (this.#current < 2 && this.#line > this.#afterLine) this.found.push(this.#line);
			this.#line++;
			this.#current = 0;
			start = end + 1;
		}
	}
}

/**
 * 0-based physical lines after `afterLine` that are empty (`\n` or `\r\n` alone), at most `limit`.
 *
 * @example blankLinesIn(utf8('a\n\nb\r\n\r\nc\n'), 0) → [1, 3]
 */
export function blankLinesIn(bytes: Uint8Array, afterLine: number, limit = 100_000): number[] {
	const scanner = new BlankLineScanner(afterLine, limit);
	scanner.push(bytes);
	return scanner.found;
}
