/**
 * Errors of the import, by code: the page turns a code into a message in the reader's language (messages
 * `import.error.<code>`), with `details` filled into the placeholders. DuckDB's own text, where there is one,
 * travels in `details.message` and is shown in full.
 */
export type ImportErrorCode =
	| 'empty_file'
	| 'blank_file'
	| 'not_text'
	| 'header_only'
	| 'too_many_fields'
	| 'unterminated_quote'
	| 'too_large'
	| 'not_utf8'
	| 'cancelled'
	| 'read_failed'
	| 'csv_failed'
	| 'no_region_column'
	| 'no_value_column'
	| 'blocking_problems'
	| 'commit_failed'
	| 'storage_failed'
	| 'worker_failed';

export class ImportError extends Error {
	readonly code: ImportErrorCode;
	readonly details: Record<string, string | number>;

	constructor(code: ImportErrorCode, details: Record<string, string | number> = {}) {
		super(`${code}${details.message ? `: ${details.message}` : ''}`);
		this.name = 'ImportError';
		this.code = code;
		this.details = details;
	}
}

/** The text of any thrown value (DuckDB errors arrive as `Error` with the full message). */
export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** True for the error a cancelled import or query ends with (ours, DuckDB's interrupt, or an AbortError). */
export function isCancellation(error: unknown): boolean {
	if (error instanceof ImportError) return error.code === 'cancelled';
	const text = messageOf(error);
	return /INTERRUPT|Interrupted|AbortError|cancel/i.test(text);
}
