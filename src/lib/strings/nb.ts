/**
 * Norwegian bokmål words of the core catalogue: the same keys and functions as en.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md. STUB: still the English words until the translation lands.
 */
import { en } from './en.ts';
import type { CoreStrings } from './core.ts';

export const nb: CoreStrings = { ...en };
