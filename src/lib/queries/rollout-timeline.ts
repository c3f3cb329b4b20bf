/**
 * Query for the rollout timeline (`/timeline`): every dated observation of patients' access with a stage
 * (none 0 → doctors_only 1 → partial 2 → full 3), with its service, evidence and source. Observations
 * without a date cannot be placed in time and are left out (the page says how many regions that leaves
 * out); `unknown` observations have no stage and are left out too.
 */
import type { BoundQuery } from '../data/connector';
import type { AccessLevel } from './access-map';

export interface RolloutObservationRow {
	key: string;
	name_short_ru: string;
	name_en: string;
	/** As published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	observed_on: string;
	/** The first month the observation can refer to (`2020` → `2020-01`). */
	as_of_month: string;
	service_name: string;
	channel: string;
	access_level: AccessLevel;
	stage: number;
	evidence_ru: string | null;
	evidence_en: string | null;
	source_publisher: string | null;
	source_title: string | null;
	source_url: string | null;
	source_published: string | null;
}

/** Dated, staged observations, ordered by region and date. */
export function rolloutTimelineQuery(): BoundQuery {
	return {
		sql: `
			SELECT a.key, r.name_short_ru, r.name_en, a.observed_on,
				CASE WHEN length(a.observed_on) = 4 THEN a.observed_on || '-01' ELSE substr(a.observed_on, 1, 7) END AS as_of_month,
				a.service_name, a.channel, a.access_level, a.stage, a.evidence_ru, a.evidence_en,
				s.publisher AS source_publisher, s.title AS source_title, s.url AS source_url,
				s.published AS source_published
			FROM v_access_stage a
			JOIN regions r USING (key)
			LEFT JOIN sources s ON s.id = a.source_id
			WHERE a.observed_on IS NOT NULL AND a.stage IS NOT NULL
			ORDER BY a.key, a.observed_on, a.service_name`
	};
}

export interface UndatedCountRow {
	/** Regions whose only staged evidence is undated (they are on the overview map, not on the timeline). */
	undated_only: number;
}

/** How many regions have a known stage but no dated staged observation. */
export function undatedOnlyQuery(): BoundQuery {
	return {
		sql: `
			SELECT count(*) AS undated_only FROM (
				SELECT key FROM v_access_stage WHERE stage IS NOT NULL
				GROUP BY key HAVING count(observed_on) = 0
			)`
	};
}
