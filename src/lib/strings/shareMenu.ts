/** The shareMenu catalogue in every language: `pick(shareMenuText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { shareMenuEn } from './shareMenuEn.ts';

export type ShareMenuStrings = typeof shareMenuEn;
export const shareMenuText = lazyCatalogue<ShareMenuStrings>('shareMenu', shareMenuEn);
