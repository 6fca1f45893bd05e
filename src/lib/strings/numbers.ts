/** The numbers catalogue in every language: `pick(numbersText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { numbersEn } from './numbersEn.ts';

export type NumbersStrings = typeof numbersEn;
export const numbersText = lazyCatalogue<NumbersStrings>('numbers', numbersEn);
