/** The site's own words in Norwegian bokmål: the same keys and functions as siteEn.ts (TypeScript checks it). */
import type { SiteStrings } from './site.ts';

export const siteNb: SiteStrings = {
	siteName: 'Drug Policy Explorer',
	tagline: 'Hvordan land håndterer narkotika, og hva som skjedde etterpå. Alle tall med kilde.',
	pageTitle: (what) => `${what} · Drug Policy Explorer`,
	island: {
		loading: 'Laster …',
		failed: (reason) =>
			`Den interaktive delen av siden kunne ikke lastes, så den viser standardvisningen og kan ikke endres. Last inn siden på nytt for å prøve igjen. (${reason})`
	},
	nav: {
		home: 'Forside',
		map: 'Kart',
		compare: 'Sammenlign',
		approaches: 'Tilnærminger',
		regulation: 'Regulering',
		data: 'Data',
		about: 'Om'
	},
	header: { skip: 'Hopp til innholdet', nav: 'Hovedmeny' },
	language: {
		label: 'Språk',
		names: { en: 'English', nb: 'Norsk' },
		readIn: { en: 'Les denne siden på engelsk', nb: 'Les denne siden på norsk (bokmål)' }
	},
	print: { url: 'Lenke til denne visningen:' },
	footer: {
		about:
			'Et prosjekt med åpen kildekode. Data fra utgiverne hvert diagram oppgir (under diagrammet, eller med nummer i kildelisten på siden); ingen sporing, ingen forespørsler til tredjeparter.',
		sources: 'Kilder og lisenser',
		aboutLink: 'Om nettstedet og hvordan du siterer',
		code: 'Lisens for koden: MIT. Data: hver utgivers egen lisens (se Data).'
	}
};
