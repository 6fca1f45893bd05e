/**
 * Norwegian bokmål words of the share menu's button and the country page's key numbers: the same keys and functions as
 * shareMenuEn.ts (TypeScript checks it), terms as in docs/glossary-nb.md.
 */
import type { ShareMenuStrings } from './shareMenu.ts';

export const shareMenuNb: ShareMenuStrings = {
	button: 'Del og last ned',
	buttonShort: 'Del',
	panelLabel: (what: string) => `Del og last ned: ${what}`,
	menuLoading: 'Laster delingsmenyen …',
	menuFailed: (why: string) =>
		`Kunne ikke laste delingsmenyen${why ? ` (${why})` : ''}. Sjekk tilkoblingen, og åpne menyen på nytt.`,
	country: {
		what: (name: string) => `${name}: nøkkeltall`,
		title: (name: string) => `${name}: nøkkeltall (Drug Policy Explorer)`,
		file: (iso3: string) => `${iso3.toLowerCase()}-nokkeltall`
	}
};
