/** The country profile's catalogue in every language: `pick(countryText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { countryEn } from './countryEn.ts';
import { countryNb } from './countryNb.ts';

export type CountryStrings = typeof countryEn;
export const countryText: Catalogue<CountryStrings> = { en: countryEn, nb: countryNb };
