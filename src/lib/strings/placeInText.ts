/**
 * A place name as it reads inside a sentence of `lang` (the sentence's language). English: "the United States", "the
 * Netherlands", "Portugal" — names that take the article are listed explicitly (no guessing from the words).
 * Norwegian bokmål: country names take no article ("i USA", "i Nederland", "i Storbritannia"), so the name is used
 * as it is.
 */
import type { Lang } from './lang.ts';

const WITH_THE = new Set([
	'United States',
	'United Kingdom',
	'Netherlands',
	'Philippines',
	'Czech Republic',
	'Dominican Republic',
	'Central African Republic',
	'Bahamas',
	'Gambia',
	'Maldives',
	'Marshall Islands',
	'Solomon Islands',
	'United Arab Emirates',
	'Comoros',
	'Seychelles',
	'DR Congo',
	'Congo',
	'Faroe Islands',
	'Cayman Islands',
	'Falkland Islands',
	'British Virgin Islands',
	'United States Virgin Islands',
	'Cook Islands',
	'Turks and Caicos Islands'
]);

export function placeInText(name: string, lang: Lang = 'en'): string {
	if (lang === 'nb') return name;
	return WITH_THE.has(name) ? `the ${name}` : name;
}
