/** The dataPage catalogue in every language: `pick(dataPageText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { dataPageEn } from './dataPageEn.ts';

export type DataPageStrings = typeof dataPageEn;
export const dataPageText = lazyCatalogue<DataPageStrings>('dataPage', dataPageEn);
