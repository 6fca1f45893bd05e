/**
 * Norwegian bokmål words of the approaches catalogue: the same keys and functions as approachesEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. STUB: still the English words until the translation lands.
 */
import { approachesEn } from './approachesEn.ts';
import type { ApproachesStrings } from './approaches.ts';

export const approachesNb: ApproachesStrings = { ...approachesEn };
