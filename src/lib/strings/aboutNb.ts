/**
 * Norwegian bokmål words of the about page: the same keys and functions as aboutEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md.
 */
import type { AboutStrings } from './about.ts';

export const aboutNb: AboutStrings = {
	title: 'Om',
	heading: 'Om Drug Policy Explorer',
	intro:
		'Et verktøy med åpen kildekode der journalister, politikere og interesseorganisasjoner kan sammenligne hvordan land håndterer narkotika – straffende håndheving eller helseorienterte tilnærminger – og hva som skjedde med narkotikadødsfall, hiv blant personer som injiserer narkotika, fengsling og narkotikalovbrudd.',
	principles: 'Prinsipper',
	rules: [
		'Hvert tall kommer fra en publisert kilde, oppgitt under diagrammet med lisens og lenke.',
		'Ingenting er anslått, glattet eller interpolert. Det som mangler, vises som manglende.',
		'Ulike definisjoner er ulike serier. «Narkotikadødsfall» betyr fire forskjellige ting i GBD, hos EMCDDA, hos amerikanske CDC og i britisk statistikk; vi tegner dem aldri som én linje, og vi sier det ved diagrammet.',
		'En endring etter en reform er ikke bevis for at reformen var årsaken. Diagrammer som viser reformer, sier det.',
		'Ingen sporing, ingen informasjonskapsler, ingen forespørsler til tredjeparter: nettstedet er bare filer.'
	],
	cite: 'Slik siterer du',
	citeText: {
		before: 'Siter den opprinnelige utgiveren som står under diagrammet (kildehenvisningen til hvert datasett står på',
		link: 'Data-siden',
		middle:
			'), og Drug Policy Explorer som verktøyet: «Drug Policy Explorer (2026), diagram over …, data fra …». Verdier merket',
		derived: 'beregnet',
		after: 'har vi regnet ut fra publiserte tall; formelen står på Data-siden.'
	}
};
