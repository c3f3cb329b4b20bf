/**
 * Query for the coverage line: how many subjects the registry holds and for how many a patient-access
 * level is known (an observation whose level is not `unknown`).
 */
import type { BoundQuery } from '../data/connector';

export interface CoverageRow {
	subjects: number;
	with_access_level: number;
}

export function coverageQuery(): BoundQuery {
	return {
		sql: `
			SELECT
				(SELECT count(*) FROM regions) AS subjects,
				(SELECT count(DISTINCT key) FROM v_access_stage WHERE stage IS NOT NULL) AS with_access_level`
	};
}
