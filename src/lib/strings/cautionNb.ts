/** Norwegian bokmål caution words: the same keys and functions as cautionEn.ts (TypeScript checks it). */
import type { CautionStrings } from './caution.ts';

export const cautionNb: CautionStrings = {
	afterBreak: (y) => `etter et brudd i tidsserien i ${y}`,
	acrossBreak: (y) => `over et brudd i tidsserien i ${y}`,
	flag: {
		provisional: 'foreløpig tall',
		partial: 'ufullstendig dekning',
		estimate: 'et anslag',
		secondary: 'fra en sekundærkilde'
	},
	join: (parts) => parts.join(', ')
};
