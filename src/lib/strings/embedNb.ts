/**
 * Norwegian bokmål words of the embed catalogue: the same keys and functions as embedEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. "Embed" is «innbygging» (the embed code «innbyggingskode»), a pinned embed is «låst».
 */
import type { EmbedStrings } from './embed.ts';

const DAY = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** «24. mars 2026» for a date, «2026» for a year. */
function asOfWords(asOf: string): string {
	const d = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? new Date(`${asOf}T00:00:00Z`) : null;
	return d && !Number.isNaN(d.getTime()) ? DAY.format(d) : asOf;
}
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const embedNb: EmbedStrings = {
	site: 'Drug Policy Explorer',
	openFull: 'Åpne hele visningen',
	siteLinkLabel: (view: string) => `Drug Policy Explorer: åpne ${view} på hele nettstedet (ny fane)`,
	showTable: 'Vis tallene som tabell',
	frameTitle: (chart: string) => `${chart} (Drug Policy Explorer)`,
	asOf: (asOf: string) =>
		/^\d{4}$/.test(asOf) ? `Data fra datasett publisert til og med ${asOf}` : `Data per ${asOfWords(asOf)}`,
	version: (id: string) => `versjon ${id}`,
	live: (asOf: string, id: string) =>
		`${embedNb.asOf(asOf)} (${embedNb.version(id)}); denne innbyggingen viser nettstedets gjeldende data.`,
	pinned: (asOf: string, id: string) =>
		`${embedNb.asOf(asOf)} (${embedNb.version(id)}), låst: tallene endres ikke når nettstedets data oppdateres.`,
	pinGone: (pin: string, was: string | null, asOf: string, id: string) =>
		`Denne innbyggingen ble låst til dataversjon ${pin}${was ? ` (${lowerFirst(embedNb.asOf(was))})` : ''}, som nettstedet ikke lenger har. Her vises i stedet dagens data, ${lowerFirst(embedNb.asOf(asOf))} (${embedNb.version(id)}); tallene kan avvike fra dem som først ble publisert med denne innbyggingen.`,
	pinLoading: (pin: string) => `Laster dataversjon ${pin} …`,
	pinNotKept: (pin: string, was: string | null, asOf: string, id: string) =>
		`Denne innbyggingen ble låst til dataversjon ${pin}${was ? ` (${lowerFirst(embedNb.asOf(was))})` : ''}. Dataene er endret siden: her vises dagens data, ${lowerFirst(embedNb.asOf(asOf))} (${embedNb.version(id)}).`,
	pinnedInEnglish:
		'Denne dataversjonen ble bare publisert på engelsk: navnene på indikatorer og kilder nedenfor står derfor på engelsk.',
	countryChart: (indicator: string, place: string) => `${indicator} i ${place}`,
	noHeadline: (place: string) =>
		`Det finnes ikke noe hoveddiagram for ${place}: nettstedet har ingen serier om dødsfall, hiv eller innsatte for stedet.`
};
