/** The home catalogue in every language: `pick(homeText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { homeEn } from './homeEn.ts';

export type HomeStrings = typeof homeEn;
export const homeText = lazyCatalogue<HomeStrings>('home', homeEn);
