/**
 * DuckDB's CSV errors, read for the user: the line, what is wrong, and DuckDB's own text without its
 * «Possible fixes» (options such as `strict_mode=false` or `ignore_errors=true` that a user of this page
 * cannot set and that would hide the fault). The page shows a Russian sentence naming the line; DuckDB's text
 * stays in a «Подробности для специалиста» fold.
 */

export type CsvFault = 'columns' | 'quote' | 'unicode' | 'layout' | 'other';

export interface CsvErrorInfo {
	fault: CsvFault;
	/** 1-based line DuckDB names, when it names one. */
	line?: number;
	/** DuckDB's text, minus the options it suggests. */
	detail: string;
}

/**
 * @example explainCsvError('CSV Error on Line: 3\nExpected Number of Columns: 2 Found: 3\nPossible fixes:\n* …')
 *   → { fault: 'columns', line: 3, detail: 'CSV Error on Line: 3\nExpected Number of Columns: 2 Found: 3' }
 */
export function explainCsvError(message: string): CsvErrorInfo {
	const detail = message
		.split('\n')
		.filter((l) => !/^\s*\*\s/.test(l) && !/^Possible fixes/i.test(l) && !/^\s+(file|delimiter|quote|escape|new_line|header|skip_rows|comment|strict_mode|date_format|timestamp_format|null_padding|sample_size|ignore_errors|all_varchar)\s*=/.test(l))
		.join('\n')
		.trim();
	const lineMatch = /Line:\s*(\d+)/i.exec(message) ?? /line (\d+)/i.exec(message);
	const line = lineMatch ? Number(lineMatch[1]) : undefined;
	let fault: CsvFault = 'other';
	if (/Expected Number of Columns/i.test(message)) fault = 'columns';
	else if (/unterminated quote|quote/i.test(message)) fault = 'quote';
	else if (/unicode|utf-?8/i.test(message)) fault = 'unicode';
	else if (/state machine|invalid state|not possible to parse/i.test(message)) fault = 'layout';
	return { fault, line, detail };
}
