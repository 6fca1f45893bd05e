/**
 * Norwegian bokmål words of the country profile: the same keys and functions as countryEn.ts (TypeScript checks it),
 * terms as in docs/glossary-nb.md (LAR, heroinassistert behandling, sprøyteutdeling, sprøyterom, avkriminalisering,
 * besittelse til eget bruk, narkotikalovbrudd, registertall). Each sentence is written for Norwegian.
 */
import type { CountryStrings } from './country.ts';
import { policyDate } from './policyDate.ts';

export const countryNb: CountryStrings = {
	title: (name) => `${name}: narkotikapolitikk og utfall · Drug Policy Explorer`,
	description: (name) =>
		`${name}: narkotikadødsfall, hiv blant personer som injiserer narkotika og fengsel, fakta om narkotikapolitikken med kilder, en tidslinje over reformer og alle indikatorene vi har.`,
	crumbMap: 'Kart',
	crumbPlace: 'Sted',
	regions: {
		Africa: 'Afrika',
		'Eastern Africa': 'Øst-Afrika',
		'Middle Africa': 'Sentral-Afrika',
		'Northern Africa': 'Nord-Afrika',
		'Southern Africa': 'Det sørlige Afrika',
		'Western Africa': 'Vest-Afrika',
		Americas: 'Amerika',
		Caribbean: 'Karibia',
		'Central America': 'Mellom-Amerika',
		'North America': 'Nord-Amerika',
		'South America': 'Sør-Amerika',
		Antarctic: 'Antarktis',
		Asia: 'Asia',
		'Central Asia': 'Sentral-Asia',
		'Eastern Asia': 'Øst-Asia',
		'South-Eastern Asia': 'Sørøst-Asia',
		'Southern Asia': 'Sør-Asia',
		'Western Asia': 'Vest-Asia',
		Europe: 'Europa',
		'Central Europe': 'Sentral-Europa',
		'Eastern Europe': 'Øst-Europa',
		'Northern Europe': 'Nord-Europa',
		'Southeast Europe': 'Sørøst-Europa',
		'Southern Europe': 'Sør-Europa',
		'Western Europe': 'Vest-Europa',
		Oceania: 'Oseania',
		'Australia and New Zealand': 'Australia og New Zealand',
		Melanesia: 'Melanesia',
		Micronesia: 'Mikronesia',
		Polynesia: 'Polynesia'
	},
	partOf: (parent) => `Del av ${parent}.`,
	empty: (name) =>
		`Ingen data for ${name} i denne pakken ennå: ingen indikatorverdier, ingen fakta om narkotikapolitikken og ingen daterte hendelser. Oversikten over narkotikapolitikk nedenfor viser bare «ukjent» – ikke «nei».`,
	headline: 'Nøkkeltall',
	chartHelp: (reform) =>
		`${reform ? 'Den fylte markøren er året for avkriminaliseringen, de små markørene er andre nasjonale hendelser i narkotikapolitikken' : 'De små markørene er nasjonale hendelser i narkotikapolitikken'}; en stiplet trekant under aksen markerer en hendelse i et år uten verdi, og en dobbel skråstrek et brudd i serien.`,
	slot: {
		deaths: 'Narkotikadødsfall',
		hiv: 'Hiv blant personer som injiserer narkotika',
		prison: 'Fengsel',
		prisonDrugs: 'Fengsel: narkotikalovbrudd'
	},
	chartLabel: (indicator, place) => `${indicator} i ${place}`,
	modelled: 'modellert estimat',
	modelledExplain:
		'Et modellert estimat (IHME, Global Burden of Disease), ikke registertall over dødsfall: laget for å sammenligne land, også land uten dødsårsaksregister.',
	derivedExplain: 'Beregnet av Drug Policy Explorer fra publiserte tall; formelen står på datasiden.',
	rest: (name, any) => (any ? `Flere indikatorer for ${name}` : `Alle indikatorer for ${name}`),
	restHelp:
		'Én linje per indikator, med siste verdi og en minigraf (null nederst, hull der et år mangler verdi). Åpne en linje for tallene, kildene og Sammenlign.',
	noIndicatorData: (name) => `Ingen indikatordata for ${name} i denne pakken ennå.`,
	openCompare: 'Åpne i Sammenlign →',
	compareWith: (names) => `Sammenlign med ${names} →`,
	noData: (name) => `Ingen data for ${name} i denne pakken:`,
	sourcesIntro:
		'Alle datasettene grafene ovenfor bygger på; tallene i hakeparentes viser til denne listen (fakta og hendelser i narkotikapolitikken oppgir egne kilder der de står).',
	licenceOfAll: (licence) => `Lisens for alle: ${licence}`,
	licenceOfOne: (licence) => `Lisens: ${licence}`,
	sourceRef: (n) => `kilde ${n}`,
	sourceRefs: (ns) => `kilder ${ns}`,
	onData: 'Definisjoner, forbehold og hvordan du siterer: Data og kilder',
	peers: 'Sammenlignbare steder',
	peerMatch: { subregion: 'samme delregion', region: 'samme region' },
	compareThem: (name) => `Sammenlign ${name} med dem`,
	peerRuleSummary: 'Slik velges sammenlignbare steder',
	noPeers: (name) => `Ingen sammenlignbare steder: ${name} har ingen indikatordata i denne pakken ennå.`,
	peerRule: (o) =>
		`Steder i samme delregion etter FNs inndeling (${o.subregion || 'ingen'}) med data for ${o.indicator} – supplert fra samme region (${o.region || 'ingen'}) hvis det er færre enn tre – rangert først etter om narkotikapolitikken deres er dokumentert her, deretter etter hvor nær gjennomsnittsnivået deres lå nivået i ${o.name} i de fem årene ${o.reformYear !== null ? `før reformen i ${o.reformYear}` : 'fram til siste år med data'}. Sammenlignbare steder er et utgangspunkt, ikke en matchet kontrollgruppe.`,
	reformLede: (year, fromTable, hasTitle) =>
		fromTable
			? hasTitle
				? [
						`Besittelse til eget bruk er kodet som avkriminalisert fra ${year} i tabellen vår over narkotikapolitikk; loven fra det året: `,
						'.'
					]
				: [
						`Besittelse til eget bruk er kodet som avkriminalisert fra ${year} i tabellen vår over narkotikapolitikk (ingen datert hendelse).`,
						''
					]
			: [`Besittelse til eget bruk avkriminalisert: ${year} (`, ').'],

	card: {
		heading: 'Narkotikapolitikk',
		law: 'Lovverk',
		services: 'Tiltak for skadereduksjon',
		unknown: 'Ukjent (ikke funnet i kildene vi har lest)',
		noFacts: (name) =>
			`Ingen fakta om narkotikapolitikken i ${name} i denne pakken ennå: alle punktene nedenfor er ukjente.`,
		notes: 'Merknader',
		fine: '«Tilgjengelig» betyr at minst ett tilbud fantes på kildens dato; det sier ingenting om dekningen. Klassifiseringer som «avkriminalisert» er omstridte, og kildene er uenige om enkelte år. Alt her er lest i lagrede kopier av kildene: sjekk kilden slik den er nå, før du publiserer.',
		possessionYear: (status, year) => (status === 'criminal' ? `gjeldende lov fra ${year}` : `siden ${year}`),
		since: (v, year) => `${v} (siden ${year})`,
		gdpi: (score, rank) =>
			[score ? `${score} av 100` : '', rank ? `plass ${rank} av 30` : ''].filter(Boolean).join(', '),
		fields: {
			possession_status: 'Besittelse til eget bruk',
			possession_model: 'Slik fungerer det',
			possession_caveat: 'Les før du siterer',
			cannabis_status: 'Cannabis',
			cannabis_model: 'Cannabismodell (ikke-medisinsk bruk blant voksne)',
			oat: 'Legemiddelassistert rehabilitering (LAR)',
			nsp: 'Sprøyteutdeling',
			hat: 'Heroinassistert behandling (HAB)',
			hat_model: 'Slik fungerer heroinassistert behandling',
			dcr: 'Sprøyterom (brukerrom)',
			drug_checking: 'Testing av rusmidler',
			naloxone: 'Nalokson til å ta med hjem',
			death_penalty_drugs: 'Dødsstraff for narkotikalovbrudd',
			gdpi2021_score: 'Global Drug Policy Index 2021'
		},
		source: 'Kilde',
		sources: 'Kilder',
		readVia: (where) => `lest via ${where}`,
		aCopy: 'en kopi',
		undated: 'udatert',
		secondary: 'sekundærkilde',
		secondaryPart: (part) => `${part}: sekundærkilde`,
		part: {
			possession_year: 'år',
			cannabis_year: 'år',
			cannabis_model_year: 'år',
			hat_since: 'år',
			oat_since: 'år',
			nsp_since: 'år',
			dcr_since: 'år',
			gdpi2021_rank: 'plassering'
		},
		secondaryExplain:
			'Dette bygger bare på en sekundærkilde (nyheter, et leksikon, en samleside) eller på en kopi av originalen: sjekk originalen før du siterer.',
		carried: 'ikke kontrollert på nytt',
		carriedExplain: 'Overført fra en tidligere gjennomgang av tabellen vår: kilden ble ikke åpnet på nytt.',
		quote: 'Hva kilden sier'
	},

	timeline: {
		heading: 'Tidslinje for narkotikapolitikken',
		noEvents: (name) => `Ingen daterte hendelser i narkotikapolitikken for ${name} i denne pakken ennå.`,
		onlyIn: (name) => `Bare i ${name}`,
		date: (date) => policyDate(date, 'nb')
	}
};
