/** The map catalogue in every language: `pick(mapText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { mapEn } from './mapEn.ts';
import { mapNb } from './mapNb.ts';

export type MapStrings = typeof mapEn;
export const mapText: Catalogue<MapStrings> = { en: mapEn, nb: mapNb };
