/**
 * Queries over the data's change log (`data_changes`): the latest release and what it changed, and every
 * change that touched one subject, so a journalist can see that a colour or a number they published moved,
 * and why.
 */
import type { BoundQuery } from '../data/connector';

export interface DataChangeItemRow {
	release: string;
	file: string;
	key: string | null;
	change: string;
	effect: string;
	what_ru: string;
	what_en: string;
	why_ru: string;
	why_en: string;
	/** Short name of the subject (null for national and whole-file changes). */
	name_short_ru: string | null;
	name_en: string | null;
}

const SELECT = `
	SELECT strftime(c.release, '%Y-%m-%d') AS release, c.file, c.key, c.change, c.effect,
		c.what_ru, c.what_en, c.why_ru, c.why_en, r.name_short_ru, r.name_en
	FROM data_changes c
	LEFT JOIN regions r ON r.key = c.key`;

// Colour and headline changes first: they are what a reader may have published.
const ORDER = `ORDER BY c.release DESC,
	CASE c.effect WHEN 'colour' THEN 0 WHEN 'headline' THEN 1 WHEN 'number' THEN 2 ELSE 3 END,
	c.file, c.key NULLS FIRST`;

/** Every change of the latest release. */
export function latestChangesQuery(): BoundQuery {
	return { sql: `${SELECT} WHERE c.release = (SELECT max(release) FROM data_changes) ${ORDER}` };
}

/** Every change that touched subject `key`, newest release first. */
export function regionChangesQuery(key: string): BoundQuery {
	return { sql: `${SELECT} WHERE c.key = ? ${ORDER}`, params: [key] };
}

export interface ReleaseRow {
	release: string;
	changes: number;
}

/** The releases, newest first, with how many changes each made. */
export function releasesQuery(): BoundQuery {
	return {
		sql: `
			SELECT strftime(release, '%Y-%m-%d') AS release, count(*)::INTEGER AS changes
			FROM data_changes GROUP BY release ORDER BY release DESC`
	};
}
