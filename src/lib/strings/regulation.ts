/** The regulation catalogue in every language: `pick(regulationText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { regulationEn } from './regulationEn.ts';

export type RegulationStrings = typeof regulationEn;
export const regulationText = lazyCatalogue<RegulationStrings>('regulation', regulationEn);
