/**
 * Norwegian bokmål words of the map catalogue: the same keys and functions as mapEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md (narkotikautløste dødsfall, innsatte, narkotikalovbrudd, besittelse til eget bruk, LAR …).
 * Sentences are written for Norwegian: verb second after a lead ("I 2019 hadde Portugal …"), no article on names,
 * numbers formatted in nb ("1 234,5", "+25 %").
 */
import type { CannabisCategory } from '../data/cannabisModelInYear.ts';
import { CANNABIS_CATEGORY_NB } from './cannabisCategoryNb.ts';
import type { MapStrings } from './map.ts';
import type { SummaryPlace } from './mapEn.ts';
import { nb } from './nb.ts';

/** Words that keep their capital inside a sentence (names; acronyms are kept by the rule below). */
const ALWAYS_CAPITAL = ['Europa', 'EU', 'FN', 'USA', 'Skottland', 'Canada', 'England', 'Portugal', 'Norge'];

/**
 * An indicator label as it reads inside a Norwegian sentence: "Narkotikautløste dødsfall, 15–64 år" ->
 * "narkotikautløste dødsfall, 15–64 år"; acronyms and names keep their capitals; a trailing unit hint becomes words:
 * "Innsatte for narkotikalovbrudd (%)" -> "andelen innsatte for narkotikalovbrudd", "… (antall)" -> "antallet …".
 */
function measureInText(label: string, names: Iterable<string>): string {
	const text = label.trim();
	if (/\s*\(%\)$/.test(text)) return `andelen ${measureInText(text.replace(/\s*\(%\)$/, ''), names)}`;
	if (/\s*\(antall\)$/.test(text)) return `antallet ${measureInText(text.replace(/\s*\(antall\)$/, ''), names)}`;
	const first = text.split(/[\s,;:()]/, 1)[0] ?? '';
	if (!first || /\p{Lu}/u.test(first.slice(1)) || !/^\p{Lu}/u.test(first)) return text;
	for (const n of [...ALWAYS_CAPITAL, ...names])
		if (n && text.startsWith(n) && (text.length === n.length || /[\s,;:()’']/.test(text.charAt(n.length)))) return text;
	return text.charAt(0).toLocaleLowerCase('nb-NO') + text.slice(1);
}

export const mapNb: MapStrings = {
	title: 'Kart',
	pageTitle: 'Kart: narkotikadødsfall, hiv, fengsel og narkotikalover etter land',
	metaDescription:
		'Verdens- og Europakart over narkotikautløste dødsfall, narkotikabruk, hiv, innsatte og narkotikalovbrudd, år for år, med kilden til hvert tall og landene som har avkriminalisert besittelse.',
	indicator: 'Indikator',
	changeIndicator: 'Bytt indikator',
	searchIndicators: 'Søk etter indikator',
	noIndicatorMatch: (query: string) => `Ingen indikator passer til «${query}».`,
	places: (n: string, one: boolean) => `${n} ${one ? 'sted' : 'steder'}`,
	/** Everyday Norwegian words per topic, so search on /nb/map finds "overdose", "sprøyte", "fengsel", "LAR". */
	topicKeywords: {
		deaths: [
			'overdose',
			'overdoser',
			'overdosedødsfall',
			'forgiftning',
			'dødelighet',
			'dødsfall',
			'døde',
			'død',
			'narkotikautløste',
			'narkotikadødsfall'
		],
		hiv: [
			'hiv',
			'aids',
			'smitte',
			'infeksjon',
			'infeksjoner',
			'injisering',
			'injeksjon',
			'injiserer',
			'sprøyte',
			'sprøyter',
			'blodsmitte',
			'PWID'
		],
		prisons: [
			'fengsel',
			'fengsling',
			'fengslinger',
			'innsatte',
			'innsatt',
			'soning',
			'varetekt',
			'straff',
			'kriminalomsorgen'
		],
		offences: [
			'arrestasjoner',
			'pågripelser',
			'politi',
			'kriminalitet',
			'lovbrudd',
			'anmeldelser',
			'anmeldt',
			'siktelser',
			'straffeforfølgning',
			'besittelse',
			'omsetning',
			'salg',
			'smugling',
			'narkotikalovbrudd'
		],
		use: ['utbredelse', 'forekomst', 'brukere', 'bruk', 'forbruk', 'lidelse', 'avhengighet', 'rusavhengighet', 'rus'],
		treatment: [
			'metadon',
			'buprenorfin',
			'LAR',
			'legemiddelassistert',
			'rehabilitering',
			'substitusjon',
			'heroinassistert',
			'HAB',
			'diacetylmorfin',
			'legemiddelheroin',
			'sprøyte',
			'sprøyter',
			'sprøyteutdeling',
			'kanyle',
			'kanyler',
			'skadereduksjon',
			'forebygging',
			'behandling'
		]
	} as Record<string, readonly string[]>,
	notYetKeywords: ['nalokson'],
	noIndicatorYet:
		'Tall for nalokson finnes ikke på nettstedet ennå. Om et land deler ut nalokson til å ta med hjem, står på landets side.',
	topics: nb.topics,
	region: 'Område',
	regions: { world: 'Verden', europe: 'Europa', americas: 'Amerika' } as Record<string, string>,
	mode: 'Vis',
	modes: {
		year: 'Verdi i året',
		latest: 'Siste tilgjengelige',
		change: 'Endring mellom to år',
		reform: 'Endring siden reform'
	} as Record<string, string>,
	from: 'Fra',
	to: 'til',
	policyLayer: 'Politikk på kartet',
	layers: {
		none: 'Ingenting',
		policy: 'Besittelse: der det ikke er straffbart',
		cannabis: 'Reguleringsmodeller for cannabis'
	},
	cannabis: {
		category: (c: CannabisCategory): string => CANNABIS_CATEGORY_NB[c],
		label: (year: number) => `Cannabismodell, ${year}`,
		value: (c: CannabisCategory, since: number | null, subnational: boolean) =>
			subnational && c === 'none'
				? 'Varierer mellom delstater eller territorier (ingen nasjonal modell registrert)'
				: `${CANNABIS_CATEGORY_NB[c]}${subnational ? ', bare i noen delstater eller territorier' : ''}${since !== null ? ` (siden ${since})` : ''}`,
		legendHeading: (year: number) =>
			`Farge på omrisset: reguleringsmodell for cannabis i ${year} (den mest åpne lovlige måten å kjøpe på)`,
		legendSubnational: 'Prikket: varierer mellom delstater eller territorier (farget etter det noen tillater)',
		legendRest: 'Uten omriss: ingen regulert forsyning registrert, eller ingen modell kodet (se verktøytipset)',
		legendRestExport: 'Uten omriss: ingen regulert forsyning registrert, eller ingen modell kodet',
		legendEmpty: (year: number) =>
			`Ingen steder på dette kartet hadde en regulert måte å kjøpe cannabis på i ${year} ifølge dataene.`,
		rulesLink: 'Regler, grenser og kilder for hver modell',
		summary: (year: number, groups: [string, string[]][]) =>
			groups.length
				? `Omrissene viser reguleringsmodeller for cannabis i ${year}: ${groups.map(([c, names]) => `${c.toLowerCase()}: ${names.join(', ')}`).join('; ')}.`
				: `Ingen steder på dette kartet hadde en regulert måte å kjøpe cannabis på i ${year} ifølge dataene.`,
		somePlaces: (name: string) => `${name} (noen delstater)`,
		loadFailed:
			'Kunne ikke laste reguleringsmodellene for cannabis: filen mangler eller er skadet. Viser fortsatt kartet uten dem.'
	},
	year: 'År',
	play: 'Spill av årene',
	pause: 'Pause',
	loading: 'Laster …',
	loadFailed: {
		indicator: (asked: string, shown: string) =>
			`Kunne ikke laste dataene for «${asked}»: filen mangler eller er skadet. Viser fortsatt «${shown}».`,
		years: (asked: string, year: number, shown: number) =>
			`Kunne ikke laste ${year} for «${asked}»: filen mangler eller er skadet. Viser fortsatt ${shown}.`,
		region: (asked: string, shown: string) =>
			`Kunne ikke laste kartet over ${asked}: filen mangler eller er skadet. Viser fortsatt kartet over ${shown}.`,
		policy:
			'Kunne ikke laste faktaene om narkotikabesittelse: filen mangler eller er skadet. Viser fortsatt kartet uten dem.',
		retry: 'Prøv igjen, eller last inn siden på nytt.'
	},
	geometryFailed:
		'Kartets omriss kunne ikke lastes (filen mangler eller er skadet). Last inn siden på nytt for å prøve igjen.',
	noscript: (view: string) =>
		`JavaScript er slått av, så dette er standardvisningen (${view}). En lenke med andre innstillinger – en annen indikator, et annet år eller område – trenger JavaScript for å vise dem; alle tallene her står også i tabellen nedenfor.`,
	skipToTable: 'Hopp over kartet: gå til tabellen',
	mapLabel: (what: string, where: string, when: string) =>
		`Kart over ${what}, ${where}, ${when}. Hvert land er en lenke til landets profil; tabellen nedenfor viser de samme verdiene.`,
	definition: 'Definisjon',
	unit: 'Enhet',
	legend: 'Tegnforklaring',
	noData: 'Ingen data',
	noDataYear: (y: number) => `Ingen verdi for ${y}`,
	notApplicable: 'Ingen datert reform, eller reformen kom etter at dataene slutter',
	binsQuantile: (n: number, a: number, b: number) =>
		`Fargeklassene rommer omtrent like store andeler av alle verdiene ${a}–${b} (kvantiler, avrundet); de samme klassene i alle år. ${n} klasser.`,
	binsSteps: (a: number, b: number) =>
		`Fargeklasser i runde trinn (1, 2, 5, 10 …) fordi verdiene spenner vidt; laget av alle verdiene ${a}–${b}, de samme klassene i alle år.`,
	binsNice: (a: number, b: number) =>
		`Like brede fargeklasser over alle verdiene ${a}–${b}; de samme klassene i alle år.`,
	binsDiverging:
		'Endring i prosent. Oransje: økning; lilla: nedgang. Klassene er symmetriske rundt null, laget av endringene på dette kartet.',
	binsNone: 'Alle verdiene er like.',
	policyLegend: {
		notCriminal: 'Besittelse til eget bruk er ikke straffbart dette året (avkriminalisert eller regulert)',
		undated: 'Det samme, men startåret er ikke registrert (gjeldende ordning)',
		varies: 'Varierer mellom delstater eller provinser',
		contested:
			'Kodet som avkriminalisert, men med en modell med terskelverdier som fagfolk mener har ført til flere fengslinger (omstridt)',
		rest: 'Uten omriss: straffbart, før en datert reform, eller ukjent (se verktøytipset)',
		restExport: 'Uten omriss: straffbart, før en datert reform, eller ukjent'
	},
	policyNoFacts: 'Datapakken har ennå ingen opplysninger om besittelse, så ingen land har omriss.',
	possession: 'Besittelse',
	possessionClass: {
		not_criminal: 'ikke straffbart',
		criminal: 'straffbart',
		varies: 'varierer mellom delstater eller provinser',
		before_reform: 'før den daterte reformen (tidligere lov er ikke registrert her)',
		unknown: 'ukjent'
	},
	since: (y: number) => `siden ${y}`,
	lawOf: (y: number) => `gjeldende lov fra ${y}`,
	contested:
		'Omstridt: en modell med svært lave terskelverdier som fagfolk (IDPC, Release) mener har ført til flere fengslinger',
	undated: 'gjeldende ordning, startår ikke oppgitt',
	missing: {
		'no-data': 'ingen data',
		'no-from': 'ingen verdi for startåret',
		'no-to': 'ingen verdi for sluttåret',
		'no-both': 'ingen verdi for noen av årene',
		'zero-base': 'startverdien er 0 (ingen endring i prosent)',
		'no-reform': 'ingen datert reform',
		'reform-after': 'reformen kom etter dette året',
		'reform-after-data': 'reformen kom etter at dataene slutter',
		'reform-before-data': 'reformen er eldre enn dataene'
	},
	defaultYearNote: (year: number, places: number, latest: number, latestPlaces: number) =>
		`Åpner på ${year} (${places} steder med data): ${latest}, det siste året, har data for bare ${latestPlaces} ${latestPlaces === 1 ? 'sted' : 'steder'}. Flytt glidebryteren for å se det.`,
	latestNote: (y: number) => `siste tilgjengelige, ${y}`,
	changeFrom: (a: number, b: number) => `endring ${a}–${b}`,
	when: {
		latest: (y: number) => `siste tilgjengelige til og med ${y}`,
		reform: (y: number) => `endring siden reform, til og med ${y}`
	},
	summary: {
		measureInText,
		/** Norwegian names take no article in a sentence ("Nederland", "USA"). */
		place: (name: string) => name,
		percent: (sign: '+' | '−' | '±', n: string) => `${sign}${n}\u00a0%`,
		none: (measure: string, where: string, mode: 'year' | 'latest' | 'change' | 'reform', from: number, year: number) =>
			`Ingen steder ${where} har en verdi for ${measure} ${mode === 'change' ? `mellom ${from} og ${year}` : mode === 'reform' ? `siden reform, til og med ${year}` : `i ${year}`}.`,
		count: (withData: number, all: string, where: string, missing: number) =>
			`${withData} av ${all} ${where} har data${missing > 0 ? `; ${missing} har ingen verdi` : ''}`,
		lead: (mode: 'year' | 'latest', year: number) =>
			mode === 'latest' ? `Med hvert steds siste verdi til og med ${year}` : `I ${year}`,
		only: (lead: string, measure: string, p: SummaryPlace, caution: string, count: string) =>
			`${lead} hadde bare ${p.name} en verdi for ${measure}: ${p.value}${caution ? ` (${caution})` : ''}. ${count}.`,
		highLow: (lead: string, measure: string, hi: SummaryPlace, lo: SummaryPlace, count: string) =>
			`${lead} hadde ${hi.name} den høyeste verdien for ${measure} (${hi.value}) og ${lo.name} den laveste (${lo.value}); ${count}.`,
		change: (
			mode: 'change' | 'reform',
			from: number,
			year: number,
			measure: string,
			rise: SummaryPlace | null,
			fall: SummaryPlace | null,
			count: string
		) => {
			const span = mode === 'change' ? `Mellom ${from} og ${year}` : `Fra året før hver reform til ${year}`;
			const body =
				rise && fall
					? `hadde ${rise.name} den største økningen i ${measure} (${rise.value}) og ${fall.name} den største nedgangen (${fall.value})`
					: rise
						? `hadde ${rise.name} den største økningen i ${measure} (${rise.value}), og ingen steder hadde en nedgang`
						: fall
							? `hadde ingen steder en økning i ${measure}, og ${fall.name} hadde den største nedgangen (${fall.value})`
							: `hadde ingen steder verken en økning eller en nedgang i ${measure}`;
			return `${span} ${body}; ${count}.`;
		}
	},
	summaryWhere: { world: 'på verdenskartet', region: (name: string) => `i kartutsnittet ${name}` },
	sliderContext: {
		change: (from: number) => `endring fra ${from}`,
		latest: 'eller siste før',
		reform: 'endring siden reform'
	},
	reformCaveat:
		'Endring siden reform: fra året før landets tidligste daterte avkriminalisering (som i Sammenlign) til året som vises. En endring etter en reform beviser ikke at reformen var årsaken.',
	latestCaveat:
		'Siste tilgjengelige: hvert land viser sin nyeste verdi til og med det valgte året; verktøytipset og tabellen oppgir året for hver verdi. Verdier fra ulike år er ikke helt sammenlignbare.',
	aboutIndicator: 'Om denne indikatoren',
	sinceReform: (y: number) => `siden reform (basisår ${y})`,
	openProfile: 'Klikk eller trykk Enter for å åpne landprofilen',
	openProfileOf: (name: string) => `Åpne profilen for ${name}`,
	closeCard: 'Lukk',
	table: {
		heading: 'Tallene bak kartet',
		caption: (what: string, when: string, unit: string) => `${what}, ${when}, rangert. Enhet: ${unit}`,
		percentChange: 'endring i %',
		search: 'Finn et land',
		rank: 'Rang',
		country: 'Land',
		value: 'Verdi',
		change: 'Endring',
		from: 'Start',
		year: 'År',
		flag: 'Merknad',
		source: 'Kilde',
		sortBy: (c: string) => `Sorter etter ${c}`,
		count: (shown: number, all: number) => `${shown} av ${all} steder`,
		subnational: 'bare i tabellen: ingen egen flate på kartet',
		latest: 'siste',
		sourceAll: (publisher: string) => `Kilde: ${publisher}, for alle rader der ikke annet er oppgitt.`,
		rowSource: (publishers: string) => `Kilde: ${publishers}`
	}
};
