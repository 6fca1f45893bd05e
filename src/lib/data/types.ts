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

export type Topic = 'deaths' | 'hiv' | 'prisons' | 'offences' | 'use';
export type Better = 'lower' | 'higher' | '';

export interface Indicator {
	indicator_id: string;
	/** Full label, e.g. "Drug-induced deaths per million aged 15–64". */
	label: string;
	/** Short label for axes and pickers. */
	short_label: string;
	/** Unit spelled out, e.g. "deaths per 100,000 people (age-standardised)". */
	unit: string;
	/** Topic group for pickers: deaths, hiv, prisons, offences, use. */
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
	'gdpi2021_rank'
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** One country's policy facts; every filled field has a matching `<field>_source`. Blank = unknown. */
export type Policy = { iso3: string; country: string; notes: string } & Record<PolicyField, string> &
	Record<`${PolicyField}_source`, string>;

export interface PolicyEvent {
	iso3: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
	date: string;
	year: number;
	event_type: string;
	title: string;
	description: string;
	source: string;
}
