/** The country profile's catalogue in every language: `pick(countryText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { countryEn } from './countryEn.ts';

export type CountryStrings = typeof countryEn;
export const countryText = lazyCatalogue<CountryStrings>('country', countryEn);
