/**
 * How place names sort in each language: Norwegian puts Æ, Ø, Å after Z («Zambia, Ærø, Østerrike, Åland»), as
 * Intl.Collator('nb') does. Pure and small (search boxes in the browser use it).
 */
import { INTL_LOCALE, type Lang } from '../strings/lang.ts';

/** How names sort in a language: Norwegian puts Æ, Ø, Å after Z («Zambia, Østerrike, Åland»). */
export function nameCollator(lang: Lang): Intl.Collator {
	return new Intl.Collator(lang === 'nb' ? 'nb' : INTL_LOCALE[lang]);
}

/** A copy of `items` sorted by their name in `lang`. */
export function sortByName<T>(items: readonly T[], lang: Lang, nameOf: (item: T) => string = (i) => (i as { name: string }).name): T[] {
	const c = nameCollator(lang);
	return [...items].sort((a, b) => c.compare(nameOf(a), nameOf(b)));
}
