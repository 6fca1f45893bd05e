/**
 * A country's DESIGN.md §3 class year by year (typology.ts, through approachRules.ts — no second classifier), in the
 * compact form /compare ships to the browser, and read back. Pure.
 *
 * The page needs only the class of each country-year, never the facts behind it (those are on /approaches), so the
 * build classifies every country with a policy record over the years any indicator has data and sends, per country,
 * the first year of each run of equal class: `{ years: [1960, 2023], timelines: { PRT: [[1960, 3], [2001, 0]] } }`
 * (the number is the class's place in LINE_CLASSES). A country with no timeline (no policy record) and any year
 * outside `years` is "unknown", as the classifier says of a country with no record; nothing is guessed.
 */
import { DESIGN_CLASSES, UNKNOWN, type ApproachClass } from './designClasses.ts';

/** The classes a line can take, in the order a legend lists them ("unknown" last). */
export const LINE_CLASSES: readonly ApproachClass[] = [...DESIGN_CLASSES, UNKNOWN];

/** A run of years of one class (inclusive). */
export interface ClassSpan {
	cls: ApproachClass;
	from: number;
	to: number;
}

/** The classes of every country with a policy record, as a page carries them. */
export interface ClassTimelines {
	/** First and last year classified. */
	years: [number, number];
	/** Per country: [first year of a run, index in LINE_CLASSES], in year order. */
	timelines: Record<string, [number, number][]>;
}

/** The runs of equal class over the years from..to (inclusive), in order; empty when from > to. */
export function classSpans(classOf: (year: number) => ApproachClass, from: number, to: number): ClassSpan[] {
	const out: ClassSpan[] = [];
	for (let y = from; y <= to; y++) {
		const cls = classOf(y);
		const last = out[out.length - 1];
		if (last && last.cls === cls) last.to = y;
		else out.push({ cls, from: y, to: y });
	}
	return out;
}

/** The compact timelines of `countries` over `years` (see the module comment). */
export function encodeClassTimelines(
	countries: readonly string[],
	classOf: (iso3: string, year: number) => ApproachClass,
	years: [number, number]
): ClassTimelines {
	const timelines: Record<string, [number, number][]> = {};
	for (const iso3 of countries)
		timelines[iso3] = classSpans((y) => classOf(iso3, y), years[0], years[1]).map((s) => [
			s.from,
			LINE_CLASSES.indexOf(s.cls)
		]);
	return { years, timelines };
}

/** The class of a country in a year, from the compact timelines ("unknown" outside them). */
export function classInYear(t: ClassTimelines, iso3: string, year: number): ApproachClass {
	const runs = t.timelines[iso3];
	if (!runs || !Number.isInteger(year) || year < t.years[0] || year > t.years[1]) return UNKNOWN;
	let cls: ApproachClass = UNKNOWN;
	for (const [from, i] of runs) {
		if (from > year) break;
		cls = LINE_CLASSES[i] ?? UNKNOWN;
	}
	return cls;
}

/** The classes among `spans`, in LINE_CLASSES order (a legend of only the classes shown). */
export function classesIn(spans: readonly ClassSpan[]): ApproachClass[] {
	const present = new Set(spans.map((s) => s.cls));
	return LINE_CLASSES.filter((c) => present.has(c));
}
