/**
 * "Cite this": "Publisher (year). Dataset. Retrieved <date> from <view URL> via Drug Policy Explorer.", one work per
 * dataset the view draws on (the same dataset once), and a one-sentence summary of the view that also serves as the
 * alt text of its exported image and embed. The summaries are the charts' own (charts/*Summary.ts), wrapped here. Pure.
 */
import { summariseCompare, type CompareSummaryInput } from '../charts/compareSummary.ts';
import { summariseLines, type SummaryOptions } from '../charts/lineSummary.ts';
import { summariseMap, type MapSummaryInput } from '../charts/mapSummary.ts';
import type { Series } from '../charts/series.ts';
import { endSentence } from '../charts/format.ts';
import { shareEn } from '../strings/shareEn.ts';

export interface CiteSource {
	publisher: string;
	/** The dataset's title, as its publisher names it. */
	title: string;
	/** Release year, or '' / 'n.d.' when undated. */
	year: string;
}

type Words = Pick<typeof shareEn, 'citationText' | 'work' | 'locale'>;

/** A date as the catalogue's locale writes it ("1 December 2026" in en-GB), in UTC so every reader sees one date. */
export function formatDate(date: Date, locale: string = shareEn.locale): string {
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		date
	);
}

/** The sources once each (same publisher, title and year), in the order given. */
export function uniqueSources<S extends CiteSource>(sources: readonly S[]): S[] {
	const seen = new Set<string>();
	return sources.filter((s) => {
		const key = `${s.publisher}\u0000${s.title}\u0000${s.year}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export interface CitationOptions {
	/** The view's URL (absolute). */
	url: string;
	date: Date;
	/** Defaults to the catalogue's locale. */
	locale?: string;
	words?: Words;
}

/** The citation of a view: every dataset it shows, then when and where it was retrieved. */
export function citationFor(sources: readonly CiteSource[], o: CitationOptions): string {
	const w = o.words ?? shareEn;
	const works = uniqueSources(sources).map((s) =>
		endSentence(w.work(s.publisher.trim(), s.year === 'n.d.' ? '' : s.year.trim(), s.title.trim()))
	);
	return w.citationText(works, formatDate(o.date, o.locale ?? w.locale), o.url);
}

/** The first sentence of a summary (the line chart's may have two). */
export function firstSentence(text: string): string {
	const m = /^.*?[.!?](?=\s+[A-Z(“"])/.exec(text.trim());
	return endSentence(m ? m[0] : text.trim());
}

/** The /compare view in one sentence (its chart's own summary). */
export const compareViewSummary = (input: CompareSummaryInput): string => endSentence(summariseCompare(input));
/** The map view in one sentence (its own summary). */
export const mapViewSummary = (input: MapSummaryInput): string => endSentence(summariseMap(input));
/** A line chart of one or a few places (country page): the first sentence of its summary. */
export const linesViewSummary = (series: Series[], o: SummaryOptions): string =>
	firstSentence(summariseLines(series, o));

/** Alt text of an exported image or embed: what kind of image, then the summary ("Line chart: In 2019, …"). */
export function altText(
	kind: 'line' | 'map' | 'headline',
	summary: string,
	words: Pick<typeof shareEn, 'alt'> = shareEn
): string {
	return `${words.alt[kind] ?? ''}: ${summary}`.replace(/^: /, '');
}
