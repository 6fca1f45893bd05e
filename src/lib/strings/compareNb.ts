/**
 * Norwegian bokmål words of the compare catalogue: the same keys and functions as compareEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. STUB: still the English words until the translation lands.
 */
import { compareEn } from './compareEn.ts';
import type { CompareStrings } from './compare.ts';

export const compareNb: CompareStrings = { ...compareEn };
