/**
 * "Cite this": "Publisher (year). Dataset. Retrieved <date> from <view URL> via Drug Policy Explorer.", one work per
 * dataset the view draws on (the same dataset once), and a one-sentence summary of the view that also serves as the
 * alt text of its exported image and embed. In Norwegian: «Utgiver (år). Datasett. Hentet 1. desember 2026 fra <URL> via
 * Drug Policy Explorer.» (the language is a parameter). The summaries are the charts' own (charts/*Summary.ts), wrapped
 * here. Pure.
 */
import { summariseCompare, type CompareSummaryInput } from '../charts/compareSummary.ts';
import { summariseLines, type SummaryOptions } from '../charts/lineSummary.ts';
import { summariseMap, type MapSummaryInput } from '../charts/mapSummary.ts';
import type { Series } from '../charts/series.ts';
import { endSentence } from '../charts/format.ts';
import type { Lang } from '../strings/lang.ts';
import { formatDate } from './formatDate.ts';
import { shareText, type ShareStrings } from '../strings/share.ts';

export { formatDate };

export interface CiteSource {
	publisher: string;
	/** The dataset's title, as its publisher names it. */
	title: string;
	/** Release year, or '' / 'n.d.' when undated. */
	year: string;
}

type Words = Pick<ShareStrings, 'citationText' | 'work' | 'locale'>;

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
	/** Language of the citation (default English). */
	lang?: Lang;
	/** Date locale; defaults to the language's. */
	locale?: string;
	/** Own words (tests); default: the language's catalogue. */
	words?: Words;
}

/** The citation of a view: every dataset it shows, then when and where it was retrieved. */
export function citationFor(sources: readonly CiteSource[], o: CitationOptions): string {
	const w = o.words ?? shareText[o.lang ?? 'en'];
	const works = uniqueSources(sources).map((s) =>
		endSentence(w.work(s.publisher.trim(), s.year === 'n.d.' ? '' : s.year.trim(), s.title.trim()))
	);
	return w.citationText(works, formatDate(o.date, o.locale ?? w.locale), o.url);
}

/** The first sentence of a summary (the line chart's may have two): it ends where the next starts with a capital. */
export function firstSentence(text: string): string {
	const m = /^.*?[.!?](?=\s+[\p{Lu}(“"«])/u.exec(text.trim());
	return endSentence(m ? m[0] : text.trim());
}

/** The /compare view in one sentence (its chart's own summary). */
export const compareViewSummary = (input: CompareSummaryInput): string => endSentence(summariseCompare(input));
/** The map view in one sentence (its own summary). */
export const mapViewSummary = (input: MapSummaryInput, lang?: Lang): string => endSentence(summariseMap(input, lang));
/** A line chart of one or a few places (country page): the first sentence of its summary, in `lang` (else `o.lang`). */
export const linesViewSummary = (series: Series[], o: SummaryOptions, lang: Lang = o.lang ?? 'en'): string =>
	firstSentence(summariseLines(series, { ...o, lang }));

/** Alt text of an exported image or embed: what kind of image, then the summary ("Line chart: In 2019, …"). */
export function altText(kind: 'line' | 'map' | 'headline', summary: string, lang: Lang = 'en'): string {
	return `${shareText[lang].alt[kind] ?? ''}: ${summary}`.replace(/^: /, '');
}
