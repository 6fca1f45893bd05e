/**
 * Norwegian bokmål words of the share catalogue: the same keys and functions as shareEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. STUB: still the English words until the translation lands.
 */
import { shareEn } from './shareEn.ts';
import type { ShareStrings } from './share.ts';

export const shareNb: ShareStrings = { ...shareEn };
