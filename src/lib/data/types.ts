/**
 * Types of the curated data package (`data/`). One row type per CSV, named for what it holds.
 * Column names in the CSV are snake_case; these types use the same names so parsing stays a plain mapping.
 */

/** A place the data can be about: a country of the world-atlas TopoJSON, or a sub-national entity a source reports. */
export interface Country {
	/** ISO 3166-1 alpha-3 for countries; documented codes like `GB-SCT` for sub-national entities. */
	iso3: string;
	/** ISO 3166-1 numeric as a 3-digit string, matching world-atlas feature ids; empty when none. */
	iso_numeric: string;
	name: string;
	/** UN M49 region: Africa, Americas, Asia, Europe, Oceania (Antarctica for the one feature). */
	region: string;
	subregion: string;
	eu_member: boolean;
	/** `country` (has a world-atlas shape), `subnational` (part of a country, no own shape). */
	kind: 'country' | 'subnational';
	/** For sub-national entities, the iso3 of the country they belong to. */
	parent: string;
	/** Name of the world-atlas feature when it has no numeric id (Kosovo, Somaliland, N. Cyprus …). */
	atlas_name: string;
	note: string;
}

/** UN M49 regions used in countries.csv (`Antarctic` for the Antarctica feature). */
export const REGIONS = ['Africa', 'Americas', 'Antarctic', 'Asia', 'Europe', 'Oceania'] as const;

export interface Source {
	source_id: string;
	publisher: string;
	/** The dataset's own title, as the publisher names it. */
	title: string;
	/** Landing page a reader can open. */
	url: string;
	/** Where the file the importer reads can be downloaded (may equal url). */
	download_url: string;
	licence: string;
	/** Release or publication year of the dataset. */
	year: string;
	/** How a journalist should cite it. */
	citation: string;
	notes: string;
}

export type Topic = 'deaths' | 'hiv' | 'prisons' | 'offences' | 'use' | 'treatment';
export type Better = 'lower' | 'higher' | '';

export interface Indicator {
	indicator_id: string;
	/** Full label, e.g. "Drug-induced deaths per million aged 15–64". */
	label: string;
	/** Short label for axes and pickers. */
	short_label: string;
	/** Unit spelled out, e.g. "deaths per 100,000 people (age-standardised)". */
	unit: string;
	/** Topic group for pickers: deaths, hiv, prisons, offences, use, treatment (treatment and harm reduction). */
	topic: Topic;
	description: string;
	/** The main source; rows may name another (see Observation.source_id). */
	source_id: string;
	better: Better;
	/**
	 * Series with the same comparability key share a definition and may share an axis.
	 * Different keys on one chart trigger a visible warning.
	 */
	comparability: string;
	/** Decimals to show. */
	decimals: number;
	/** `true` when the values are computed by us from published figures (formula says how). */
	derived: boolean;
	formula: string;
	/** Shown next to every chart of this indicator. */
	caveat: string;
}

/** Row flags. Empty = as published. */
export const FLAGS = ['', 'derived', 'provisional', 'break', 'estimate', 'partial', 'revised', 'secondary'] as const;
export type Flag = (typeof FLAGS)[number];

export interface Observation {
	iso3: string;
	year: number;
	value: number;
	flag: Flag;
	/** Every row names its source (usually the indicator's; CDC rows name the Data Brief per year). */
	source_id: string;
	note: string;
}

export const POSSESSION_STATUSES = [
	'criminal',
	'decriminalised_de_jure',
	'decriminalised_de_facto',
	'subnational_variation',
	'legal_regulated'
] as const;
export type PossessionStatus = (typeof POSSESSION_STATUSES)[number] | '';

/** yes | no | trial | '' (unknown — never read blank as "no"). */
export type YesNo = 'yes' | 'no' | 'trial' | '';

export const POLICY_FIELDS = [
	'possession_status',
	'possession_year',
	'possession_model',
	'cannabis_status',
	'cannabis_year',
	'hat',
	'hat_since',
	'oat',
	'nsp',
	'dcr',
	'dcr_since',
	'drug_checking',
	'naloxone',
	'death_penalty_drugs',
	'gdpi2021_score',
	'gdpi2021_rank',
	'oat_since',
	'nsp_since',
	'cannabis_model',
	'cannabis_model_year',
	'hat_model',
	/** Added by the importer from an explicit, sourced table: `contested_threshold_model` (Russia, Mexico) or blank. */
	'possession_caveat'
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** Non-medical adult cannabis model (policies.csv `cannabis_model`). */
export const CANNABIS_MODELS = [
	'prohibited',
	'medical_only',
	'decriminalised',
	'tolerated_retail',
	'social_clubs',
	'home_grow_private',
	'state_pharmacy',
	'licensed_retail',
	'varies'
] as const;

/** `possession_caveat`: a decriminalisation coding that reviewers dispute. */
export const POSSESSION_CAVEATS = ['contested_threshold_model'] as const;

/**
 * One country's policy facts. Every filled field has a matching `<field>_ref`: `;`-separated ref ids into
 * policy_sources.csv. Blank = unknown (never "no").
 */
export type Policy = { iso3: string; country: string; notes: string } & Record<PolicyField, string> & Record<`${PolicyField}_ref`, string>;

/** A citation behind policy facts and events (policy_sources.csv). Not a dataset: datasets are in sources.csv. */
export interface PolicySource {
	ref_id: string;
	/** Organisation or authors. */
	publisher: string;
	title: string;
	/** Publication year; "c.2019" = approximate or undated page. */
	year: string;
	/** The original publication; blank when its URL was not found (cite publisher, title, year). */
	url: string;
	/** URL of the copy actually read (mirror, reprint, archive) when the original itself was not read; else blank. */
	read_via: string;
	/** How the copy was read, as the compiler wrote it (may name several copies); blank when the original was read. */
	read_via_note: string;
	/** Date or state of the source and how it was read ("carried over" = not re-opened in the last pass). */
	accessed_note: string;
	/** The sentence(s) relied on, to find the passage in the original. */
	quote_hint: string;
}

/** What one filled policy cell rests on (policy_cells.csv). */
export interface PolicyCell {
	iso3: string;
	field: PolicyField;
	/** `primary`: at least one primary source read directly; `secondary`: only a secondary source or a copy. */
	status: 'primary' | 'secondary';
	/** `yes` when the source was re-read in the last pass; `no` when carried over from an earlier pass. */
	rechecked: 'yes' | 'no';
	/** The sentence relied on (blank for cells carried over). */
	quote: string;
}

/** Where an event applies: the whole country, one state/province/territory/nation of it, or the world (INT). */
export type EventScope = 'national' | 'subnational' | 'international';
export type JurisdictionType = 'state' | 'province' | 'territory' | 'nation' | '';

export interface PolicyEvent {
	iso3: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
	date: string;
	year: number;
	event_type: string;
	title: string;
	description: string;
	scope: EventScope;
	/** Name of the state, province, territory or nation for sub-national events ("Oregon"); blank otherwise. */
	jurisdiction: string;
	jurisdiction_type: JurisdictionType;
	/** `;`-separated ref ids into policy_sources.csv. */
	ref: string;
}

/** A real-world model of state-controlled supply (regulation_models.csv). */
export interface RegulationModel {
	iso3: string;
	/** National, or the city/state where the model applies. */
	jurisdiction: string;
	substance: string;
	model: string;
	since: string;
	purchase_limit: string;
	age_limit: string;
	who_sells: string;
	notes: string;
	ref: string;
}
