/**
 * Norwegian bokmål words of the approaches view: the same keys and functions as approachesEn.ts (TypeScript checks
 * it), terms as in docs/glossary-nb.md (LAR, sprøyteutdeling, heroinassistert behandling, avkriminalisering,
 * dødsstraff, besittelse til eget bruk, personer som injiserer narkotika). Imports only the type of the English.
 */
import type { ApproachesStrings } from './approaches.ts';
import type { TypologyFact } from '../stats/policyFactInYear.ts';
import { designClassWordsNb } from './designClassWordsNb.ts';

const listJoin = (xs: readonly string[]): string =>
	xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} og ${xs[xs.length - 1]}`;

const land = (n: number) => `${n} land`;

const factNames: Record<TypologyFact, string> = {
	possession: 'hvordan loven behandler besittelse til eget bruk',
	oat: 'legemiddelassistert rehabilitering (LAR)',
	nsp: 'sprøyteutdeling',
	hat: 'heroinassistert behandling',
	death_penalty: 'dødsstraff for narkotikalovbrudd'
};

const gaps = {
	no_record: 'ingen opplysninger om politikken i dette landet',
	blank: 'ikke funnet i kildene som er lest',
	before_dated_record: 'kildene daterer gjeldende lov senere; hva som gjaldt før, er ikke registrert',
	before_reform: 'før den første daterte reformen; kildene sier ikke hva loven var',
	varies_subnationally: 'ulikt mellom delstater eller provinser'
};

const services = {
	oat: 'legemiddelassistert rehabilitering (LAR)',
	nsp: 'sprøyteutdeling',
	hat: 'heroinassistert behandling',
	dcr: 'sprøyterom',
	drug_checking: 'testing av rusmidler',
	naloxone: 'nalokson til å ta med hjem'
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const approachesNb: ApproachesStrings = {
	rules: {
		design: {
			label: 'Fra helseorientert til straffeorientert (fire grupper)',
			text: [
				'Et land med dødsstraff for narkotikalovbrudd er straffeorientert.',
				'Ellers, der besittelse til eget bruk ikke er straffbart (avkriminalisert i loven eller i praksis, eller lovlig regulert): helseorientert hvis både legemiddelassistert rehabilitering (LAR) og sprøyteutdeling finnes, ellers avkriminalisert med få tjenester.',
				'Der besittelse er straffbart: straffbart, med skadereduksjon hvis både LAR og sprøyteutdeling finnes, ellers straffeorientert.',
				'Et land er ukjent når de kildebelagte opplysningene ikke er nok til å avgjøre; opplysningen som mangler, blir nevnt.'
			]
		},
		decrim: {
			label: 'Avkriminalisert eller ikke',
			text: [
				'Besittelse til eget bruk er ikke straffbart (avkriminalisert i loven eller i praksis, eller lovlig regulert), eller det er straffbart.'
			]
		},
		hat: {
			label: 'Heroinassistert behandling eller ikke',
			text: [
				'Heroinassistert behandling (også forsøk og prøveordninger) ble gitt det året, eller ikke.',
				'Kildene sier hvor den finnes, ikke hvor den mangler: «ikke» er kjent bare for årene før en datert start; ellers er landet ukjent.'
			]
		},
		deathpenalty: {
			label: 'Dødsstraff for narkotikalovbrudd eller ikke',
			text: [
				'Loven har dødsstraff for narkotikalovbrudd (også land som ikke fullbyrder den), eller ikke. Opplysningen gjelder i dag og brukes for alle år.'
			]
		}
	},
	groups: {
		...designClassWordsNb.names,
		not_criminal: 'Ikke straffbart',
		criminal: 'Straffbart',
		hat: 'Heroinassistert behandling',
		no_hat: 'Ingen heroinassistert behandling',
		death_penalty: 'Dødsstraff for narkotikalovbrudd',
		no_death_penalty: 'Ingen dødsstraff for narkotikalovbrudd'
	},
	facts: factNames,
	gaps,
	missing: (missing) =>
		`Ukjent fordi det mangler opplysninger om ${listJoin(missing.map((m) => `${factNames[m.fact]} (${gaps[m.gap]})`))}.`,
	flag(flag) {
		switch (flag.code) {
			case 'service_start_unknown':
				return `Startåret for ${listJoin(flag.services.map((s) => factNames[s]))} er ukjent: for tidligere år antas dagens tjenester.`;
			case 'death_penalty_undated':
				return 'Opplysningene om dødsstraff gjelder i dag: for tidligere år antas de samme.';
			case 'possession_undated':
				return 'Status for besittelse er udatert: for tidligere år antas dagens lov.';
			case 'possession_inferred_before_reform':
				return `Før ${flag.reformYear} regnes besittelse som straffbart, fordi reformen i ${flag.reformYear} avkriminaliserte det; kildene sier ikke siden når.`;
			case 'decriminalised_de_facto':
				return 'Avkriminalisert i praksis: fortsatt et lovbrudd etter loven, men etter fast praksis ikke straffeforfulgt.';
			case 'contested_threshold_model':
				return 'Omstridt: fagfolk mener denne modellen med terskelverdier har ført til flere fengslinger.';
			case 'hat_trial_only':
				return 'Heroinassistert behandling bare som forsøk eller prøveordning.';
			case 'subnational_variation': {
				const where = flag.jurisdictions.map((j) =>
					j.to === null ? `${j.name} fra ${j.from}` : `${j.name} ${j.from}–${j.to}`
				);
				const varies = flag.possessionVaries ? 'Loven om besittelse er ulik mellom delstater eller provinser.' : '';
				const reforms = where.length ? `Avkriminalisering på delstatsnivå: ${listJoin(where)}.` : '';
				return [varies, reforms].filter(Boolean).join(' ');
			}
		}
	},
	flagCodes: {
		service_start_unknown: 'Startår for tjenesten ukjent',
		death_penalty_undated: 'Dødsstraff udatert',
		possession_undated: 'Status for besittelse udatert',
		possession_inferred_before_reform: 'Straffbart før reformen (utledet)',
		decriminalised_de_facto: 'I praksis',
		contested_threshold_model: 'Omstridt modell med terskelverdier',
		hat_trial_only: 'Bare forsøk',
		subnational_variation: 'Ulikt mellom delstater'
	},
	bandOmitted: {
		too_few_countries: (n, min) => `Bare ${land(n)} dette året: ingen kvartilbredde under ${min}.`
	},
	trendsError(e) {
		switch (e.code) {
			case 'no_series':
				return 'Ingen indikator er valgt.';
			case 'mixed_indicators':
				return `Én indikator om gangen: ${listJoin(e.ids)} kan ikke dele ett gruppediagram.`;
			case 'mixed_definitions':
				return `Disse seriene bruker ulike definisjoner (${listJoin(e.ids)}): nivåene kan ikke sammenlignes, så de slås ikke sammen.`;
			case 'mixed_sources':
				return `Verdiene kommer fra ${e.ids.length} ulike kilder (${listJoin(e.ids)}): metodene kan være ulike, så de slås ikke sammen.`;
			case 'duplicate_observation':
				return `To verdier for ${e.iso3} i ${e.year}: serien er ikke én definisjon.`;
		}
	},
	quantileNote:
		'Median og kvartilbredde (kvartiler etter standardmetoden i R, type 7). Hvert land teller i gruppen sin det året.',
	page: {
		title: 'Tilnærminger: straff og helse',
		metaTitle: 'Tilnærminger · Drug Policy Explorer',
		intro:
			'Går det bedre i land som behandler narkotikabruk som et helsespørsmål, enn i land som straffer det? Her deles landene inn i grupper etter en regel du kan lese og endre, år for år, ut fra kildebelagte opplysninger; et land er ukjent når opplysningene ikke er nok. Gruppene sammenlignes på utfall, og hvert diagram har tallene sine i en tabell. Det siden ikke kan vise: at en politikk forårsaket et utfall.',
		jump: 'På denne siden',
		sections: {
			rules: 'Regelen og gruppene',
			trends: 'Utvikling i gruppene',
			scatter: 'Politikk mot utfall',
			narratives: 'Sammenligninger'
		}
	},
	controls: {
		rule: 'Del inn landene etter',
		year: 'År',
		outcome: 'Utfall (én definisjon)',
		x: 'Politikkmål (x-aksen)',
		loading: 'Laster indikatoren …',
		loadFailed: (id) => `Kunne ikke laste ${id}: den forrige indikatoren vises fortsatt.`
	},
	ruleHeading: 'Regelen med vanlige ord',
	counts: (year) => `Land i hver gruppe i ${year}`,
	unknownCount: (n, year) =>
		n === 0
			? `Ingen land er ukjent i ${year}.`
			: `${land(n)} er ukjent i ${year} fordi kildebelagte opplysninger mangler (tabellen nevner hva som mangler).`,
	noRecord: (n) =>
		`${land(n)} i landlisten vår har ennå ingen opplysninger om politikken og er ikke gruppert (vises ikke).`,
	assumeToday: (n, year) => `${designClassWordsNb.assumeToday}: det gjelder ${land(n)} i ${year} (merket i tabellen).`,
	subnational: (names) =>
		`Ulikt innenfor landet: i ${listJoin(names)} er loven ulik mellom delstater eller provinser. Det står ved siden av gruppen, ikke bakt inn i den.`,
	table: {
		show: (n) => `Gruppen til hvert land og faktaene bak (${n} land)`,
		caption: (rule, year) => `Alle land med opplysninger om politikken, delt inn etter «${rule}», ${year}`,
		country: 'Land',
		group: 'Gruppe',
		facts: 'Opplysningene som plasserer landet der',
		notes: 'Merknader',
		source: 'Kilde'
	},
	factValue(fact, value, since) {
		const from = since !== null ? ` (fra ${since})` : '';
		switch (fact) {
			case 'possession':
				return value ? `Besittelse ikke straffbart${from}` : `Besittelse straffbart${from}`;
			case 'death_penalty':
				return value ? 'Dødsstraff for narkotikalovbrudd' : 'Ingen dødsstraff for narkotikalovbrudd';
			default: {
				const name = cap(factNames[fact]);
				return value
					? `${name} finnes${from}`
					: since !== null
						? `${name} ennå ikke (fra ${since})`
						: `${name} finnes ikke`;
			}
		}
	},
	trends: {
		title: (label) => `${label}: median per gruppe`,
		subtitle: (unit) => `${unit}. Linje: median; bånd: den midterste halvdelen av landene (kvartilbredde).`,
		howCounted:
			'Et land teller i den gruppen det er i hvert år: når et land bytter gruppe (Portugal i 2001), følger verdiene med fra det året. Det er aldri i to grupper samme år. År uten verdi er hull; ingenting er interpolert.',
		bandRule: (min) =>
			`Båndet tegnes ikke et år der færre enn ${min} land bidrar: den midterste halvdelen av tre eller fire land sier lite. Medianen tegnes likevel, og antall land vises under diagrammet.`,
		nRow: 'Land som bidrar hvert år (høyden på søylen; tallet gjelder siste år)',
		summary(label, groups) {
			const parts = groups
				.filter((g) => g.first && g.last)
				.map(
					(g) =>
						`${g.name}: median ${g.first!.median} i ${g.first!.year} (${land(g.first!.n)}), ${g.last!.median} i ${g.last!.year} (${land(g.last!.n)})`
				);
			return parts.length ? `${label}. ${parts.join('; ')}.` : `${label}: ingen gruppe har verdier.`;
		},
		tableCaption: (label) => `${label}: median, kvartilbredde og antall land per gruppe og år`,
		year: 'År',
		median: 'Median',
		q1: 'K1',
		q3: 'K3',
		n: 'Land',
		noBand: 'intet bånd',
		leftOut: (n) =>
			`${land(n)} med verdier er ukjent etter denne regelen i noen eller alle år: de årene er ikke i noen gruppe.`,
		excluded: (n) =>
			`${n} ${n === 1 ? 'verdi' : 'verdier'} for deler av et år er utelatt (kan ikke sammenlignes med hele år).`,
		flagged: (n) =>
			`${n} ${n === 1 ? 'verdi som er med, har' : 'verdier som er med, har'} en merknad (estimat, brudd i serien, …): se landsidene.`
	},
	scatter: {
		title: (x, y, year) => `${y} mot ${x.charAt(0).toLowerCase()}${x.slice(1)}, ${year}`,
		measures: {
			class: 'Gruppe etter den valgte regelen',
			services: 'Registrerte tiltak for skadereduksjon (av 6)',
			ost: 'Pasienter i LAR per 1 000 innbyggere 15–64 år',
			needles: 'Sprøyter og kanyler per person som injiserer narkotika',
			gdpi: 'Global Drug Policy Index 2021, poeng (0–100)'
		},
		measureNotes: {
			class: 'Hver kolonne er en gruppe; punktene er spredt innenfor den, så hver etikett kan leses.',
			services:
				'Talt fra politikktabellen vår: legemiddelassistert rehabilitering (LAR), sprøyteutdeling, heroinassistert behandling, sprøyterom, testing av rusmidler og nalokson til å ta med hjem. En tom celle (ikke funnet i kildene som er lest) telles som ikke registrert, ikke som fraværende. En datert start teller fra det året; en udatert er dagens opplysning.',
			ost: 'EMCDDA Statistical Bulletin 2019: pasienter i LAR ÷ innbyggere 15–64 år × 1 000 (vår utregning på publiserte tall). Bare Europa.',
			needles:
				'UNAIDS Global AIDS Monitoring 2019: sprøyter og kanyler delt ut per person som injiserer narkotika per år.',
			gdpi: 'Global Drug Policy Index 2021 (Harm Reduction Consortium, et nettverk for skadereduksjon): en uavhengig vurdering av narkotikapolitikk, bare 2021. Et annet blikk, aldri slått sammen med gruppene våre.'
		},
		services,
		lag: (n) =>
			`En verdi fra inntil ${n} år før det valgte året brukes når det året mangler verdi; året som brukes, står i kortet og tabellen.`,
		caveatsTitle: 'Les før du siterer',
		caveats: [
			'Definisjonene er ulike mellom land: hva som regnes som et narkotikadødsfall, en innsatt for narkotikalovbrudd eller en person som injiserer narkotika, registreres ikke likt overalt.',
			'Samvariasjon er ikke årsak: et mønster her viser ikke at en politikk forårsaket et utfall.',
			'Andre forklaringer: tilgangen på fentanyl (Nord-Amerika), hivutbrudd (Hellas og Romania rundt 2011), kvaliteten på rapporteringen og størrelsen på narkotikamarkedet påvirker utfallene uavhengig av politikken.'
		],
		summary: (n, groups) =>
			n === 0
				? 'Ingen land har begge verdiene.'
				: `${land(n)} med begge verdiene: ${groups
						.filter((g) => g.n)
						.map((g) => `${g.name} ${g.n}`)
						.join(', ')}.`,
		missing: (noX, noY) =>
			[
				noX.length ? `Ingen verdi for politikkmålet for ${listJoin(noX)}.` : '',
				noY.length ? `Ingen verdi for utfallet for ${listJoin(noY)}.` : ''
			]
				.filter(Boolean)
				.join(' '),
		cardYear: (year) => ` (${year})`,
		hint: 'Hold pekeren over et punkt, eller gå til det med Tab, for å se tallene.',
		tableCaption: (x, y, year) => `${y} og ${x.charAt(0).toLowerCase()}${x.slice(1)}, ${year}, per land`,
		servicesList: (s) => (s.length ? listJoin(s) : 'ingen registrert'),
		pointLabel: (name, group, x, y) => `${name}, ${group}: ${x}; ${y}`
	},
	narratives: {
		intro:
			'Tre land som ofte nevnes for helseorientert politikk, hvert mot Norge, Sverige, Estland og USA på ett mål, fra året politikken ble endret. Tallene leses fra dataene når nettstedet bygges.',
		title: (name, kind, year) =>
			kind === 'decrim' ? `${name}: avkriminalisert i ${year}` : `${name}: heroinassistert behandling fra ${year}`,
		body(name, start, end, subject, peers) {
			const one = (n: string, v: { start: string | null; end: string | null; change: string | null }) =>
				v.start !== null && v.end !== null
					? `${n} ${v.start} → ${v.end}${v.change !== null ? ` (${v.change})` : ''}`
					: `${n}: ingen verdi for ${v.start === null ? start : end}`;
			return `${one(name, subject)} fra ${start} til ${end}. I de samme årene: ${peers.map((p) => one(p.name, p)).join('; ')}.`;
		},
		measure: (label, unit) => `Mål: ${label} (${unit}).`,
		dated: 'Året for endringen er hentet fra',
		compare: (name) => `Åpne ${name} og de fire i Sammenlign`,
		notCausal:
			'Dette er nivåer og endringer side om side, ikke en effekt av politikken: mye annet endret seg i disse landene i de samme årene.',
		compareClassNote:
			'Lenken åpner Sammenlign med hvert lands linje farget etter gruppen det var i hvert år, så en reform vises som et fargeskifte.'
	},
	serviceLabel: (s) => services[s]
};
