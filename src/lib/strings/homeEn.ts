/** The words of the home page (English, the reference): homeNb.ts has the same keys in Norwegian bokmål. */
export const homeEn = {
	title: 'Drug Policy Explorer: drug policy and its outcomes, country by country',
	heading: 'Drug policy and what happened next',
	lede: 'Compare how countries deal with drugs — punishment or health-led approaches like Portugal’s 2001 decriminalisation — and what happened to overdose deaths, HIV, prisons and drug-law offences. Every number names its publisher, and every definition that differs is said next to the chart.',
	chartTitle: (places: readonly string[]) => `Deaths from drug use disorders since 1990: ${places.join(', ')}`,
	notes: [
		'The marker shows when Portugal’s decriminalisation of personal possession came into force (Law 30/2000, 1 July 2001). A change after a reform is not proof that the reform caused it.',
		'National statistics (EMCDDA drug-induced deaths, US CDC overdose deaths) use other definitions and give other levels; compare them in the Compare view, one definition at a time.'
	],
	explore: 'Explore',
	views: {
		map: 'every indicator, country by country, year by year, with the policy landscape.',
		compare: 'outcome trends with each country’s own reforms, aligned on the reform year.',
		data: 'every dataset with its definition, source, licence and caveats.',
		approaches: 'punitive versus health-led countries as groups, and the rules behind the labels.',
		regulation:
			'where drugs are sold under state control, since when and under which rules: cannabis models and heroin-assisted treatment.'
	}
};
