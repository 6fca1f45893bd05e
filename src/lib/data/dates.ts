/**
 * Dates as precise as their source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each a real calendar date (no month 13, no
 * 30 February; 29 February only in leap years), with the year in a given range. Pure.
 */

/** The year of a valid partial date, or the reason it is not one. */
export function checkPartialDate(value: string, minYear: number, maxYear: number): { year: number } | { problem: string } {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!m) return { problem: 'must be YYYY, YYYY-MM or YYYY-MM-DD' };
	const year = Number(m[1]);
	if (year < minYear || year > maxYear) return { problem: `has the year ${year}, outside ${minYear}–${maxYear}` };
	if (m[2] === undefined) return { year };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return { problem: `has the month ${m[2]}: months run 01–12` };
	if (m[3] === undefined) return { year };
	const day = Number(m[3]);
	const days = daysInMonth(year, month);
	if (day < 1 || day > days) return { problem: `has the day ${m[3]}, but ${year}-${m[2]} has ${days} days` };
	return { year };
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
