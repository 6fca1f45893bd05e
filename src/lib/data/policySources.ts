/**
 * Citations of policy facts (policy_sources.csv) as a reader sees them: "publisher, title (year)" linked to the
 * original, and where only a copy was read, the host of that copy — never its path or a scrape location. Pure.
 */
import type { PolicySource } from './types.ts';

export interface Citation {
	ref: string;
	publisher: string;
	title: string;
	/** '' when undated. */
	year: string;
	/** The original's URL, or null when it was not found (then the citation is publisher, title, year). */
	url: string | null;
	/** Host of the copy actually read ("pmc.ncbi.nlm.nih.gov"), '' when a copy was read but not located, null when the original was read. */
	readVia: string | null;
}

/** "https://www.example.org/a/b" -> "example.org"; '' when not a URL. */
export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return '';
	}
}

export function citation(s: PolicySource): Citation {
	const copied = !!(s.read_via || s.read_via_note);
	return {
		ref: s.ref_id,
		publisher: s.publisher,
		title: s.title,
		year: s.year,
		url: /^https?:\/\//.test(s.url) ? s.url : null,
		readVia: copied ? hostOf(s.read_via) : null
	};
}

/** Citations for `;`-separated refs, in order, skipping ids not in the lookup (the validator reports those). */
export function citations(refs: string | readonly string[], lookup: (ref: string) => PolicySource | undefined): Citation[] {
	const ids = typeof refs === 'string' ? refs.split(';') : refs;
	return ids
		.map((r) => r.trim())
		.filter(Boolean)
		.flatMap((r) => {
			const s = lookup(r);
			return s ? [citation(s)] : [];
		});
}

/** Short form for tooltips: "EMCDDA 2019". */
export function shortCitation(s: Pick<PolicySource, 'publisher' | 'year'>): string {
	// Publishers may carry a parenthesis ("EMCDDA (European Monitoring Centre …)"): keep the name before it.
	const name = s.publisher.replace(/\s*\(.*$/, '').trim() || s.publisher;
	return s.year ? `${name} ${s.year}` : name;
}

/** Short citations of the refs, joined ("EMCDDA 2019; HRI 2024"). */
export function shortCitations(refs: readonly string[], names: Readonly<Record<string, string>>): string {
	return [...new Set(refs.map((r) => names[r]).filter(Boolean))].join('; ');
}
