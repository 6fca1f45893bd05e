/** The words of the about page (English, the reference): aboutNb.ts has the same keys in Norwegian bokmål. */
export const aboutEn = {
	title: 'About',
	heading: 'About Drug Policy Explorer',
	intro:
		'An open-source tool for journalists, policymakers and advocates to compare how countries deal with drugs — punitive enforcement or health-led approaches — and what happened to drug deaths, HIV among people who inject drugs, incarceration and drug-law offences.',
	principles: 'Principles',
	rules: [
		'Every number comes from a published source, named under the chart with its licence and a link.',
		'Nothing is estimated, smoothed or interpolated. Missing is shown as missing.',
		'Different definitions are different series. “Drug deaths” means four different things in GBD, EMCDDA, US CDC and UK statistics; we never draw them as one line, and say so next to the chart.',
		'A change after a reform is not proof the reform caused it. Charts that show reforms say so.',
		'No tracking, no cookies, no third-party requests: the site is plain files.'
	],
	cite: 'How to cite',
	/** The citation paragraph, around a link to the Data page and the word "derived" (emphasised). */
	citeText: {
		before: 'Cite the original publisher named under the chart (each dataset’s citation is on the',
		link: 'Data',
		middle:
			'page), and Drug Policy Explorer as the tool: “Drug Policy Explorer (2026), chart of …, data from …”. Values marked',
		derived: 'derived',
		after: 'were computed by us from published figures; the formula is on the Data page.'
	}
};
