/**
 * Norwegian bokmål words of /regulation and the country profile's regulation block: the same keys and functions as
 * regulationEn.ts (TypeScript checks it), terms as in docs/glossary-nb.md (heroinassistert behandling,
 * legemiddelassistert rehabilitering (LAR), cannabisklubber, coffeeshops, narkotikautløste dødsfall).
 */
import type { CannabisCategory } from '../data/cannabisModelInYear.ts';
import { CANNABIS_CATEGORY_NB } from './cannabisCategoryNb.ts';
import type { RegulationModelType } from '../data/regulationModelType.ts';
import type { RegulationStrings } from './regulation.ts';

const TYPE: Record<RegulationModelType, { name: string; gist: string }> = {
	state_pharmacy: {
		name: 'Statlig apoteksalg',
		gist: 'Salg på apotek under statlig kontroll, til registrerte voksne.'
	},
	licensed_retail: {
		name: 'Lisensierte butikker',
		gist: 'Butikker med statlig lisens, aldersgrense og regler for produkter og reklame.'
	},
	tolerated_retail: {
		name: 'Tolerert salg',
		gist: 'Salg i butikker som påtalemyndigheten lar være etter skriftlige retningslinjer; forsyningen bak dem er fortsatt ulovlig.'
	},
	social_clubs: { name: 'Cannabisklubber', gist: 'Ideelle medlemsforeninger som dyrker for medlemmene sine.' },
	home_grow_private: { name: 'Hjemmedyrking', gist: 'Voksne kan dyrke noen få planter til eget bruk; ikke salg.' },
	pilot_trial: {
		name: 'Forsøk',
		gist: 'Tidsbegrensede vitenskapelige forsøk med lovlig salg til registrerte deltakere.'
	},
	unregulated_sale: { name: 'Lovlig salg uten regler', gist: 'Salget ble lovlig før det fantes regler for det.' },
	hat: {
		name: 'Forskrivning: heroinassistert behandling',
		gist: 'Legemiddelheroin (diacetylmorfin) forskrives til personer med opioidavhengighet, som regel tatt under tilsyn på en klinikk.'
	},
	safer_supply: {
		name: 'Forskrivning: tryggere forsyning («safer supply»)',
		gist: 'Forskrevne legemidler som alternativ til gateforsyningen (hydromorfon og andre).'
	}
};

export const regulationNb: RegulationStrings = {
	title: 'Reguleringsmodeller',
	metaDescription:
		'Hvor cannabis og heroin leveres under statlig kontroll: apotek, lisensierte butikker, klubber, hjemmedyrking, forsøk og forskrivning, med regler, startår og kilder.',
	intro:
		'Ved siden av forbud har noen land latt narkotika omsettes etter regler: statlige apotek, lisensierte eller tolererte utsalg, ideelle klubber, hjemmedyrking, forsøk og forskrivning til personer med avhengighet. Hver modell nedenfor bestemmer hvem som får selge, hvor mye en voksen får kjøpe og fra hvilken alder, slik kildene beskriver den. Hver celle bygger på en navngitt kilde.',
	onThisPage: 'På denne siden',
	comparisonHeading: 'Modellene side om side',
	comparisonIntro:
		'Én gruppe per modelltype. Hvert kort er ett sted der modellen finnes, med reglene slik kilden beskriver dem.',
	mapHeading: 'Cannabismodeller på kartet, år for år',
	timelineHeading: 'Når hver modell startet',
	timelineIntro: 'Startår per land, det tidligste først. Landnavnet fører til landets profil.',
	hatHeading: 'Forskrivning: heroinassistert behandling',
	hatIntro:
		'Noen land forskriver legemiddelheroin til personer med langvarig opioidavhengighet som annen behandling ikke har hjulpet. Her står hvor, siden når og i hvilken form, med lenker til det nettstedet har om utfall der.',
	caveatsHeading: 'Les før du siterer',
	caveats: [
		'Modeller med samme navn er ulike i detaljene: grenser, hvem som får kjøpe og hvordan selgere får lisens, varierer fra sted til sted. Les kortene, ikke bare typen.',
		'Startårene er året for det første salget eller de første lisensene slik hver kilde oppgir det, og det kan være senere enn loven (Uruguay: lov 2013, salg på apotek 2017).',
		'Utfallsdata kan ikke vise at en modell forårsaket en endring: dødsfall, hiv og behandlingstall endrer seg av mange grunner, og mange av modellene er nye.',
		'Hver rad i kildetabellen oppgir kilder for hele raden; kildene på et kort gjelder alle cellene på kortet.'
	],

	typeName: (t: RegulationModelType): string => TYPE[t].name,
	typeGist: (t: RegulationModelType): string => TYPE[t].gist,
	categoryName: (c: CannabisCategory): string => CANNABIS_CATEGORY_NB[c],
	places: (n: number): string => (n === 1 ? '1 sted' : `${n} steder`),

	where: 'Hvor',
	since: 'Siden',
	substance: 'Stoff',
	model: 'Modell',
	whoSells: 'Hvem som får selge',
	purchaseLimit: 'Kjøpsgrense',
	ageLimit: 'Aldersgrense',
	notes: 'Merknader',
	sources: 'Kilder',
	notGiven: 'ikke oppgitt',
	inEnglish: 'på engelsk',
	sourceLink: (i: number, of: string): string => `Kilde ${i}: ${of}`,
	sinceYear: (y: string): string => (y ? `siden ${y}` : 'startår ikke oppgitt'),

	mapLabel: (year: number): string => `Kart over reguleringsmodeller for cannabis i ${year}`,
	mapIntro:
		'Fargen viser den mest åpne lovlige måten å kjøpe på det året. En prikket kant markerer land der modellen varierer mellom delstater eller territorier: fargen viser da hva noen delstater tillater, ikke hele landet. En stiplet kant markerer en lov som er vedtatt før salget begynte.',
	legendHeading: 'Tegnforklaring',
	legendSubnational: 'Prikket kant: regler på delstatsnivå (varierer mellom delstater eller territorier)',
	legendAdopted: 'Stiplet kant: lov vedtatt, salget ikke i gang',
	mapSummary: (year: number, counts: [string, number][], subnational: string[]): string => {
		const parts = counts.map(([name, n]) => `${name}: ${n}`);
		const sub = subnational.length ? ` Varierer mellom delstater eller territorier: ${subnational.join(', ')}.` : '';
		return parts.length
			? `I ${year} hadde disse landene en regulert vei til cannabis, etter den mest åpne – ${parts.join('; ')}.${sub}`
			: `I ${year} hadde ingen land i dataene en regulert vei til cannabis.${sub}`;
	},
	tableCaption: (year: number): string => `Reguleringsmodell for cannabis per land i ${year}`,
	showTable: 'Tabell over kartet',
	country: 'Land',
	modelInYear: 'Modell det året',
	allChannels: 'Alle veier det året',
	subnational: 'Delstatsnivå',
	subnationalYes: 'ja: varierer mellom delstater eller territorier',
	noSources: 'ingen',

	timelineChartLabel: 'Startår for reguleringsmodeller per land',
	timelineYearAxis: 'År',
	timelineNoYear: 'år ikke oppgitt',

	status: 'Status',
	statusYes: 'ordinær behandling',
	statusTrial: 'forsøk eller prøveprosjekt',
	form: 'Form',
	outcomes: 'Utfall på dette nettstedet',
	outcomeDeaths: 'Narkotikautløste dødsfall',
	outcomeHiv: 'Hiv blant personer som injiserer narkotika',
	outcomeOst: 'Pasienter i legemiddelassistert rehabilitering (LAR)',
	outcomeHatClients: 'Pasienter i heroinassistert behandling',
	noOutcomes: 'Ingen utfallsserier på nettstedet ennå',
	compareLinkLabel: (what: string, country: string): string => `${what} i ${country} (sammenligning)`,

	countryHeading: 'Reguleringsmodeller',
	countryIntro: (name: string): string => `Modeller for statlig kontrollert forsyning registrert for ${name}:`,
	countryMore: 'Alle reguleringsmodeller side om side',
	countryNone: (name: string): string =>
		`Ingen modell for regulert forsyning (cannabisbutikker, klubber, hjemmedyrking, forsøk eller forskrevet heroin) er registrert for ${name}.`
};
