/**
 * Query for the access map: every subject of the registry with its best *observed* patient access and the
 * source of that evidence, plus its newest promise (announced, planned or required), which the map shows
 * as a hollow mark and a «обещано» line, never as a colour. Subjects without evidence are listed too,
 * with `access_level` null («нет данных»); `reviewed_on` is the date of the latest data release, when the
 * sources were last reviewed.
 */
import type { BoundQuery } from '../data/connector';
import type { ACCESS_LEVELS } from '../data/schemas/emr-access';

export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface AccessMapRow {
	key: string;
	name_ru: string;
	name_short_ru: string;
	name_en: string;
	abbr_ru: string;
	abbr_en: string;
	federal_district: string | null;
	status: string;
	access_level: AccessLevel | null;
	stage: number | null;
	observed_on: string | null;
	service_name: string | null;
	evidence_ru: string | null;
	evidence_en: string | null;
	source_id: string | null;
	source_publisher: string | null;
	source_title: string | null;
	source_url: string | null;
	source_published: string | null;
	promised_level: AccessLevel | null;
	promised_statement: string | null;
	promised_on: string | null;
	promised_service: string | null;
	reviewed_on: string | null;
}

export function accessMapQuery(): BoundQuery {
	return {
		sql: `
			SELECT r.key, r.name_ru, r.name_short_ru, r.name_en, r.abbr_ru, r.abbr_en,
				r.federal_district, r.status,
				a.access_level, a.stage, a.observed_on, a.service_name, a.evidence_ru, a.evidence_en,
				s.id AS source_id, s.publisher AS source_publisher, s.title AS source_title,
				s.url AS source_url, s.published AS source_published,
				p.promised_level, p.statement AS promised_statement, p.observed_on AS promised_on,
				p.service_name AS promised_service,
				(SELECT strftime(max(release), '%Y-%m-%d') FROM data_changes) AS reviewed_on
			FROM regions r
			LEFT JOIN v_access_latest a USING (key)
			LEFT JOIN sources s ON s.id = a.source_id
			LEFT JOIN (
				SELECT * FROM v_access_promised
				QUALIFY row_number() OVER (PARTITION BY key ORDER BY observed_on DESC NULLS LAST, service_name) = 1
			) p ON p.key = r.key
			ORDER BY r.key`
	};
}
