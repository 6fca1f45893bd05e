/** The regulation catalogue in every language: `pick(regulationText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { regulationEn } from './regulationEn.ts';
import { regulationNb } from './regulationNb.ts';

export type RegulationStrings = typeof regulationEn;
export const regulationText: Catalogue<RegulationStrings> = { en: regulationEn, nb: regulationNb };
