/**
 * The site's own words in English, the ones every page shows: the site's name, the header, the footer, the page
 * titles and the line of an island that could not load (components/Island.svelte). Apart from the core catalogue
 * (en.ts), so every route's first JavaScript carries only these, not the words of charts and pickers. siteNb.ts has
 * the same keys in Norwegian bokmål; site.ts pairs them.
 */
export const siteEn = {
	siteName: 'Drug Policy Explorer',
	tagline: 'How countries deal with drugs, and what happened next. Every number sourced.',
	/** A page's <title>: "About · Drug Policy Explorer". */
	pageTitle: (what: string) => `${what} · Drug Policy Explorer`,
	/**
	 * A part of a page whose code loads after the page is shown (components/Island.svelte): said while it loads
	 * after a client-side navigation, and when its code or data could not be loaded.
	 */
	island: {
		loading: 'Loading…',
		failed: (reason: string) =>
			`The interactive part of this page could not be loaded, so it shows its default view and cannot be changed. Reload the page to try again. (${reason})`
	},
	nav: {
		home: 'Home',
		map: 'Map',
		compare: 'Compare',
		approaches: 'Approaches',
		regulation: 'Regulation',
		data: 'Data',
		about: 'About'
	},
	/** The site header. */
	header: { skip: 'Skip to content', nav: 'Main' },
	/**
	 * The language switch in the header: each language by its own name (the same in every catalogue, shown with its
	 * own `lang`), and what the switch is, in the page's language.
	 */
	language: {
		label: 'Language',
		names: { en: 'English', nb: 'Norsk' } as Record<string, string>,
		/** Accessible description of the link to the other edition, in the page's language. */
		readIn: { en: 'Read this page in English', nb: 'Read this page in Norwegian (bokmål)' } as Record<string, string>
	},
	/** The line a printout carries under the page (the root layout). */
	print: { url: 'Link to this view:' },
	footer: {
		about:
			'An open-source project. Data from the publishers each chart names (under it, or by number in a page’s Sources list); no tracking, no third-party requests.',
		sources: 'Sources and licences',
		aboutLink: 'About and how to cite',
		code: 'Code licence: MIT. Data: each publisher’s own licence (see Data).'
	}
};
