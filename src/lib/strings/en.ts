/** User-facing words, in one place so a translation (Norwegian bokmål is on the roadmap) can follow. */
export const en = {
	siteName: 'Drug Policy Explorer',
	tagline: 'How countries deal with drugs, and what happened next. Every number sourced.',
	nav: { home: 'Home', map: 'Map', compare: 'Compare', approaches: 'Approaches', data: 'Data', about: 'About' },
	comingSoon: 'Coming soon',
	source: 'Source',
	sources: 'Sources',
	licence: 'Licence',
	caveat: 'Read before quoting',
	showTable: 'Show the numbers',
	hideTable: 'Hide the numbers',
	noData: 'no data',
	derived: 'derived: computed by Drug Policy Explorer from published figures',
	flags: {
		derived: 'derived',
		provisional: 'provisional',
		break: 'break in series',
		estimate: 'estimate',
		partial: 'partial year',
		revised: 'revised',
		secondary: 'secondary source'
	} as Record<string, string>,
	footer: {
		about: 'An open-source project. Data from the publishers named under each chart; no tracking, no third-party requests.',
		code: 'Code licence: MIT. Data: each publisher’s own licence (see Data).'
	}
} as const;
