/**
 * The evidence rules of `emr/access.csv`: a level rests on a quoted sentence that says it works, never on
 * a plan, a promise, a decree or a future date. Used by `npm run check:data`, by `npm run add:evidence`
 * and by the «Предложить сведения» form in the browser, so a contributed row meets the same rules as a
 * shipped one.
 */
import { partialDateStart } from '../data/columns';
import type { Issue } from '../data/issues';
import { QUOTE_MAX_WORDS, type EmrAccessRow } from '../data/schemas/emr-access';

export interface EvidenceSource {
	id: string;
	published: string | null;
}

/** Words of a quote, as a reader counts them (an ellipsis or a dash alone is not a word). */
export function quoteWords(quote: string): number {
	return quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}


type EvidenceRow = Pick<
	EmrAccessRow,
	'statement' | 'access_level' | 'promised_level' | 'observed_on' | 'quote' | 'launched_year'
>;

/**
 * Problems of one row, as `[column, value, message]`; empty when the row is sound. `today` is
 * `YYYY-MM-DD`; `published` the source's publication date (null when undated).
 */
export function evidenceProblems(
	row: EvidenceRow,
	published: string | null,
	today: string
): [column: string, value: string, message: string][] {
	const problems: [string, string, string][] = [];
	if (row.statement !== 'observed' && row.access_level !== 'unknown')
		problems.push([
			'access_level',
			row.access_level,
			`уровень доступа задан по строке «${row.statement}» (план, обещание или требование): у таких строк access_level = unknown, а обещанное — в promised_level`
		]);
	if (row.statement === 'observed' && row.promised_level !== null)
		problems.push([
			'promised_level',
			row.promised_level,
			'обещанный уровень указан у наблюдаемой строки: обещание — отдельная строка'
		]);
	if (row.observed_on !== null && partialDateStart(row.observed_on) > today)
		problems.push(['observed_on', row.observed_on, `дата в будущем (сегодня ${today}): срок — не наблюдение`]);
	if (row.observed_on !== null && published !== null && partialDateStart(row.observed_on) > partialDateStart(published))
		problems.push([
			'observed_on',
			row.observed_on,
			`дата позже публикации источника (${published}): источник не может видеть то, что ещё не наступило`
		]);
	const words = quoteWords(row.quote);
	if (words === 0) problems.push(['quote', row.quote, 'нет цитаты, на которой стоит уровень']);
	else if (words > QUOTE_MAX_WORDS)
		problems.push(['quote', row.quote.slice(0, 60) + '…', `цитата длиннее ${QUOTE_MAX_WORDS} слов (${words})`]);
	if (row.launched_year !== null && row.statement !== 'observed')
		problems.push([
			'launched_year',
			String(row.launched_year),
			'год запуска у необъявленного в работе сервиса: запуск должен быть назван источником'
		]);
	return problems;
}

/** Every evidence problem of the access table, as issues with file and line. */
export function checkEvidence(
	table: { file: string; rows: readonly EmrAccessRow[]; lines?: readonly number[] },
	sources: readonly EvidenceSource[],
	today: string
): Issue[] {
	const published = new Map(sources.map((s) => [s.id, s.published]));
	return table.rows.flatMap((row, i) =>
		evidenceProblems(row, published.get(row.source_id) ?? null, today).map(
			([column, value, message]): Issue => ({
				kind: column === 'observed_on' ? 'bad_date' : 'inconsistent',
				file: table.file,
				line: table.lines?.[i],
				column,
				value,
				message
			})
		)
	);
}
