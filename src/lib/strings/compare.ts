/** The compare catalogue in every language: `pick(compareText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { compareEn } from './compareEn.ts';

export type CompareStrings = typeof compareEn;
export const compareText = lazyCatalogue<CompareStrings>('compare', compareEn);
