/**
 * Norwegian bokmål words of the map catalogue: the same keys and functions as mapEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. STUB: still the English words until the translation lands.
 */
import { mapEn } from './mapEn.ts';
import type { MapStrings } from './map.ts';

export const mapNb: MapStrings = { ...mapEn };
