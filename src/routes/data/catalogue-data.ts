/** Everything the data page shows, from the data-catalogue queries (run at build time). */
import type { Connector } from '$lib/data/connector';
import type { Described, SqlType } from '$lib/data/columns';
import { datasets } from '$lib/data/schemas';
import { servedFileName } from '$lib/data/load-datasets';
import {
	columnCoverageQuery,
	fundingCoverageQuery,
	rowCountQuery,
	sourceListQuery,
	type ColumnCoverageRow,
	type FundingCoverageRow,
	type RowCountRow,
	type SourceListRow
} from '$lib/queries/data-catalogue';
import { latestChangesQuery, releasesQuery, type DataChangeItemRow, type ReleaseRow } from '$lib/queries/data-changes';
import { evidenceSummaryQuery, type EvidenceSummaryRow } from '$lib/queries/evidence-summary';

export interface CatalogueColumn extends ColumnCoverageRow {
	sqlType: SqlType;
	nullable: boolean;
	description: Described;
}

export interface CatalogueTable {
	name: string;
	file: string;
	download: string;
	description: Described;
	rows: number;
	columns: CatalogueColumn[];
}

export interface CatalogueData {
	tables: CatalogueTable[];
	fundingCoverage: FundingCoverageRow[];
	sources: SourceListRow[];
	subjects: number;
	/** «Что изменилось»: every change of the latest data release. */
	latestChanges: DataChangeItemRow[];
	releases: ReleaseRow[];
	evidence: EvidenceSummaryRow;
}

export async function loadCatalogue(db: Connector): Promise<CatalogueData> {
	const tables = await Promise.all(
		datasets.map(async (spec): Promise<CatalogueTable> => {
			const [count] = await db.rows<RowCountRow>(rowCountQuery(spec));
			const coverage = await db.rows<ColumnCoverageRow>(columnCoverageQuery(spec));
			return {
				name: spec.name,
				file: spec.file,
				download: servedFileName(spec),
				description: spec.description,
				rows: count?.rows ?? 0,
				columns: coverage.map((c) => {
					const col = spec.columns[c.column_name];
					if (!col) throw new Error(`coverage for unknown column ${c.column_name}`);
					return { ...c, sqlType: col.sqlType, nullable: col.nullable, description: col.description };
				})
			};
		})
	);
	const subjects = tables.find((t) => t.name === 'regions')?.rows ?? 0;
	const [evidence] = await db.rows<EvidenceSummaryRow>(evidenceSummaryQuery());
	if (!evidence) throw new Error('evidence summary returned no row');
	return {
		latestChanges: await db.rows<DataChangeItemRow>(latestChangesQuery()),
		releases: await db.rows<ReleaseRow>(releasesQuery()),
		evidence,
		tables,
		fundingCoverage: await db.rows<FundingCoverageRow>(fundingCoverageQuery()),
		sources: await db.rows<SourceListRow>(sourceListQuery()),
		subjects
	};
}
