/** The map catalogue in every language: `pick(mapText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { mapEn } from './mapEn.ts';

export type MapStrings = typeof mapEn;
export const mapText = lazyCatalogue<MapStrings>('map', mapEn);
