/** The core catalogue in every language: `pick(coreText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { en } from './en.ts';

export type CoreStrings = typeof en;
export const coreText = lazyCatalogue<CoreStrings>('core', en);
