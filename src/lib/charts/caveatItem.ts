/**
 * A caveat beside a chart: its sentence, and the part of it that exists only in English (a policy event's title,
 * quoted inside a Norwegian sentence), which the page marks lang="en" with a short «på engelsk». Pure.
 */
export type CaveatItem = string | { text: string; english: string };

/** The caveat around its English part: [before, english, after]; `english` is '' when there is none. */
export function caveatParts(item: CaveatItem): [string, string, string] {
	if (typeof item === 'string') return [item, '', ''];
	const at = item.english ? item.text.indexOf(item.english) : -1;
	if (at < 0) return [item.text, '', ''];
	return [item.text.slice(0, at), item.english, item.text.slice(at + item.english.length)];
}
