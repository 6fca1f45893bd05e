/** User-facing words of the embeds (/embed/…) and of their embed code (English). */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "24 March 2026" for a date, "2026" for a year. */
function asOfWords(asOf: string): string {
	const d = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? new Date(`${asOf}T00:00:00Z`) : null;
	return d && !Number.isNaN(d.getTime()) ? DAY.format(d) : asOf;
}

/** "Data as of 24 March 2026" -> "data as of 24 March 2026" (only the first letter: month names keep their capital). */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const embedEn = {
	site: 'Drug Policy Explorer',
	/** Link back to the full view. */
	openFull: 'Open the full view',
	/** Accessible name of the link back (the site name alone is what the eye reads). */
	siteLinkLabel: (view: string) => `Drug Policy Explorer: open ${view} on the full site (new tab)`,
	showTable: 'Show the numbers as a table',
	/** iframe title in the embed code (snippet.ts), read by screen readers before the embed's own content. */
	frameTitle: (chart: string) => `${chart} (Drug Policy Explorer)`,
	/** Label of the data version of a build ("data as of …"). */
	asOf: (asOf: string) =>
		/^\d{4}$/.test(asOf) ? `Data from datasets published up to ${asOf}` : `Data as of ${asOfWords(asOf)}`,
	version: (id: string) => `version ${id}`,
	/** A live embed: the numbers follow the site's data. */
	live: (asOf: string, id: string) =>
		`${embedEn.asOf(asOf)} (${embedEn.version(id)}); this embed shows the site’s current data.`,
	/** A pinned embed showing the version it was pinned to. */
	pinned: (asOf: string, id: string) =>
		`${embedEn.asOf(asOf)} (${embedEn.version(id)}), pinned: these numbers do not change when the site’s data are updated.`,
	/** The pinned version's files are not on the host any more. */
	pinGone: (pin: string, was: string | null, asOf: string, id: string) => {
		return `This embed was pinned to data version ${pin}${was ? ` (${lowerFirst(embedEn.asOf(was))})` : ''}, which this site no longer keeps. Shown instead: today’s data, ${lowerFirst(embedEn.asOf(asOf))} (${embedEn.version(id)}); numbers may differ from those first published with this embed.`;
	},
	/** The pin names another version than the one on screen, and pinned files exist for this kind of embed. */
	pinLoading: (pin: string) => `Loading data version ${pin}…`,
	/** The pin names another version, and this embed (the map) cannot show old versions yet. */
	pinNotKept: (pin: string, was: string | null, asOf: string, id: string) => {
		return `This embed was pinned to data version ${pin}${was ? ` (${lowerFirst(embedEn.asOf(was))})` : ''}. The data have changed since: shown is today’s data, ${lowerFirst(embedEn.asOf(asOf))} (${embedEn.version(id)}).`;
	},
	/** A pinned version built before this language's edition: its words (labels, titles) are the English ones. */
	pinnedInEnglish:
		'This data version was published in English only: the indicator and source names below are in English.',
	countryChart: (indicator: string, place: string) => `${indicator} in ${place}`,
	noHeadline: (place: string) =>
		`There is no headline chart for ${place}: the site has no deaths, HIV or prison series for it.`
};
