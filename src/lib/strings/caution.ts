/** The caution catalogue in every language: `pick(cautionText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { cautionEn } from './cautionEn.ts';

export type CautionStrings = typeof cautionEn;
export const cautionText = lazyCatalogue<CautionStrings>('caution', cautionEn);
