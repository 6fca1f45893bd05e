/** The approaches catalogue in every language: `pick(approachesText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { approachesEn } from './approachesEn.ts';

export type ApproachesStrings = typeof approachesEn;
export const approachesText = lazyCatalogue<ApproachesStrings>('approaches', approachesEn);
