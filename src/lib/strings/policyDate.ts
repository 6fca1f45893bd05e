/**
 * A policy event's date ("2001-07-01", "2001-07" or "2001", as precise as the source) in a language, through Intl:
 * "1 Jul 2001" / "1. juli 2001", "Jul 2001" / "juli 2001", "2001". Never more precise than the source; a date that
 * is not one of the three forms is returned as it is. Pure.
 */
import { INTL_LOCALE, type Lang } from './lang.ts';

const FORMATS = {
	day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'short', year: 'numeric', timeZone: 'UTC' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export function policyDate(date: string, lang: Lang): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!m) return date;
	const [, y, mo, d] = m;
	if (!mo) return y!;
	const when = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
	// Date.UTC rolls over ("2021-13" would become January 2022): a date that does not exist is left as it is.
	if (when.getUTCMonth() !== Number(mo) - 1 || (d && when.getUTCDate() !== Number(d))) return date;
	return new Intl.DateTimeFormat(INTL_LOCALE[lang], d ? FORMATS.day : FORMATS.month).format(when);
}
