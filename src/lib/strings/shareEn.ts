/** User-facing words of sharing and export (English): the share menu, CSV headers, citations, page meta. */
import { en } from './en.ts';

export type ImagePreset = 'standard' | 'slide' | 'square';
export type ShareThing = 'svg' | 'png' | 'csv' | 'citation';

export const shareEn = {
	/** BCP 47 locale of these words: dates in citations and CSV headers are formatted with it. */
	locale: 'en-GB',
	copyLink: 'Copy link',
	linkCopied: 'Link copied.',
	linkCopyFailed: 'Could not copy automatically: the link is selected in the field below; copy it with Ctrl+C (⌘C).',
	linkField: 'Link to this view',
	share: 'Share…',
	shareFailed: (why: string) => `Could not open the share sheet: ${why}`,
	image: 'Image',
	preset: 'Size',
	presets: {
		standard: 'Standard',
		slide: 'Slide 16:9 (1920×1080)',
		square: 'Square (1080×1080)'
	} satisfies Record<ImagePreset, string>,
	downloadSvg: 'Download SVG',
	downloadPng: 'Download PNG',
	downloadCsv: 'Download CSV',
	csvHint: 'The numbers shown, with source, licence and this link in the header lines.',
	downloaded: (file: string) => `Downloaded ${file}.`,
	/** What is being made, as `working` and `failed` name it. */
	things: { svg: 'SVG', png: 'PNG', csv: 'CSV', citation: 'citation' } satisfies Record<ShareThing, string>,
	working: (what: string) => `Making the ${what}…`,
	failed: (what: string, why: string) => `Could not make the ${what}: ${why || 'unknown error'}.`,
	/** Why a download failed (the end of `failed`). */
	errors: {
		emptyImage: 'the image came out empty',
		noRows: 'there are no rows to write',
		noFigure: 'the figure is not on the page'
	},
	/** File names: the image size's word, and the name of a file with nothing else to name it by (lower-case ASCII). */
	file: {
		presets: { standard: 'standard', slide: 'slide', square: 'square' } satisfies Record<ImagePreset, string>,
		fallback: 'drug-policy-explorer'
	},
	citation: 'Cite',
	copyCitation: 'Copy citation',
	citationCopied: 'Citation copied.',
	citationCopyFailed: 'Could not copy automatically: select the citation above and copy it.',
	embed: 'Embed…',
	embedTitle: 'Embed this chart',
	embedHelp:
		'Paste this into your page. The script resizes the frame to fit; without it the frame keeps a fixed height.',
	embedLive: 'Live: shows the latest data',
	embedPinned: (version: string) => `Pinned: keeps the numbers of data version ${version}`,
	embedCode: 'Embed code',
	copyEmbed: 'Copy code',
	embedCopied: 'Embed code copied.',
	embedCopyFailed: 'Could not copy automatically: select the code and copy it.',
	close: 'Close',

	/** CSV: header comment lines (each line starts with "# "). */
	csv: {
		title: 'Title',
		source: 'Source',
		licence: 'Licence',
		definition: 'Definition',
		unit: 'Unit',
		view: 'View',
		retrieved: 'Retrieved',
		dataVersion: 'Data version',
		note: 'Values as shown on the page (rounded to the decimals shown); an empty value is missing, not zero.',
		/** The number cells are the same in every language edition: say how they are written. */
		numbers: 'Number cells are machine-readable: a dot as decimal mark and no thousands separator.',
		/** A source without a year. */
		noYear: 'n.d.',
		/** Column names. */
		col: {
			indicator: 'indicator',
			unit: 'unit',
			code: 'code',
			place: 'place',
			year: 'year',
			yearsSinceReform: 'years_since_reform',
			value: 'value',
			flag: 'flag',
			source: 'source',
			rank: 'rank',
			change: 'change_percent',
			fromValue: 'from_value',
			fromYear: 'from_year',
			toValue: 'value',
			toYear: 'year',
			missing: 'missing_reason'
		},
		missing: 'no data',
		flags: en.flags
	},

	/** "Publisher (year). Dataset." — one per source, joined by spaces, then where and when it was retrieved. */
	citationText: (works: readonly string[], date: string, url: string) =>
		`${works.join(' ')} Retrieved ${date} from ${url} via Drug Policy Explorer.`,
	work: (publisher: string, year: string, title: string) => `${publisher} (${year || 'n.d.'}). ${title}`,

	/** What kind of image it is, leading its alt text. */
	alt: { line: 'Line chart', map: 'Map', headline: 'Charts' } as Record<string, string>,

	/** og:/twitter: tags of pages whose route sets no text of its own. */
	meta: {
		homeTitle: 'drug policy and its outcomes, country by country',
		compareTitle: 'Compare countries',
		compareDescription:
			'Compare drug-related outcomes across countries with each country’s own policy reforms drawn on its line; align countries on their reform year.',
		aboutTitle: 'About Drug Policy Explorer',
		dataTitle: 'Data and sources',
		dataDescription:
			'Every dataset behind Drug Policy Explorer: publisher, licence, download, and each indicator’s definition and caveats.',
		approachesTitle: 'Approaches: punitive and health-led',
		countryTitle: (name: string) => `${name}: drug policy and outcomes`
	},

	country: {
		/** The headline chart's image: its unit. */
		subtitle: (unit: string) => `Unit: ${unit}.`
	},

	dataAsOf: (version: string) => `data as of ${version}`
};
