/**
 * Query for the access map: every subject of the registry with its best known patient access, and the
 * source of that evidence. Subjects without evidence are listed too, with `access_level` null («нет данных»).
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
	as_of: string | null;
	service_name: string | null;
	evidence_ru: string | null;
	evidence_en: string | null;
	source_id: string | null;
	source_publisher: string | null;
	source_title: string | null;
	source_url: string | null;
	source_published: string | null;
}

export function accessMapQuery(): BoundQuery {
	return {
		sql: `
			SELECT r.key, r.name_ru, r.name_short_ru, r.name_en, r.abbr_ru, r.abbr_en,
				r.federal_district, r.status,
				a.access_level, a.stage, a.as_of, a.service_name, a.evidence_ru, a.evidence_en,
				s.id AS source_id, s.publisher AS source_publisher, s.title AS source_title,
				s.url AS source_url, s.published AS source_published
			FROM regions r
			LEFT JOIN v_access_latest a USING (key)
			LEFT JOIN sources s ON s.id = a.source_id
			ORDER BY r.key`
	};
}
