/**
 * The core words in English: the reference catalogue (nb.ts has the same keys and functions, in Norwegian bokmål;
 * core.ts pairs them). Components take them with `pick(coreText)`, never from this file directly.
 */
export const en = {
	source: 'Source',
	sources: 'Sources',
	licence: 'Licence',
	caveat: 'Read before quoting',
	showTable: 'Show the numbers',
	hideTable: 'Hide the numbers',
	noData: 'no data',
	/** The mark after a free text that exists only in English, on pages in another language (InEnglish.svelte). */
	inEnglish: 'in English',
	/** Indicator topics as group labels (pickers). */
	topics: {
		deaths: 'Deaths',
		hiv: 'HIV',
		prisons: 'Prisons',
		offences: 'Drug-law offences',
		use: 'Drug use',
		treatment: 'Treatment and harm reduction'
	} as Record<string, string>,
	derived: 'derived: computed by Drug Policy Explorer from published figures',
	flags: {
		derived: 'derived',
		provisional: 'provisional',
		break: 'break in series',
		estimate: 'estimate',
		partial: 'partial coverage',
		revised: 'revised',
		secondary: 'secondary source'
	} as Record<string, string>,
	/** Words drawn on or about charts. */
	chart: {
		/** Accessible and tooltip text of an event marker on a line without a value that year. */
		eventNoData: (when: string) => `This line has no value for ${when}: the marker stands on the axis, not on the line`,
		/** Reform marker label, e.g. "Portugal: decriminalised 2001". */
		reformMarker: (place: string, what: string, year: number | string) => `${place}: ${what} ${year}`,
		/** The same on a chart of one place (its country page): "decriminalised 2001". */
		reformMarkerOwn: (what: string, year: number | string) => `${what} ${year}`,
		/** How a reform marker names the reform, by event type (others: the humanised type, e.g. "HAT trial"). */
		reformWords: {
			decriminalisation: 'decriminalised',
			decriminalisation_de_facto: 'decriminalised de facto',
			threshold_quantities: 'threshold quantities'
		} as Record<string, string>,
		/** Heading of the small legend under a chart naming the lines whose end label had no room. */
		unlabelled: (n: number) =>
			n === 1 ? 'Not labelled at its line end (no room):' : `Not labelled at their line ends (no room), ${n} lines:`,
		breakMark: (place: string, before: number, after: number) =>
			`${place}: break in series between ${before} and ${after} (reporting changed?); no line joins values that may not be comparable`
	},
	/** Policy facts (country pages). Blank in the data = unknown, never "no". */
	policy: {
		possession: {
			criminal: 'Criminal offence',
			decriminalised_de_jure: 'Decriminalised in law (de jure)',
			decriminalised_de_facto: 'Decriminalised in practice (de facto), still an offence on the books',
			subnational_variation: 'Varies by state or province',
			legal_regulated: 'Legal and regulated'
		} as Record<string, string>,
		caveat: {
			contested_threshold_model:
				'Contested: a threshold model with very low limits that reviewers (IDPC, Release) say has raised incarceration.'
		} as Record<string, string>,
		cannabisModel: {
			prohibited: 'Prohibited (criminal offence)',
			medical_only: 'Medical use only; non-medical use a criminal offence',
			decriminalised: 'Decriminalised personal possession, no legal supply',
			tolerated_retail: 'Tolerated retail sales (coffee shops)',
			social_clubs: 'Legal possession; supply through non-profit social clubs',
			home_grow_private: 'Private home growing and use legal, no sales',
			state_pharmacy: 'Legal; state-controlled pharmacy sales',
			licensed_retail: 'Legal; licensed retail sales',
			varies: 'Varies by state or territory'
		} as Record<string, string>,
		service: { yes: 'Available', no: 'Not available', trial: 'Trial or pilot only' } as Record<string, string>,
		deathPenalty: { yes: 'Yes: the death penalty applies to some drug offences', no: 'No' } as Record<string, string>,
		/** Sub-national reforms: told as a note, never drawn as the country's reform. */
		jurisdictionType: { state: 'state', province: 'province', territory: 'territory', nation: 'nation' } as Record<
			string,
			string
		>,
		subnationalSpan: (type: string, name: string, from: number, to: number | null) =>
			`in one ${type}: ${name}, ${to === null ? `since ${from}` : from === to ? String(from) : `${from}–${to}`}`,
		/** A sub-national span in words: "in one state: Oregon, 2021–2024". */
		spanWords(sp: { jurisdictionType: string; jurisdiction: string; from: number; to: number | null }): string {
			return en.policy.subnationalSpan(
				en.policy.jurisdictionType[sp.jurisdictionType] ?? en.policy.jurisdictionType.state!,
				sp.jurisdiction,
				sp.from,
				sp.to
			);
		},
		subnationalNote: (span: string) => `Decriminalisation ${span}; not national law.`,
		subnationalChartNote: (name: string, span: string) =>
			`${name}: decriminalisation ${span}; not drawn on the national line.`,
		/** Title of a reform: its event's title, or this when only the policy table dates it. */
		reformTitle: (title: string) => title || 'Possession decriminalised (year from our policy table; no dated event)',
		reformUsed: (label: string) => `the reform used for “${label}”`
	},
	/**
	 * Kinds of reform (stats/reformKinds.ts): label for pickers, and the rule shown beside the chart, which names every
	 * event type the kind counts (in the words of humaniseEventType).
	 */
	reformKinds: {
		decriminalisation: {
			label: 'Decriminalisation of possession',
			rule: 'the earliest dated national event in our policy timeline that decriminalised possession (“decriminalisation” or “decriminalisation de facto”); where there is none, the decriminalisation year in our policy table (possession coded decriminalised de jure or de facto). A change in one state or province only (Oregon 2021–2024, British Columbia 2023–2026) is not a national reform. Sources disagree on some years: Czechia is 1990 in the Release/TalkingDrugs map that our table follows, while its threshold-quantity regime came into force in 2010 (2010 under “Thresholds or depenalisation”).'
		},
		thresholds: {
			label: 'Thresholds or depenalisation',
			rule: 'the earliest dated national event in our policy timeline that set threshold quantities for personal possession (“threshold quantities”, “thresholds”), took prison off the table while possession stays an offence (“depenalisation”), or let prosecutors drop small possession cases (“prosecutorial discretion”). Czechia: 2010. Dated events only; no fallback to the policy table.'
		},
		heroin_assisted_treatment: {
			label: 'Heroin-assisted treatment',
			rule: 'the earliest dated national event in our policy timeline that started heroin-assisted treatment: a trial (“HAT trial”), a law allowing it (“HAT law”), a first clinic (“HAT opened”) or prescription as regular care (“HAT”). Often a trial, years before regular care.'
		},
		consumption_rooms: {
			label: 'Drug consumption rooms',
			rule: 'the earliest dated national event in our policy timeline about supervised drug consumption rooms: the first room opened (“DCR opened”), a trial approved (“DCR trial”) or a law allowing them (“DCR law”). The first room is often in one city only.'
		},
		cannabis_regulation: {
			label: 'Cannabis regulation (legal supply)',
			rule: 'the earliest dated national event in our policy timeline towards a legal supply of cannabis for adults: legalisation (“cannabis legalisation”), its regulations (“cannabis regulation”), legal sales (“cannabis sales”), legal home growing (“cannabis home grow”), pilots of regulated sales and the laws allowing them (“cannabis pilot”, “cannabis pilot law”), or cannabis taken off the narcotics list (“cannabis delisting”). Medical cannabis, cannabis-only decriminalisation and tolerated social clubs do not count.'
		},
		recriminalisation: {
			label: 'Recriminalisation',
			rule: 'the earliest dated national event in our policy timeline that made possession or use a crime, again or for the first time: “criminalisation”, “recriminalisation”, “decriminalisation ends”, or cannabis put back on the narcotics list (“cannabis reversal”). A change in one state only (Oregon 2024) is not national.'
		}
	},
	/** The compare view's place picker. */
	picker: {
		legend: 'Places',
		selected: 'Selected places',
		add: 'Add a place',
		addButton: 'Add',
		placeholder: 'e.g. Portugal, Holland, UK or PRT',
		/** Why a selected place has no line (compareModel.ts NotDrawnReason), shown on its chip. */
		notDrawn: {
			noData: 'no data for this indicator',
			noReform: 'no reform of this kind to align on',
			noBase: 'no data the year before the reform, so no index',
			baseNotPositive: 'value 0 the year before the reform, so no index',
			noneInYears: 'no data in the years shown'
		},
		notDrawnPrefix: 'not drawn:',
		keepOne: 'At least one place is needed: add another before removing this one.',
		remove: (name: string) => `Remove ${name}`,
		none: (q: string) => `No place called “${q}”.`,
		already: (name: string) => `${name} is already shown.`,
		tooMany: (n: number) => `At most ${n} places at a time.`,
		added: (name: string, via: string | null) => (via ? `${name} added (found by “${via}”).` : `${name} added.`),
		removed: (name: string) => `${name} removed.`,
		suggestions: 'Suggestions:',
		showing: (label: string) => `Showing ${label}.`,
		browse: 'Browse by region',
		otherRegion: 'Other'
	},
	compare: {
		loading: 'Loading the data…',
		/** `shown` is null when the same indicator stays (the places asked for could not be added). */
		loadFailed: (asked: string, shown: string | null) =>
			shown
				? `Could not load the data for “${asked}”: the file is missing or damaged. Still showing “${shown}”.`
				: `Could not load the data for “${asked}” for these places: the file is missing or damaged. Still showing the places before.`,
		retry: 'Try again, or reload the page.',
		manyLines:
			'More than eight lines: colours repeat. Point at a line or a place’s chip (or focus its remove button) to pick its line out; lines without a label at their end are listed under the chart, and every value is in the table.',
		noscript: (view: string) =>
			`JavaScript is off, so this is the default comparison (${view}). A link with other places, another indicator or reform alignment needs JavaScript to show them; the numbers are in the table below.`
	},
	/** The "Source:" line under a chart (SourceNote). */
	sourceNote: {
		/** Compact figures: the link to the Data page for what is left out. */
		more: (derived: boolean): string =>
			derived ? 'Derived by us: formula, licence and caveats' : 'licence and caveats',
		derived: 'Derived'
	}
};
