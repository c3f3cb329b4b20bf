/** How a result cell reads in the console's table: raw values, NULL shown as such, lists and structs as JSON. */
import type { Cell } from '$lib/data/arrow';

export function cellText(value: Cell | undefined): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}
