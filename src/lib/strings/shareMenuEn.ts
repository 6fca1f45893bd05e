/**
 * The words a share menu needs before it is opened (ShareMenu.svelte's button, the panel's name, what it says while
 * its parts load) and the country page's names for its key numbers: up front on every page with a menu, so apart from
 * the share catalogue (shareEn.ts), which loads with the panel. English, the reference: shareMenuNb.ts has the same
 * keys in Norwegian bokmål.
 */
export const shareMenuEn = {
	button: 'Share & download',
	/** The button on narrow screens, beside a chart's title. */
	buttonShort: 'Share',
	panelLabel: (what: string) => `Share and download: ${what}`,
	/** The menu's parts load when it is first opened: said while they do, and if they cannot. */
	menuLoading: 'Loading the share menu…',
	menuFailed: (why: string) =>
		`Could not load the share menu${why ? ` (${why})` : ''}. Check the connection, then open the menu again.`,
	/** The country page's key numbers: the panel's name, the share title and the file name. */
	country: {
		what: (name: string) => `${name}: key numbers`,
		title: (name: string) => `${name}: key numbers (Drug Policy Explorer)`,
		file: (iso3: string) => `${iso3.toLowerCase()}-key-numbers`
	}
};
