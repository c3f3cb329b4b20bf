/**
 * Pure shaping for the funding scatter: query rows + the chosen axes → the points drawn, the robust fit,
 * the outliers with a one-line explanation each, and the coverage counts the page states.
 *
 * The fit is always of ln(rubles per resident) on the y measure (whatever the x scale shown), so "an
 * outlier" means: spends far more, or far less, than regions with the same access (or use, or internet
 * use) typically do. With internet use on y, each tooltip also says what patients can see, so money,
 * connectivity and access read together.
 */
import { regionName } from '$lib/domain/regions';
import { percentText } from '$lib/components/ranking/metric-text';
import type { FundingScatterRow, ScatterIndicator } from '$lib/queries/funding-scatter';
import type { MessageKey } from '$lib/i18n/messages';
import type { Text } from '$lib/i18n/text';
import { robustOutliers, type LineFit } from '../../charts/shape/robust-fit';
import { dodgeRows } from '../../charts/shape/dodge';

/** x measures (URL values shared with the map's metric switch). */
export const FUNDING_X_AXES = ['health_per_resident', 'subsidy_per_resident'] as const;
export type FundingXAxis = (typeof FUNDING_X_AXES)[number];
/** y measures of the atlas (internet use: Rosstat's survey of the same year as the spending). */
export const FUNDING_Y_AXES = ['access', 'users_per_100', 'internet_use'] as const;
export type FundingYAxis = (typeof FUNDING_Y_AXES)[number];
/** The y measure drawn: one of the atlas's, or a metric from the user's own imported file. */
export type FundingY = FundingYAxis | 'imported';

/** A metric of the user's imported file as the y measure (values by region key; regions without one absent). */
export interface ImportedY {
	label: string;
	unit: string;
	/** Where the numbers come from, as the page says it («file.csv (ваши данные, загружено 12.03.2025)»). */
	source: string;
	values: ReadonlyMap<string, number>;
}

/** The Treasury indicator behind each x measure. */
export const X_INDICATOR: Record<FundingXAxis, ScatterIndicator> = {
	health_per_resident: 'health_consolidated_incl_tfoms',
	subsidy_per_resident: 'digital_contour_subsidy'
};

export const MOSCOW_KEY = 'RU-MOW';

export interface ScatterSettings {
	x: FundingXAxis;
	y: FundingY;
	/** The imported metric when `y` is `imported`. */
	imported?: ImportedY | null;
	year: number;
	logScale: boolean;
	withoutMoscow: boolean;
}

export interface ScatterPoint {
	key: string;
	/** Short display name, also the point's label. */
	name: string;
	/** Rubles per resident. */
	x: number;
	/** Stage (0–3), users per 100 residents, % using the internet, or the imported metric's value. */
	y: number;
	/** Where the point is drawn: stage points at the same level are nudged apart vertically. */
	yDrawn: number;
	outlier: boolean;
	/** Tooltip lines, plain text. */
	tooltip: string[];
}

export interface OutlierNote {
	key: string;
	name: string;
	/** One plain-language line: «Якутия: расходы выше медианы округа на 75 %, но доступ только у врачей». */
	text: string;
}

export interface ScatterCoverage {
	/** Subjects in the registry. */
	total: number;
	withX: number;
	withY: number;
	/** Subjects with both values (Moscow included). */
	both: number;
	/** Points drawn (without Moscow when it is left out). */
	shown: number;
}

export interface FundingScatterShape {
	points: ScatterPoint[];
	/** ln(x) = intercept + slope·y, or null with too few points. */
	fit: LineFit | null;
	outliers: OutlierNote[];
	coverage: ScatterCoverage;
}

function yValue(row: FundingScatterRow, settings: Pick<ScatterSettings, 'y' | 'imported'>): number | null {
	if (settings.y === 'imported') return settings.imported?.values.get(row.key) ?? null;
	if (settings.y === 'internet_use') return row.internet_percent;
	return settings.y === 'access' ? row.stage : row.per_100;
}

/** An imported value as text: «120,5 тыс. чел.». */
export function importedValueText(y: number, imported: ImportedY, text: Text): string {
	return imported.unit ? `${text.decimal(y, 2)} ${imported.unit}` : text.decimal(y, 2);
}


/**
 * How the y value reads in a sentence: «доступ только у врачей», «45,3 пользователя на 100 жителей»,
 * «интернетом пользуются 91,7 % жителей 15–74 лет», «Пользователи ЭМК: 120,5 тыс. чел.».
 */
export function yPhrase(y: number, axis: FundingY, text: Text, imported?: ImportedY | null): string {
	if (axis === 'imported' && imported) return `${imported.label}: ${importedValueText(y, imported, text)}`;
	if (axis === 'internet_use') return text.t('funding.internetPhrase', { value: percentText(y, text) });
	return axis === 'access'
		? text.t(`funding.stagePhrase.${y}` as MessageKey)
		: text.plural('value.perHundred', y, { value: text.decimal(y) });
}

function percent(share: number, text: Text): string {
	return `${text.number(Math.round(Math.abs(share) * 100))} %`;
}

/** The one-line explanation of an outlier (residual sign: + spends more than typical for its y). */
export function explainOutlier(options: {
	row: FundingScatterRow;
	residual: number;
	y: number;
	axis: FundingY;
	text: Text;
	imported?: ImportedY | null;
}): string {
	const { row, residual, y, axis, text, imported } = options;
	const vars = { name: regionName(row, text), access: yPhrase(y, axis, text, imported) };
	const x = row.rub_per_resident as number;
	const share = row.district_median ? x / row.district_median - 1 : 0;
	// Internet use is context, not a contrast with the money («…; интернетом пользуются 72 %», not «но»).
	const suffix = axis === 'internet_use' ? '.neutral' : '';
	// Say it against the district when that agrees with the fit; otherwise against the fit itself.
	if (residual > 0 && share > 0.05) return text.t(`funding.outlier.aboveDistrict${suffix}`, { ...vars, pct: percent(share, text) });
	if (residual < 0 && share < -0.05) return text.t(`funding.outlier.belowDistrict${suffix}`, { ...vars, pct: percent(share, text) });
	const ratio = text.decimal(Math.exp(Math.abs(residual)));
	return text.t(`${residual > 0 ? 'funding.outlier.aboveFit' : 'funding.outlier.belowFit'}${suffix}`, { ...vars, ratio });
}

function tooltipLines(row: FundingScatterRow, settings: ScatterSettings, text: Text): string[] {
	const lines = [
		text.t('funding.tooltip.x', { value: text.rubles(row.rub_per_resident as number), year: settings.year }),
		text.t('funding.tooltip.total', {
			indicator: text.t(`funding.x.${settings.x}.short` as MessageKey),
			value: text.compact(row.value_rub as number),
			population: text.number(row.population as number),
			date: text.date(row.population_date as string)
		})
	];
	if (row.district_median !== null && row.district_abbr_ru) {
		const district = text.locale === 'ru' ? row.district_abbr_ru : (row.district_abbr_en as string);
		lines.push(text.t('funding.tooltip.district', { district, value: text.rubles(row.district_median) }));
	}
	if (settings.y === 'imported' && settings.imported) {
		const value = settings.imported.values.get(row.key) as number;
		lines.push(`${settings.imported.label}: ${importedValueText(value, settings.imported, text)}`);
		lines.push(settings.imported.source);
	} else if (settings.y === 'internet_use') {
		lines.push(text.t('funding.tooltip.internet', {
			value: percentText(row.internet_percent as number, text),
			year: String(row.internet_year ?? settings.year)
		}));
		if (row.internet_source_publisher)
			lines.push(sourceText(row.internet_source_publisher, row.internet_source_published, text));
		if (row.access_level)
			lines.push(text.t('funding.tooltip.stage', { level: text.t(`access.${row.access_level}` as MessageKey) }));
	} else if (settings.y === 'access') {
		lines.push(text.t('funding.tooltip.stage', { level: text.t(`access.${row.access_level}` as MessageKey) }));
		if (row.access_as_of) lines.push(text.t('tooltip.asOf', { date: text.date(row.access_as_of) }));
		if (row.access_source_publisher)
			lines.push(sourceText(row.access_source_publisher, row.access_source_published, text));
	} else {
		lines.push(text.t('funding.tooltip.users', {
			value: text.decimal(row.per_100 as number),
			metric: text.t(`metric.${row.usage_metric}` as MessageKey),
			date: row.usage_period_end ? text.date(row.usage_period_end.slice(0, 7)) : '—'
		}));
		if (row.usage_source_publisher)
			lines.push(sourceText(row.usage_source_publisher, row.usage_source_published, text));
	}
	return lines;
}

function sourceText(publisher: string, published: string | null, text: Text): string {
	return published
		? text.t('tooltip.source', { publisher, date: text.date(published) })
		: text.t('tooltip.sourceUndated', { publisher });
}

/** Rows → points, fit, outliers and coverage for the chosen axes. */
export function shapeFundingScatter(options: {
	rows: readonly FundingScatterRow[];
	settings: ScatterSettings;
	text: Text;
}): FundingScatterShape {
	const { rows, settings, text } = options;
	const withBoth = rows.filter((r) => r.rub_per_resident !== null && r.rub_per_resident > 0 && yValue(r, settings) !== null);
	const drawn = withBoth.filter((r) => !(settings.withoutMoscow && r.key === MOSCOW_KEY));
	const result = robustOutliers({ points: drawn.map((r) => ({ p: yValue(r, settings) as number, v: Math.log(r.rub_per_resident as number) })) });
	const yDrawn =
		settings.y === 'access'
			? dodgeRows({
					points: drawn.map((r) => ({ x: r.rub_per_resident as number, row: r.stage as number })),
					logScale: settings.logScale
				})
			: drawn.map((r) => yValue(r, settings) as number);

	const notes = drawn.map((row, i) =>
		result.outlier[i]
			? explainOutlier({
					row,
					residual: result.residuals[i] as number,
					y: yValue(row, settings) as number,
					axis: settings.y,
					text,
					imported: settings.imported
				})
			: null
	);
	const points: ScatterPoint[] = drawn.map((row, i) => {
		const tooltip = tooltipLines(row, settings, text);
		return {
			key: row.key,
			name: regionName(row, text),
			x: row.rub_per_resident as number,
			y: yValue(row, settings) as number,
			yDrawn: yDrawn[i] as number,
			outlier: notes[i] !== null,
			tooltip: notes[i] ? [...tooltip, text.t('funding.tooltip.outlier')] : tooltip
		};
	});
	const outliers = points.flatMap((p, i) => {
		const note = notes[i];
		return note ? [{ key: p.key, name: p.name, text: note }] : [];
	});
	return {
		points,
		fit: result.fit,
		outliers,
		coverage: {
			total: rows.length,
			withX: rows.filter((r) => r.rub_per_resident !== null).length,
			withY: rows.filter((r) => yValue(r, settings) !== null).length,
			both: withBoth.length,
			shown: drawn.length
		}
	};
}
