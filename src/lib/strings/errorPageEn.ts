/**
 * The words of the error and not-found page (routes/+error.svelte), English, the reference: errorPageNb.ts has the
 * same keys in Norwegian bokmål.
 */
export const errorPageEn = {
	notFound: {
		title: 'Page not found',
		text: 'There is no page at this address. It may have moved, or the link may be mistyped.',
		didYouMean: 'Did you mean',
		noCountry: (code: string) =>
			`We have no country page for “${code}”. Country pages use ISO 3166-1 alpha-3 codes in capitals (PRT for Portugal, GB-SCT for Scotland).`,
		findOnMap: 'Find the place on the map or in the table below it',
		goTo: 'Go to',
		links: { home: 'Home', map: 'Map of every indicator', compare: 'Compare countries', data: 'Data and sources' }
	},
	error: {
		title: 'Something went wrong',
		text: 'This page could not be shown. Reloading may help; the data and other pages are unaffected.'
	}
};
