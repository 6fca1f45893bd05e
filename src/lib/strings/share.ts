/** The share catalogue in every language: `pick(shareText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { shareEn } from './shareEn.ts';
import { shareNb } from './shareNb.ts';

export type ShareStrings = typeof shareEn;
export const shareText: Catalogue<ShareStrings> = { en: shareEn, nb: shareNb };
