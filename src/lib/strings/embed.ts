/** The embed catalogue in every language: `pick(embedText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { embedEn } from './embedEn.ts';

export type EmbedStrings = typeof embedEn;
export const embedText = lazyCatalogue<EmbedStrings>('embed', embedEn);
