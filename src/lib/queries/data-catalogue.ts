/**
 * Queries for the data page: for each shipped table its row count and, per column, how many rows and how
 * many registry subjects have a value; coverage of funding per indicator and year; the list of sources
 * with how many fact rows cite each.
 */
import type { BoundQuery } from '../data/connector';
import type { DatasetSpec } from '../data/columns';
import { ident } from './sql';

export interface ColumnCoverageRow {
	column_name: string;
	filled_rows: number;
	/** Registry subjects with at least one row where this column has a value (null if the table has no `key`). */
	filled_subjects: number | null;
}

/** Per-column fill counts of one dataset's table, one row per column in spec order. */
export function columnCoverageQuery(spec: DatasetSpec): BoundQuery {
	const hasKey = 'key' in spec.columns;
	const parts = Object.keys(spec.columns).map((name, i) => {
		const col = ident(name);
		const subjects = hasKey
			? `count(DISTINCT key) FILTER (WHERE ${col} IS NOT NULL AND key IN (SELECT key FROM regions))`
			: 'NULL';
		return `SELECT ${i} AS position, ? AS column_name, count(${col}) AS filled_rows,
			${subjects} AS filled_subjects FROM ${ident(spec.name)}`;
	});
	return {
		sql: `SELECT column_name, filled_rows, filled_subjects FROM (${parts.join(' UNION ALL ')}) ORDER BY position`,
		params: Object.keys(spec.columns)
	};
}

export interface RowCountRow {
	rows: number;
}

export function rowCountQuery(spec: DatasetSpec): BoundQuery {
	return { sql: `SELECT count(*) AS rows FROM ${ident(spec.name)}` };
}

export interface FundingCoverageRow {
	indicator: string;
	year: number;
	subjects: number;
}

/** Subjects with a value, per funding indicator and year. */
export function fundingCoverageQuery(): BoundQuery {
	return {
		sql: `SELECT indicator, year, count(DISTINCT key) AS subjects
			FROM funding WHERE value_rub IS NOT NULL
			GROUP BY indicator, year ORDER BY indicator, year`
	};
}

export interface SourceListRow {
	id: string;
	publisher: string;
	title: string;
	url: string | null;
	published: string | null;
	kind: string;
	note: string | null;
	cited_by: number;
}

/** Every source with the number of fact rows (access, usage, funding, registry) that cite it. */
export function sourceListQuery(): BoundQuery {
	return {
		sql: `
			WITH citations AS (
				SELECT source_id AS id FROM emr_access
				UNION ALL SELECT source_id FROM usage
				UNION ALL SELECT source_id FROM funding
				UNION ALL SELECT source_id FROM funding_notes
				UNION ALL SELECT source_id FROM population
				UNION ALL SELECT population_source_id FROM regions WHERE population_source_id IS NOT NULL
				UNION ALL SELECT area_source_id FROM regions WHERE area_source_id IS NOT NULL
				UNION ALL SELECT codes_source_id FROM regions WHERE codes_source_id IS NOT NULL
			)
			SELECT s.id, s.publisher, s.title, s.url, s.published, s.kind, s.note,
				(SELECT count(*) FROM citations c WHERE c.id = s.id) AS cited_by
			FROM sources s
			ORDER BY cited_by DESC, s.publisher`
	};
}
