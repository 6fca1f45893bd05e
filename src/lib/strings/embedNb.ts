/**
 * Norwegian bokmål words of the embed catalogue: the same keys and functions as embedEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. STUB: still the English words until the translation lands.
 */
import { embedEn } from './embedEn.ts';
import type { EmbedStrings } from './embed.ts';

export const embedNb: EmbedStrings = { ...embedEn };
