/**
 * Norwegian bokmål words of the error and not-found page (+error.svelte): the same keys and functions as errorPageEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md.
 */
import type { ErrorPageStrings } from './errorPage.ts';

export const errorPageNb: ErrorPageStrings = {
	notFound: {
		title: 'Fant ikke siden',
		text: 'Det finnes ingen side på denne adressen. Den kan være flyttet, eller lenken kan være skrevet feil.',
		didYouMean: 'Mente du',
		noCountry: (code) =>
			`Vi har ingen landside for «${code}». Landsidene bruker ISO 3166-1 alfa-3-koder med store bokstaver (PRT for Portugal, GB-SCT for Skottland).`,
		findOnMap: 'Finn stedet på kartet eller i tabellen under det',
		goTo: 'Gå til',
		links: { home: 'Forside', map: 'Kart over alle indikatorer', compare: 'Sammenlign land', data: 'Data og kilder' }
	},
	error: {
		title: 'Noe gikk galt',
		text: 'Denne siden kunne ikke vises. Det kan hjelpe å laste den inn på nytt; dataene og de andre sidene er ikke berørt.'
	}
};
