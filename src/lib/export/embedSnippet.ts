/**
 * The text of the Embed dialog: an `<iframe>` of the embed route plus the loader script that resizes it (the embed
 * posts its height; see static/embed.js). Pure; routes may pass their own builder to the share menu instead.
 */
export interface SnippetOptions {
	/** The iframe's accessible name (the chart's title). */
	title: string;
	/** Absolute URL of the loader script (…/embed.js). */
	loader: string;
	/** Height before the loader resizes it (and for pages that strip scripts). */
	height?: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<iframe src=… title=… …></iframe>` and `<script async src=…></script>`, on two lines. */
export function embedSnippet(src: string, o: SnippetOptions): string {
	const h = Math.round(o.height ?? 520);
	return (
		`<iframe src="${attr(src)}" title="${attr(o.title)}" width="100%" height="${h}" style="border:0;width:100%" loading="lazy" data-dpe-embed></iframe>\n` +
		`<script async src="${attr(o.loader)}"></script>`
	);
}
