/**
 * Norwegian bokmål words of the share catalogue: the same keys and functions as shareEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. Citations follow Norwegian APA practice ("Hentet … fra …", "u.å." for an undated work).
 */
import { nb } from './nb.ts';
import type { ShareStrings } from './share.ts';

export const shareNb: ShareStrings = {
	locale: 'nb-NO',
	copyLink: 'Kopier lenke',
	linkCopied: 'Lenken er kopiert.',
	linkCopyFailed: 'Kunne ikke kopiere automatisk: lenken er markert i feltet nedenfor; kopier den med Ctrl+C (⌘C).',
	linkField: 'Lenke til denne visningen',
	share: 'Del …',
	shareFailed: (why: string) => `Kunne ikke åpne delingsmenyen: ${why}`,
	image: 'Bilde',
	preset: 'Størrelse',
	presets: {
		standard: 'Standard',
		slide: 'Lysbilde 16:9 (1920×1080)',
		square: 'Kvadrat (1080×1080)'
	},
	downloadSvg: 'Last ned SVG',
	downloadPng: 'Last ned PNG',
	downloadCsv: 'Last ned CSV',
	csvHint: 'Tallene som vises, med kilde, lisens og denne lenken i linjene øverst i filen.',
	downloaded: (file: string) => `Lastet ned ${file}.`,
	things: { svg: 'SVG-filen', png: 'PNG-filen', csv: 'CSV-filen', citation: 'kildehenvisningen' },
	working: (what: string) => `Lager ${what} …`,
	failed: (what: string, why: string) => `Kunne ikke lage ${what}: ${why || 'ukjent feil'}.`,
	errors: {
		emptyImage: 'bildet ble tomt',
		noRows: 'det er ingen rader å skrive',
		noFigure: 'figuren finnes ikke på siden'
	},
	file: {
		presets: { standard: 'standard', slide: 'lysbilde', square: 'kvadrat' },
		fallback: 'drug-policy-explorer'
	},
	citation: 'Kildehenvisning',
	copyCitation: 'Kopier kildehenvisning',
	citationCopied: 'Kildehenvisningen er kopiert.',
	citationCopyFailed: 'Kunne ikke kopiere automatisk: marker kildehenvisningen ovenfor og kopier den.',
	embed: 'Bygg inn …',
	embedTitle: 'Bygg inn denne figuren',
	embedHelp:
		'Lim dette inn på siden din. Skriptet tilpasser rammens høyde til innholdet; uten skriptet beholder rammen en fast høyde.',
	embedLive: 'Løpende: viser alltid de nyeste dataene',
	embedPinned: (version: string) => `Låst: beholder tallene fra dataversjon ${version}`,
	embedCode: 'Innbyggingskode',
	copyEmbed: 'Kopier koden',
	embedCopied: 'Innbyggingskoden er kopiert.',
	embedCopyFailed: 'Kunne ikke kopiere automatisk: marker koden og kopier den.',
	close: 'Lukk',

	csv: {
		title: 'Tittel',
		source: 'Kilde',
		licence: 'Lisens',
		definition: 'Definisjon',
		unit: 'Enhet',
		view: 'Visning',
		retrieved: 'Hentet',
		dataVersion: 'Dataversjon',
		note: 'Verdiene er slik siden viser dem (avrundet til de viste desimalene); en tom verdi mangler, den er ikke null.',
		numbers:
			'Tallcellene er maskinlesbare: punktum som desimaltegn og ingen tusenskilletegn (velg punktum som desimaltegn når du importerer filen i et regneark med norske innstillinger).',
		noYear: 'u.å.',
		col: {
			indicator: 'indikator',
			unit: 'enhet',
			code: 'kode',
			place: 'sted',
			year: 'år',
			yearsSinceReform: 'år_siden_reform',
			value: 'verdi',
			flag: 'merknad',
			source: 'kilde',
			rank: 'rangering',
			change: 'endring_prosent',
			fromValue: 'fra_verdi',
			fromYear: 'fra_år',
			toValue: 'verdi',
			toYear: 'år',
			missing: 'mangler_fordi'
		},
		missing: 'ingen data',
		flags: nb.flags
	},

	citationText: (works: readonly string[], date: string, url: string) =>
		`${works.join(' ')} Hentet ${date} fra ${url} via Drug Policy Explorer.`,
	work: (publisher: string, year: string, title: string) => `${publisher} (${year || 'u.å.'}). ${title}`,

	alt: { line: 'Linjediagram', map: 'Kart', headline: 'Diagrammer' },

	meta: {
		homeTitle: 'narkotikapolitikk og hva den fører til, land for land',
		compareTitle: 'Sammenlign land',
		compareDescription:
			'Sammenlign narkotikarelaterte utfall mellom land, med hvert lands egne reformer tegnet inn på linjen; still landene opp etter reformåret.',
		aboutTitle: 'Om Drug Policy Explorer',
		dataTitle: 'Data og kilder',
		dataDescription:
			'Alle datasettene bak Drug Policy Explorer: utgiver, lisens, nedlasting og hver indikators definisjon og forbehold.',
		approachesTitle: 'Tilnærminger: straff eller helse',
		countryTitle: (name: string) => `${name}: narkotikapolitikk og utfall`
	},

	country: {
		subtitle: (unit: string) => `Enhet: ${unit}.`
	},

	dataAsOf: (version: string) => `data per ${version}`
};
