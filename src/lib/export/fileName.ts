/**
 * File names of downloads: lower-case ASCII words joined by hyphens, from the indicator and the view. The words a file
 * name adds itself (the image size, the fallback name) are the page language's (share catalogue `file`). Pure.
 */
import type { Lang } from '../strings/lang.ts';
import { shareText } from '../strings/share.ts';

/** Letters NFKD does not take apart: Norwegian/Danish ø and æ, German ß, and a few more of the places' names. */
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i' };

/** "GBD 2019: Portugal & Czechia" -> "gbd-2019-portugal-czechia", "Nøkkeltall" -> "nokkeltall" (at most 80 characters). */
export function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[øæœßđłþðı]/g, (c) => LETTERS[c] ?? '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

/** `parts` slugged and joined, with the extension: ["gbd2019_drug_disorder_death_rate", "PRT~CZE"] + "csv". */
export function fileName(parts: readonly string[], ext: string, lang: Lang = 'en'): string {
	const stem = parts.map(slug).filter(Boolean).join('-') || shareText[lang].file.fallback;
	return `${stem}.${ext}`;
}
