/** The errorPage catalogue in every language: `pick(errorPageText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { errorPageEn } from './errorPageEn.ts';

export type ErrorPageStrings = typeof errorPageEn;
export const errorPageText = lazyCatalogue<ErrorPageStrings>('errorPage', errorPageEn);
