/** The compare catalogue in every language: `pick(compareText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { compareEn } from './compareEn.ts';
import { compareNb } from './compareNb.ts';

export type CompareStrings = typeof compareEn;
export const compareText: Catalogue<CompareStrings> = { en: compareEn, nb: compareNb };
