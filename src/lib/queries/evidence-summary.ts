/**
 * How much the access map rests on: subjects with an observed stage (coloured), with any evidence row at
 * all, with a promise only, and rows per kind of statement. Shown on /data beside the change log.
 */
import type { BoundQuery } from '../data/connector';

export interface EvidenceSummaryRow {
	subjects_observed_stage: number;
	subjects_any_evidence: number;
	subjects_promise_only: number;
	rows_observed: number;
	rows_announced: number;
	rows_planned: number;
	rows_required: number;
}

export function evidenceSummaryQuery(): BoundQuery {
	return {
		sql: `
			SELECT
				(SELECT count(DISTINCT key) FROM v_access_stage WHERE stage IS NOT NULL)::INTEGER AS subjects_observed_stage,
				(SELECT count(DISTINCT key) FROM v_access_stage)::INTEGER AS subjects_any_evidence,
				(SELECT count(DISTINCT key) FROM v_access_stage a
					WHERE NOT EXISTS (SELECT 1 FROM v_access_stage o WHERE o.key = a.key AND o.statement = 'observed')
				)::INTEGER AS subjects_promise_only,
				count(*) FILTER (WHERE statement = 'observed')::INTEGER AS rows_observed,
				count(*) FILTER (WHERE statement = 'announced')::INTEGER AS rows_announced,
				count(*) FILTER (WHERE statement = 'planned')::INTEGER AS rows_planned,
				count(*) FILTER (WHERE statement = 'required')::INTEGER AS rows_required
			FROM emr_access`
	};
}
