/**
 * What a figure's share menu writes into its CSV and citation — the rows shown, the sources and indicator named in
 * the header — for the two kinds of view: a line chart (its table's places × years, the years since the reform when
 * aligned) and the map (its ranked table). One place for the shape, so every route hands the same thing to
 * FigureShare.svelte. The rows are made in the language asked for when the file is written (`rows(lang)`: column
 * names, missing-value words; the numbers are the same in every language), by the export code, which is fetched
 * then (loadShareTools.ts): the routes that hand these over do not load it up front. No DOM.
 */
import type { Series } from '../charts/series.ts';
import type { Indicator, Source } from '../data/types.ts';
import type { MapCell } from '../map/mapCells.ts';
import type { MapMode } from '../map/mapMode.ts';
import type { Lang } from '../strings/lang.ts';
import type { CsvIndicator, CsvTable } from './csvRows.ts';
import { loadShareTools } from './loadShareTools.ts';

export interface ShareNumbers {
	sources: readonly Source[];
	indicators: readonly CsvIndicator[];
	rows: (lang: Lang) => Promise<CsvTable>;
}

type Ind = Pick<Indicator, 'label' | 'unit' | 'description' | 'decimals'>;

/** Publisher of a source id among the given sources (the id itself when not among them). */
export const publisherOf = (sources: readonly Source[]) => {
	const by = new Map(sources.map((s) => [s.source_id, s.publisher]));
	return (id: string) => by.get(id) ?? id;
};

/** A line chart's numbers: `unit` overrides the indicator's (indexed lines); aligned lines are written as years since the reform. */
export function lineNumbers(i: {
	indicator: Ind;
	series: readonly Series[];
	sources: readonly Source[];
	unit?: string;
	aligned?: boolean;
}): ShareNumbers {
	return {
		sources: i.sources,
		indicators: [{ label: i.indicator.label, unit: i.unit ?? i.indicator.unit, definition: i.indicator.description }],
		rows: async (lang) => {
			const { lineRows, shareText } = await loadShareTools();
			return lineRows(
				i.series,
				{
					decimals: i.indicator.decimals,
					sourceName: publisherOf(i.sources),
					xColumn: i.aligned ? shareText[lang].csv.col.yearsSinceReform : undefined
				},
				lang
			);
		}
	};
}

/** The map's numbers: its ranked table's rows in their default order. */
export function mapNumbers(i: {
	indicator: Ind;
	cells: Iterable<MapCell>;
	mode: MapMode;
	nameOf: (iso3: string) => string;
	sources: readonly Source[];
}): ShareNumbers {
	const cells = [...i.cells];
	return {
		sources: i.sources,
		indicators: [{ label: i.indicator.label, unit: i.indicator.unit, definition: i.indicator.description }],
		rows: async (lang) =>
			(await loadShareTools()).mapRows(
				cells,
				{
					mode: i.mode,
					decimals: i.indicator.decimals,
					nameOf: i.nameOf,
					sourceName: publisherOf(i.sources)
				},
				lang
			)
	};
}
