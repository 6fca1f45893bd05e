/** The site catalogue in every language: `pick(siteText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { siteEn } from './siteEn.ts';

export type SiteStrings = typeof siteEn;
export const siteText = lazyCatalogue<SiteStrings>('site', siteEn);
