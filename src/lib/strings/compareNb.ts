/**
 * Norwegian bokmål words of the compare catalogue: the same keys and functions as compareEn.ts (TypeScript checks it),
 * each sentence written for Norwegian — its own word order (V2: «I 2016 hadde Norge høyest …»), verbs that say the
 * direction («falt fra 3,2 i 2001 til 2,1 i 2015»), no article before place names, a space before «%», no verb
 * agreement in number («mangler» for one place and many). Terms as in docs/glossary-nb.md. Numbers arrive formatted
 * in Norwegian (the callers format with 'nb').
 */
import type { CompareProblem } from '../charts/compareModel.ts';
import type { CompareStrings } from './compare.ts';
import { labelInText } from './labelInText.ts';
import { designClassWordsNb } from './designClassWordsNb.ts';

const list = (items: readonly string[]): string =>
	items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
const inText = (label: string) => labelInText(label, [], 'nb');
const inBrackets = (w: string) => (w ? ` (${w})` : '');
const lower = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);
/** «straffeorientert til og med 2000; helseorientert fra 2001», eller «straffeorientert i alle årene som vises». */
const classRuns = (spans: readonly { name: string; from: number; to: number }[]): string =>
	spans.length === 1
		? `${lower(spans[0]!.name)} i alle årene som vises`
		: spans
				.map((s, i) =>
					i === 0
						? `${lower(s.name)} til og med ${s.to}`
						: i === spans.length - 1
							? `${lower(s.name)} fra ${s.from}`
							: s.from === s.to
								? `${lower(s.name)} i ${s.from}`
								: `${lower(s.name)} ${s.from}–${s.to}`
				)
				.join('; ');
const APART = 'landene som vises, har ikke noe år med data felles';

export const compareNb: CompareStrings = {
	pageTitle: 'Sammenlign land',
	metaDescription:
		'Sammenlign utfall på narkotikafeltet mellom land, med hvert lands egne politiske reformer tegnet på linjen; still landene opp etter reformåret.',
	lede: 'Hvert lands egne reformer er tegnet på landets egen linje. Still landene opp etter reformåret for å se hva som skjedde før og etter – og les forbeholdene før du siterer.',
	title: {
		calendar: (measure, places) => `${measure}: ${places.join(', ') || 'ingen steder valgt'}`,
		aligned: (measure, reform, indexed) =>
			`${measure}, regnet fra hvert lands ${inText(reform)}${indexed ? ' (året før = 100)' : ''}`
	},
	indexUnit: 'indeks (året før reformen = 100)',
	indexUnitShort: 'indeks (året før reformen = 100)',
	indexTableCaption: (label) => `${label}: indeks, året før hvert lands reform = 100`,
	xLabel: { calendar: 'År', aligned: 'År etter reformen' },
	notes: {
		reformRule: (reform, rule) => `Reformår (${inText(reform)}): ${rule}`,
		reformOf: (name, year, title) => `${name}: ${year} – ${title}`,
		causation: 'At noe endret seg etter en reform, viser ikke at reformen var årsaken.'
	},
	sets: {
		headline: 'Hovedutvalget',
		reform: 'Reformland',
		nordics: 'Norden',
		eu: 'EU',
		northAmerica: 'Nord-Amerika'
	},
	noBeforeAfter: (reform) =>
		`Ingen av de valgte landene har ${inText(reform)} i våre politikkdata, så det er ingen før–etter-sammenligning. Legg til et reformland (for eksempel Portugal) eller velg en annen type reform.`,
	controls: {
		legend: 'Visning',
		scale: 'Skala',
		scaleGroup: 'Loddrett skala',
		linear: 'Lineær',
		log: 'Logaritmisk',
		reformCounts: 'Som reform regnes',
		align: 'Still opp etter reformen (x = år etter reformen)',
		index: 'Indeks = 100 året før reformen',
		from: 'Fra',
		to: 'til',
		firstYear: 'første',
		lastYear: 'siste',
		colourBy: 'Fargelegg linjene etter',
		colourCountry: 'Land',
		colourClass: 'Politikkgruppe'
	},
	classes: {
		names: designClassWordsNb.names,
		legendTitle: 'Politikkgruppe hvert år',
		note: `Gruppen er nettstedets typologi, år for år, bygd på politikkopplysninger med kilder. ${designClassWordsNb.assumeToday}. En linje skifter farge midt mellom det siste året i én gruppe og det første året i den neste.`,
		rulesLink: 'Reglene bak gruppene (Tilnærminger)',
		column: (place) => `${place}: politikkgruppe`,
		summary: (lines) =>
			lines.length
				? `Politikkgruppe hvert år (nettstedets typologi). ${lines.map((l) => `${l.name}: ${classRuns(l.spans)}.`).join(' ')}`
				: ''
	},

	list,

	lines: {
		noData: (places) => `Ingen data for ${list(places)}.`,
		highLow: (o) =>
			`I ${o.year} hadde ${o.hi} høyest ${o.measure ?? 'verdi'} (${o.hiValue}) og ${o.lo} lavest (${o.loValue}).`,
		one: (o) =>
			o.measure
				? `I ${o.year} var ${o.measure} i ${o.place} ${o.value}${inBrackets(o.caution)}.`
				: `I ${o.year} var verdien for ${o.place} ${o.value}${inBrackets(o.caution)}.`,
		largest: (o) =>
			`Størst relativ ${o.rise ? 'økning' : 'nedgang'} hadde ${o.place}: fra ${o.from} i ${o.fromYear} til ${o.to} i ${o.toYear}${inBrackets(o.caution)}.`
	},

	summary: {
		noData: (measure, places) => `Ingen data å vise for ${measure}${places.length ? ` i ${list(places)}` : ''}.`,
		aligned: (o) => {
			const head = `${o.Measure}, regnet fra hvert lands ${inText(o.reform)}: `;
			const gap = o.missing.length
				? `${list(o.missing.map((m) => `${m.place} (reformår ${m.reformYear})`))} mangler verdi for året før eller for ${o.n} år etter`
				: '';
			const ok = o.changes.map(
				(c) =>
					`${c.percent} % ${c.change < 0 ? 'lavere' : 'høyere'} enn året før i ${c.place} (reformår ${c.reformYear}${c.caution ? `; ${c.caution}` : ''})`
			);
			return ok.length
				? `${head}${o.n} år etter reformen var verdien ${list(ok)}${gap ? `; ${gap}` : ''}.`
				: `${head}${gap}.`;
		},
		single: (o) => `${o.Measure} i ${o.place} var ${o.value} i ${o.year}${o.apart ? ` (${APART})` : ''}.`,
		fromTo: (o) => {
			const notes = [o.caution, o.apart ? APART : ''].filter(Boolean).join('; ');
			if (o.direction === 0)
				return `${o.Measure} i ${o.place} var ${o.to} både i ${o.fromYear} og i ${o.toYear}${inBrackets(notes)}.`;
			const verb = o.direction < 0 ? 'falt' : 'steg';
			return `${o.Measure} i ${o.place} ${verb} fra ${o.from} i ${o.fromYear} til ${o.to} i ${o.toYear}${inBrackets(notes)}.`;
		},
		ranked: (o) =>
			`${o.Measure}, ${o.years}: i ${o.year} hadde ${o.hi} høyest verdi (${o.hiValue}) og ${o.lo} lavest (${o.loValue}) av de ${o.count} stedene som vises.`
	},

	problem: (p: CompareProblem) => {
		switch (p.code) {
			case 'noReform':
				return `${p.place} har ingen ${inText(p.reform)} i våre politikkdata, så linjen kan ikke stilles opp etter reformen og er ikke tegnet.`;
			case 'noBase':
				return `${p.place} har ingen verdi for ${p.year}, året før reformen, så linjen kan ikke indekseres (vi fyller ikke hull).`;
			case 'baseNotPositive':
				return `Verdien for ${p.place} i ${p.year} er ${p.value}, så linjen kan ikke indekseres til 100.`;
			case 'noData':
				return `Ingen data for ${p.place} for denne indikatoren.`;
		}
	},
	trendLabel: (place, n) => `${place}: trenden de ${n} årene før reformen, videreført`,

	mix: {
		definitions: (n, labels) =>
			`Denne visningen blander ${n} ulike definisjoner (${list(labels)}): nivåene kan ikke sammenlignes med hverandre.`,
		sources: (n, sources) =>
			`Verdiene som vises, kommer fra ${n} ulike kilder (${list(sources)}): metodene kan være forskjellige, så sjekk kilden til hver verdi i tabellen før du sammenligner nivåer.`
	},

	chart: {
		label: (title) => `${title}. Bruk piltastene til venstre og høyre for å lese verdiene år for år.`,
		subtitle: (label, unit) => `${label}. Enhet: ${unit}.`,
		tableCaption: (label, unit) => `${label} (${unit})`,
		year: 'År'
	},

	beforeAfter: {
		heading: (name) => `Før og etter reformen: ${name}`,
		country: 'Land',
		years: 'År på hver side',
		reformHead: 'Reform:',
		reformDetails: (o) =>
			`(${o.date}; ${inText(o.reform)}${o.basis === 'policies' ? `, året fra vår politikktabell${o.dated ? '' : ': ingen datert hendelse'}` : ''}).`,
		inEnglish: 'på engelsk',
		reformYearLeftOut: (year) =>
			`Selve reformåret ${year} er holdt utenfor begge periodene: reformer trer ofte i kraft midt i året.`,
		caption: (year, name, unit) => `Før og etter ${year} i ${name} (${unit})`,
		before: (span) => `Før (${span})`,
		after: (span) => `Etter (${span})`,
		change: 'Endring',
		mean: 'Gjennomsnittlig nivå',
		slope: 'Gjennomsnittlig endring per år',
		slopeUnit: (unit) => `trend, ${unit} per år`,
		observed: 'År med data',
		ofExpected: (observed, expected) => `${observed} av ${expected}`,
		notEnough: 'for lite data',
		gap: (value, unit, below) =>
			`I årene etter lå verdiene i gjennomsnitt ${value} ${unit} ${below ? 'under' : 'over'} trenden fra før reformen, videreført (den stiplede linjen i diagrammet).`,
		howTitle: 'Slik er tallene regnet ut.',
		how: 'Gjennomsnittlig nivå: gjennomsnittet av årene som har data (år uten data hoppes over, de fylles aldri inn). Gjennomsnittlig endring per år: stigningstallet til en rett linje tilpasset med minste kvadraters metode gjennom de samme årene. Trenden videreført: linjen fra før reformen forlenget over årene etter – det den gamle trenden ville gitt, ikke en prognose.',
		caveats: 'Forbehold ved denne sammenligningen',
		causationTitle: 'Samvariasjon er ikke årsakssammenheng.',
		causation:
			'At noe endret seg etter en reform, viser ikke at reformen var årsaken; også land uten reform har endret seg (sammenlign dem i diagrammet).',
		elseTitle: 'Hva annet endret seg.',
		otherEvents: (name) => `Andre politiske hendelser i ${name} i disse årene:`,
		noOtherEvents: (name) =>
			`Vår tidslinje har ingen andre politiske hendelser for ${name} i disse årene, men tjenester, narkotikamarkeder (for eksempel fentanyl), økonomi og registreringspraksis endrer seg også.`,
		breakTitle: 'Brudd i definisjonen.',
		breaks: (years) =>
			`Utgiveren markerer et brudd i tidsserien i ${years}: verdiene før og etter er kanskje ikke sammenlignbare.`,
		missingTitle: 'Manglende år.',
		missing: 'Noen år i periodene mangler data; tallene bygger bare på årene med data.'
	}
};
