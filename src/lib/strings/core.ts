/** The core catalogue in every language: `pick(coreText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { en } from './en.ts';
import { nb } from './nb.ts';

export type CoreStrings = typeof en;
export const coreText: Catalogue<CoreStrings> = { en: en, nb: nb };
