/**
 * The words of the data and sources page (/data), English, the reference: dataPageNb.ts has the same keys in
 * Norwegian bokmål.
 */
export const dataPageEn = {
	title: 'Data and sources',
	/** The intro paragraph, around the word "derived" (emphasised). */
	intro: {
		before:
			'Every number on this site comes from one of these datasets. Values are shown as published; the few we compute (rates from counts and population, shares) are marked',
		derived: 'derived',
		after:
			'with their formula. Missing values are shown as missing, never as zero and never filled in. Download any table as CSV.'
	},
	tables: 'Tables:',
	/** What each reference table holds (after its file name). */
	files: {
		sources: 'lists datasets;',
		policySources:
			'lists the reports, laws, rulings and articles behind each policy fact (the original’s address, and the copy read where only a copy could be read).',
		policyCells:
			'says whether each policy fact rests on a primary source read directly, and quotes the sentence relied on.'
	},
	indicators: (n: string) => `Indicators (${n})`,
	allSources: (n: string) => `All sources (${n})`,
	/** Topic headings; HIV is said in full here. */
	topicHeading: { hiv: 'HIV among people who inject drugs' } as Record<string, string>,
	/** `shown` is the number as formatted for the page. */
	places: (n: number, shown: string) => (n === 1 ? `${shown} place` : `${shown} places`),
	values: (n: number, shown: string) => (n === 1 ? `${shown} value` : `${shown} values`),
	field: {
		unit: 'Unit',
		definition: 'Definition',
		derived: 'Derived',
		coverage: 'Coverage',
		source: 'Source',
		download: 'Download'
	},
	citeAs: 'Cite as:',
	refreshFrom: 'Refresh from:'
};
