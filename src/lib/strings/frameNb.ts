/**
 * Norwegian bokmål words of the frame catalogue: the same keys and functions as frameEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. STUB: still the English words until the translation lands.
 */
import { frameEn } from './frameEn.ts';
import type { FrameStrings } from './frame.ts';

export const frameNb: FrameStrings = { ...frameEn };
