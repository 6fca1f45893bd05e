/**
 * Norwegian bokmål words of the home page: the same keys and functions as homeEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md.
 */
import type { HomeStrings } from './home.ts';

export const homeNb: HomeStrings = {
	title: 'Drug Policy Explorer: narkotikapolitikk og utfall, land for land',
	heading: 'Narkotikapolitikk og hva som skjedde etterpå',
	lede: 'Sammenlign hvordan land håndterer narkotika – med straff eller med helsebaserte tilnærminger som Portugals avkriminalisering i 2001 – og hva som skjedde med overdosedødsfall, hiv, fengsling og narkotikalovbrudd. Hvert tall oppgir utgiveren sin, og der definisjonene er forskjellige, står det ved diagrammet.',
	chartTitle: (places) => `Dødsfall som skyldes narkotikabrukslidelser siden 1990: ${places.join(', ')}`,
	notes: [
		'Markøren viser når Portugals avkriminalisering av besittelse til eget bruk trådte i kraft (lov 30/2000, 1. juli 2001). En endring etter en reform er ikke bevis for at reformen var årsaken.',
		'Nasjonal statistikk (narkotikautløste dødsfall fra EMCDDA, overdosedødsfall fra amerikanske CDC) bruker andre definisjoner og gir andre nivåer; sammenlign dem i Sammenlign-visningen, én definisjon om gangen.'
	],
	explore: 'Utforsk',
	views: {
		map: 'alle indikatorer, land for land, år for år, sammen med narkotikapolitikken.',
		compare: 'utviklingen i hvert land sammen med landets egne reformer, justert etter reformåret.',
		data: 'alle datasett med definisjon, kilde, lisens og forbehold.',
		approaches: 'land med straffende og helseorientert politikk som grupper, og reglene bak inndelingen.',
		regulation:
			'hvor narkotika selges under statlig kontroll, siden når og etter hvilke regler: cannabismodeller og heroinassistert behandling.'
	}
};
