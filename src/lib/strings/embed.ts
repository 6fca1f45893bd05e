/** The embed catalogue in every language: `pick(embedText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { embedEn } from './embedEn.ts';
import { embedNb } from './embedNb.ts';

export type EmbedStrings = typeof embedEn;
export const embedText: Catalogue<EmbedStrings> = { en: embedEn, nb: embedNb };
