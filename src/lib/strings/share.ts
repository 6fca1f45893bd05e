/** The share catalogue in every language: `pick(shareText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { shareEn } from './shareEn.ts';

export type ShareStrings = typeof shareEn;
export const shareText = lazyCatalogue<ShareStrings>('share', shareEn);
