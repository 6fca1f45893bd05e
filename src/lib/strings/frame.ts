/** The frame catalogue in every language: `pick(frameText)` gives the document's language (see lang.ts). */
import { lazyCatalogue } from './lang.ts';
import { frameEn } from './frameEn.ts';

export type FrameStrings = typeof frameEn;
export const frameText = lazyCatalogue<FrameStrings>('frame', frameEn);
