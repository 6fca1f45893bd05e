/**
 * Policy sources are free text ("Publisher, title https://… ; other https://…"). Split them into parts with a link
 * where a part names an http(s) URL, so each fact can link to where it comes from. Pure.
 */
export interface SourcePart {
	/** Text without the URL (may be empty). */
	text: string;
	url: string | null;
}

const URL_RE = /https?:\/\/[^\s;|,"')]+/;

export function sourceParts(raw: string): SourcePart[] {
	return raw
		.split(/\s+\|\s+|\s*;\s+|\s+;\s*/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => {
			const m = URL_RE.exec(p);
			if (!m) return { text: p, url: null };
			const url = m[0].replace(/[.)]+$/, '');
			const text = p.replace(m[0], '').replace(/\s+/g, ' ').replace(/^[\s:,(-]+|[\s:,(-]+$/g, '').trim();
			return { text, url };
		});
}

/** Short label for a link: the text if any, else the host name. */
export function sourceLabel(p: SourcePart): string {
	if (p.text) return p.text;
	if (!p.url) return '';
	try {
		return new URL(p.url).hostname.replace(/^www\./, '');
	} catch {
		return p.url;
	}
}
