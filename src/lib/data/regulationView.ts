/**
 * What /regulation and the country profile's regulation block are built from (the server slice,
 * src/lib/server/slices/regulation.ts, fills these at build time). Types only.
 */
import type { Lang } from '../strings/lang.ts';
import type { CannabisPolicyFacts, ModelFacts } from './cannabisModelInYear.ts';
import type { RegulationModelType } from './regulationModelType.ts';

/** A data word with the language it is in (English where no Norwegian exists yet: shown with lang="en"). */
export interface LangText {
	text: string;
	lang: Lang;
}

/** A citation of policy_sources.csv, short enough for a link. */
export interface RegulationCitation {
	ref: string;
	/** "Publisher (year)". */
	label: string;
	title: string;
	/** The original's URL, else the copy read; blank when neither is known. */
	url: string;
}

/** One row of regulation_models.csv in the page's language. Free-text rules exist in English only. */
export interface ModelCard {
	iso3: string;
	country: string;
	type: RegulationModelType;
	jurisdiction: LangText;
	substance: LangText;
	model: LangText;
	since: string;
	whoSells: string;
	purchaseLimit: string;
	ageLimit: string;
	notes: string;
	refs: string[];
}

export interface ModelGroup {
	type: RegulationModelType;
	cards: ModelCard[];
}

export interface TimelineEntry {
	type: RegulationModelType;
	since: string;
	jurisdiction: LangText;
}

export interface TimelineRow {
	iso3: string;
	country: string;
	entries: TimelineEntry[];
}

export type OutcomeKey = 'deaths' | 'hiv' | 'ost' | 'hatClients';

export interface HatRow {
	iso3: string;
	country: string;
	status: 'yes' | 'trial';
	since: string;
	sinceRefs: string[];
	/** Form of treatment (policies.csv hat_model; English only). */
	form: string;
	formRefs: string[];
	/** Where, per regulation_models.csv. */
	where: LangText[];
	/** Outcome views that have data for the country: the /compare query (without "?"). */
	outcomes: { key: OutcomeKey; query: string }[];
}

export interface RegulationMapData {
	min: number;
	max: number;
	/** Places the map colours: every place with a policies.csv row, with its cannabis facts. */
	places: { iso3: string; name: string; policy: CannabisPolicyFacts }[];
	/** Cannabis rows of regulation_models.csv. */
	models: ModelFacts[];
}

export interface CountryRegulation {
	cards: ModelCard[];
	citations: Record<string, RegulationCitation>;
}
