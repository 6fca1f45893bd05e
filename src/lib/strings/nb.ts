/**
 * The core words in Norwegian bokmål: the same keys and functions as en.ts (TypeScript checks it against
 * CoreStrings), terms as in docs/glossary-nb.md, quotation marks «…». Each function writes its own Norwegian sentence
 * (word order, gender, plurals); none is an English pattern with Norwegian words in it.
 *
 * The policy vocabulary (possession status, cannabis model, services, death penalty, caveats, topics, flags, kinds of
 * reform, event types) is not typed here: it comes from data/i18n/nb/vocabulary.csv through vocabularyNb.ts, the one
 * copy, validated by `npm run data:check`.
 */
import type { CoreStrings } from './core.ts';
import { eventTypeNb, serviceLabelsNb, vocabularyOf } from './vocabularyNb.ts';

const reformKind = vocabularyOf('reform_kind');
/** An event type as named inside a rule: «avkriminalisering i praksis» (its label from the CSV, lower-cased). */
const q = (type: string) => {
	const label = eventTypeNb(type) ?? type;
	return `«${label.charAt(0).toLowerCase()}${label.slice(1)}»`;
};
const TIMELINE = 'den tidligste daterte nasjonale hendelsen i tidslinjen vår over narkotikapolitikken';
/** "én delstat", "én provins", but "ett territorium" (neuter). */
const one = (type: string) => (type === 'territorium' ? 'ett' : 'én');

export const nb: CoreStrings = {
	source: 'Kilde',
	sources: 'Kilder',
	licence: 'Lisens',
	caveat: 'Les før du siterer',
	showTable: 'Vis tallene',
	hideTable: 'Skjul tallene',
	noData: 'ingen data',
	inEnglish: 'på engelsk',
	topics: vocabularyOf('topic'),
	derived: 'beregnet: regnet ut av Drug Policy Explorer fra publiserte tall',
	flags: vocabularyOf('flag'),
	chart: {
		eventNoData: (when) => `Denne linjen har ingen verdi for ${when}: markøren står på aksen, ikke på linjen`,
		reformMarker: (place, what, year) => `${place}: ${what} ${year}`,
		reformMarkerOwn: (what, year) => `${what} ${year}`,
		reformWords: {
			decriminalisation: 'avkriminalisert',
			decriminalisation_de_facto: 'avkriminalisert i praksis',
			threshold_quantities: 'terskelverdier'
		},
		unlabelled: (n) =>
			n === 1
				? 'Uten navn ved enden av linjen (ikke plass):'
				: `Uten navn ved enden av linjene (ikke plass), ${n} linjer:`,
		breakMark: (place, before, after) =>
			`${place}: brudd i serien mellom ${before} og ${after} (endret rapportering?); ingen linje binder sammen verdier som kanskje ikke kan sammenlignes`
	},
	policy: {
		possession: vocabularyOf('possession_status'),
		caveat: vocabularyOf('possession_caveat'),
		cannabisModel: vocabularyOf('cannabis_model'),
		service: serviceLabelsNb(),
		deathPenalty: vocabularyOf('death_penalty_drugs'),
		jurisdictionType: { state: 'delstat', province: 'provins', territory: 'territorium', nation: 'nasjon' },
		subnationalSpan: (type, name, from, to) =>
			`i ${one(type)} ${type}: ${name}, ${to === null ? `siden ${from}` : from === to ? String(from) : `${from}–${to}`}`,
		spanWords(sp) {
			return nb.policy.subnationalSpan(
				nb.policy.jurisdictionType[sp.jurisdictionType] ?? nb.policy.jurisdictionType.state!,
				sp.jurisdiction,
				sp.from,
				sp.to
			);
		},
		subnationalNote: (span) => `Avkriminalisering ${span}; ikke nasjonal lov.`,
		subnationalChartNote: (name, span) => `${name}: avkriminalisering ${span}; ikke tegnet på den nasjonale linjen.`,
		reformTitle: (title) =>
			title || 'Besittelse avkriminalisert (året fra tabellen vår over narkotikapolitikken; ingen datert hendelse)',
		reformUsed: (label) => `reformen som brukes for «${label}»`
	},
	reformKinds: {
		decriminalisation: {
			label: reformKind.decriminalisation!,
			rule: `${TIMELINE} som avkriminaliserte besittelse (${q('decriminalisation')} eller ${q('decriminalisation_de_facto')}); der det ikke finnes noen, året for avkriminalisering i tabellen vår over narkotikapolitikken (besittelse kodet som avkriminalisert de jure eller de facto). En endring i bare én delstat eller provins (Oregon 2021–2024, British Columbia 2023–2026) er ingen nasjonal reform. Kildene er uenige om enkelte år: Tsjekkia har 1990 i kartet fra Release/TalkingDrugs som tabellen vår følger, mens ordningen med terskelverdier for mengde trådte i kraft i 2010 (2010 under «${reformKind.thresholds}»).`
		},
		thresholds: {
			label: reformKind.thresholds!,
			rule: `${TIMELINE} som innførte terskelverdier for besittelse til eget bruk (${q('threshold_quantities')}, ${q('thresholds')}), fjernet fengselsstraff mens besittelse fortsatt er straffbart (${q('depenalisation')}), eller lot påtalemyndigheten henlegge saker om små mengder (${q('prosecutorial_discretion')}). Tsjekkia: 2010. Bare daterte hendelser; tabellen over narkotikapolitikken brukes ikke i stedet.`
		},
		heroin_assisted_treatment: {
			label: reformKind.heroin_assisted_treatment!,
			rule: `${TIMELINE} som startet heroinassistert behandling: et forsøk (${q('hat_trial')}), en lov som tillater den (${q('hat_law')}), en første klinikk (${q('hat_opened')}) eller forskrivning som ordinær behandling (${q('hat')}). Ofte et forsøk, flere år før ordinær behandling.`
		},
		consumption_rooms: {
			label: reformKind.consumption_rooms!,
			rule: `${TIMELINE} om sprøyterom (brukerrom) med tilsyn: det første rommet åpnet (${q('dcr_opened')}), et forsøk godkjent (${q('dcr_trial')}) eller en lov som tillater dem (${q('dcr_law')}). Det første rommet ligger ofte i bare én by.`
		},
		cannabis_regulation: {
			label: reformKind.cannabis_regulation!,
			rule: `${TIMELINE} mot lovlig tilgang på cannabis for voksne: legalisering (${q('cannabis_legalisation')}), forskrifter for den (${q('cannabis_regulation')}), lovlig salg (${q('cannabis_sales')}), lovlig hjemmedyrking (${q('cannabis_home_grow')}), forsøk med regulert salg og lovene som tillater dem (${q('cannabis_pilot')}, ${q('cannabis_pilot_law')}), eller cannabis fjernet fra narkotikalisten (${q('cannabis_delisting')}). Medisinsk cannabis, avkriminalisering av bare cannabis og tolererte cannabisklubber teller ikke.`
		},
		recriminalisation: {
			label: reformKind.recriminalisation!,
			rule: `${TIMELINE} som gjorde besittelse eller bruk straffbart, igjen eller for første gang: ${q('criminalisation')}, ${q('recriminalisation')}, ${q('decriminalisation_ends')}, eller cannabis satt tilbake på narkotikalisten (${q('cannabis_reversal')}). En endring i bare én delstat (Oregon 2024) er ikke nasjonal.`
		}
	},
	picker: {
		legend: 'Steder',
		selected: 'Valgte steder',
		add: 'Legg til et sted',
		addButton: 'Legg til',
		placeholder: 'f.eks. Portugal, Holland, Storbritannia eller PRT',
		notDrawn: {
			noData: 'ingen data for denne indikatoren',
			noReform: 'ingen reform av denne typen å justere etter',
			noBase: 'ingen data året før reformen, så ingen indeks',
			baseNotPositive: 'verdien var 0 året før reformen, så ingen indeks',
			noneInYears: 'ingen data i årene som vises'
		},
		notDrawnPrefix: 'ikke tegnet:',
		keepOne: 'Minst ett sted må være med: legg til et annet før du fjerner dette.',
		remove: (name) => `Fjern ${name}`,
		none: (q) => `Fant ikke noe sted som heter «${q}».`,
		already: (name) => `${name} vises allerede.`,
		tooMany: (n) => `Høyst ${n} steder om gangen.`,
		added: (name, via) => (via ? `${name} lagt til (funnet med «${via}»).` : `${name} lagt til.`),
		removed: (name) => `${name} fjernet.`,
		suggestions: 'Forslag:',
		showing: (label) => `Viser ${label}.`,
		browse: 'Bla etter region',
		otherRegion: 'Andre'
	},
	compare: {
		loading: 'Laster inn dataene …',
		loadFailed: (asked, shown) =>
			shown
				? `Kunne ikke laste inn dataene for «${asked}»: filen mangler eller er skadet. Viser fortsatt «${shown}».`
				: `Kunne ikke laste inn dataene for «${asked}» for disse stedene: filen mangler eller er skadet. Viser fortsatt stedene fra før.`,
		retry: 'Prøv igjen, eller last inn siden på nytt.',
		manyLines:
			'Mer enn åtte linjer: fargene gjentas. Pek på en linje eller på brikken til et sted (eller sett fokus på fjern-knappen) for å framheve linjen; linjer uten navn ved enden står under diagrammet, og alle verdiene står i tabellen.',
		noscript: (view) =>
			`JavaScript er slått av, så dette er standardsammenligningen (${view}). En lenke med andre steder, en annen indikator eller justering etter reformåret trenger JavaScript for å vises; tallene står i tabellen nedenfor.`
	},
	sourceNote: {
		more: (derived) => (derived ? 'Beregnet av oss: formel, lisens og forbehold' : 'lisens og forbehold'),
		derived: 'Beregnet'
	}
};
