/** The about catalogue in every language: `pick(aboutText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { aboutEn } from './aboutEn.ts';

export type AboutStrings = typeof aboutEn;
export const aboutText = lazyCatalogue<AboutStrings>('about', aboutEn);
