/** The frame catalogue in every language: `pick(frameText)` gives the document's language (see lang.ts). */
import type { Catalogue } from './lang.ts';
import { frameEn } from './frameEn.ts';
import { frameNb } from './frameNb.ts';

export type FrameStrings = typeof frameEn;
export const frameText: Catalogue<FrameStrings> = { en: frameEn, nb: frameNb };
