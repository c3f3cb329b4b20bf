/**
 * An imported metric's rows with region names, for the import page's result table.
 */
import type { BoundQuery } from '$lib/data/connector';
import { ident } from './sql';

export interface ImportedMetricPreviewRow {
	key: string;
	name_ru: string;
	name_en: string;
	value: number;
}

/** Rows of the `(key, value)` view `view`, joined to the registry, by Russian name. */
export function importedMetricPreviewQuery(view: string): BoundQuery {
	return {
		sql: `SELECT v.key, r.name_ru, r.name_en, v.value FROM ${ident(view)} v JOIN regions r USING (key) ORDER BY r.name_ru`
	};
}
