/** The registry's subjects for the map tests (read from `data/regions/regions.csv`). */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface RegistryRow {
	key: string;
	name_en: string;
	name_short_ru: string;
	abbr_ru: string;
	federal_district: string;
	status: string;
	area_km2: string;
}

export function readRegistry(): RegistryRow[] {
	const text = readFileSync(new URL('../../../data/regions/regions.csv', import.meta.url), 'utf8');
	return Papa.parse<RegistryRow>(text, { header: true, skipEmptyLines: true }).data;
}

export function readCsv<T>(repoPath: string): T[] {
	const text = readFileSync(new URL(`../../../${repoPath}`, import.meta.url), 'utf8');
	return Papa.parse<T>(text, { header: true, skipEmptyLines: true }).data;
}
