/**
 * Problems as table rows for the page: line, column, value, what is wrong, how to fix it.
 */
import type { ImportProblem } from '$lib/import/problems';
import type { RegionChoice } from '$lib/queries/import-registry';
import type { Text } from '$lib/i18n/text';
import { regionName } from './match-text';

/** `[line, column, value, what, fix]`, all text. */
export function problemRow(p: ImportProblem, regions: readonly RegionChoice[], text: Text): (string | null)[] {
	const vars = {
		count: p.count ?? 1,
		region: p.key ? regionName(regions, p.key, text) : ''
	};
	return [
		p.line === undefined ? null : String(p.line),
		p.column ?? null,
		p.value ?? null,
		text.t(`import.problem.${p.kind}`, vars),
		text.t(`import.fix.${p.kind}`, vars)
	];
}
