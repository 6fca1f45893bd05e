/**
 * Share and export of a country page's key numbers (its headline charts): the CSV of every headline chart's table
 * (one row per indicator and year, as the charts' tables show them) and the citation of the datasets behind them.
 * Pure; the page's slice (server/countryView.ts) has everything needed but the indicators' definitions, which the
 * route adds for the headline indicators only.
 */
import { unitShort } from '../data/units.ts';
import type { PublisherGroup } from '../charts/sourceFootnotes.ts';
import { decodeSeries } from '../data/compactSeries.ts';
import type { IndicatorCard, SourceLite } from '../data/countryPage.ts';
import { embedText } from '../strings/embed.ts';
import type { Lang } from '../strings/lang.ts';
import { shareText } from '../strings/share.ts';
import { shareMenuText } from '../strings/shareMenu.ts';
import { altText, citationFor, linesViewSummary } from './citation.ts';
import type { FigureMeta } from './figureMeta.ts';
import { figureSources } from './figureSources.ts';
import { lineLegend } from './lineLegend.ts';
import { lineRows, toCsv, type CsvTable } from './csvRows.ts';

export interface HeadlineExportInput {
	iso3: string;
	place: string;
	cards: readonly IndicatorCard[];
	/** The page's numbered Sources list (cards refer to it by number). */
	sourceList: readonly PublisherGroup<SourceLite>[];
	/** Indicator id -> definition (indicators.csv `description`). */
	definitions: Readonly<Record<string, string>>;
	url: string;
	date: Date;
	dataVersion?: string;
	/** The page's language: header lines, citation and image words (default English). */
	lang?: Lang;
}

function sourcesOf(i: HeadlineExportInput): { byNumber: Map<number, SourceLite>; byId: Map<string, SourceLite> } {
	const byNumber = new Map<number, SourceLite>();
	const byId = new Map<string, SourceLite>();
	for (const g of i.sourceList)
		for (const d of g.datasets) {
			byNumber.set(d.n, d.source);
			byId.set(d.source.source_id, d.source);
		}
	return { byNumber, byId };
}

/** Every dataset the headline charts draw on, in the page's numbering order, once each. */
export function headlineSources(i: HeadlineExportInput): SourceLite[] {
	const { byNumber } = sourcesOf(i);
	const ns = [...new Set(i.cards.flatMap((c) => c.refs))].sort((a, b) => a - b);
	return ns.flatMap((n) => (byNumber.has(n) ? [byNumber.get(n)!] : []));
}

/** The rows of every headline chart's table, indicator by indicator. */
export function headlineRows(i: HeadlineExportInput): CsvTable {
	const { byId } = sourcesOf(i);
	const sourceName = (id: string) => byId.get(id)?.publisher ?? id;
	const tables = i.cards.map((c) =>
		lineRows(
			decodeSeries({ indicator: c.indicator, data: { [i.iso3]: c.points } }, [i.iso3], () => i.place),
			{
				decimals: c.indicator.decimals,
				sourceName,
				indicator: { label: c.indicator.short_label, unit: c.indicator.unit }
			},
			i.lang
		)
	);
	return {
		columns:
			tables[0]?.columns ??
			lineRows([], { decimals: 0, sourceName, indicator: { label: '', unit: '' } }, i.lang).columns,
		rows: tables.flatMap((t) => t.rows)
	};
}

export function headlineCsv(i: HeadlineExportInput): string {
	return toCsv(
		{
			title: shareMenuText[i.lang ?? 'en'].country.what(i.place),
			sources: headlineSources(i),
			indicators: i.cards.map((c) => ({
				label: c.indicator.short_label,
				unit: c.indicator.unit,
				definition: i.definitions[c.indicator.indicator_id] ?? ''
			})),
			url: i.url,
			retrieved: i.date,
			dataVersion: i.dataVersion
		},
		headlineRows(i),
		i.lang
	);
}

export function headlineCitation(i: HeadlineExportInput): string {
	return citationFor(headlineSources(i), { url: i.url, date: i.date, lang: i.lang });
}

/**
 * What the image of the country's headline chart (its first card, the one /embed/country/<ISO3> draws) states:
 * the embed's title, the indicator and unit, that card's datasets, the one-sentence summary as alt text, its legend.
 */
export function headlineFigureMeta(i: HeadlineExportInput): FigureMeta | null {
	const c = i.cards[0];
	if (!c) return null;
	const { byNumber } = sourcesOf(i);
	const series = decodeSeries({ indicator: c.indicator, data: { [i.iso3]: c.points } }, [i.iso3], () => i.place);
	const unit = unitShort(c.indicator.unit);
	const lang = i.lang ?? 'en';
	return {
		title: embedText[lang].countryChart(c.indicator.short_label, i.place),
		subtitle: shareText[lang].country.subtitle(c.indicator.unit),
		sources: figureSources(c.refs.flatMap((n) => byNumber.get(n) ?? [])),
		url: i.url,
		// The summary sentence is lineSummary.ts's, in `lang` (no measure: "the value" / «verdien»).
		alt: altText('line', linesViewSummary(series, { measure: null, unit, decimals: c.indicator.decimals }, lang), lang),
		legend: lineLegend(series)
	};
}
