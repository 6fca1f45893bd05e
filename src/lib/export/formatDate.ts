/** The long date of citations and CSV header lines, in a language. Pure. */
import type { Lang } from '../strings/lang.ts';
import { shareText } from '../strings/share.ts';

/**
 * A date as a locale writes it ("1 December 2026" in en-GB, "1. desember 2026" in nb-NO), in UTC so every reader sees
 * one date. `locale` is a BCP 47 tag or one of the site's languages.
 */
export function formatDate(date: Date, locale: string | Lang = 'en'): string {
	if (locale === 'en' || locale === 'nb') locale = shareText[locale].locale;
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		date
	);
}
