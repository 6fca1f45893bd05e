/** Shapes of the country page's slice (built by server/countryView.ts, drawn by components/country/*). Types only. */
import type { CompactPoint } from './compactSeries.ts';
import type { Indicator, Source } from './types.ts';

/**
 * The place a page is about: codes as in data/countries.csv (`region`, `subregion` are UN M49 names, the peer rule's
 * keys), and the names a reader sees in the page's language (`regionName`, `subregionName`). `note` is free text
 * that exists only in English.
 */
export interface CountryPlace {
	iso3: string;
	name: string;
	region: string;
	subregion: string;
	regionName: string;
	subregionName: string;
	kind: string;
	note: string;
}

export type CardIndicator = Pick<Indicator, 'indicator_id' | 'short_label' | 'unit' | 'decimals' | 'derived' | 'source_id' | 'topic'>;

/** What the page says about a dataset in its one Sources list. */
export type SourceLite = Pick<Source, 'source_id' | 'publisher' | 'title' | 'year' | 'licence' | 'url'>;

export interface IndicatorCard {
	indicator: CardIndicator;
	points: CompactPoint[];
	/** Numbers of this card's datasets in the page's Sources list (a derived value's denominator included). */
	refs: number[];
	/** Values are modelled estimates (GBD), not recorded counts or rates. */
	modelled: boolean;
	peers: { iso3: string; name: string; match: 'subregion' | 'region' }[];
}
