/** The approaches catalogue in every language: `pick(approachesText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { approachesEn } from './approachesEn.ts';
import { approachesNb } from './approachesNb.ts';

export type ApproachesStrings = typeof approachesEn;
export const approachesText: Catalogue<ApproachesStrings> = { en: approachesEn, nb: approachesNb };
