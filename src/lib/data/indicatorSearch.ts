/**
 * Find indicators by what people type: words of the label, description and unit, the topic's name, and the topic's
 * everyday words from the catalogue ("incarceration", "prison", "overdose", "HIV"). Every word of the query must
 * start a word of the indicator's text (accents and case ignored), so "drug death" finds "Drug-induced deaths".
 */
import { normaliseName } from './placeSearch.ts';

export interface SearchableIndicator {
	label: string;
	short_label: string;
	description?: string;
	unit?: string;
	topic: string;
}

/** Words for one language: the topic's display name and the words people use for it. */
export interface TopicWords {
	names: Record<string, string>;
	keywords: Record<string, readonly string[]>;
}

function words(text: string): string[] {
	return normaliseName(text).split(' ').filter(Boolean);
}

/** The searchable words of one indicator. */
export function indicatorWords(ind: SearchableIndicator, topics: TopicWords): Set<string> {
	const text = [ind.label, ind.short_label, ind.description ?? '', ind.unit ?? '', topics.names[ind.topic] ?? '', ...(topics.keywords[ind.topic] ?? [])].join(' ');
	return new Set(words(text));
}

/** True when every word of the query starts one of the indicator's words (an empty query matches all). */
export function indicatorMatches(ind: SearchableIndicator, query: string, topics: TopicWords): boolean {
	const q = words(query);
	if (!q.length) return true;
	const own = [...indicatorWords(ind, topics)];
	return q.every((w) => own.some((o) => o.startsWith(w)));
}
