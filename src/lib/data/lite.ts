/**
 * The slim shapes of places and indicators that pickers and views receive from the build-time slices
 * (server/compareData.ts writes them; state classes and components read them), so views need not import server/.
 */
import type { Country, Indicator } from './types.ts';

export type PlaceLite = Pick<Country, 'iso3' | 'name' | 'region' | 'subregion' | 'eu_member' | 'kind'>;

/** What the indicator picker shows and searches (label, description and unit words; years and places covered). */
export type IndicatorLite = Pick<Indicator, 'indicator_id' | 'short_label' | 'label' | 'topic' | 'comparability' | 'source_id' | 'description' | 'unit'> & {
	/** First and last year with data, or null when the indicator has none. */
	years: [number, number] | null;
	/** Number of places with at least one value. */
	places: number;
};
