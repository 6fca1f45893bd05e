/**
 * The policy class of each country-year as /compare carries it (stats/classTimeline.ts): runs of equal class, a compact
 * form read back to the same class the approaches classifier gives for every year, "unknown" for a country without a
 * record or a year outside the years classified, and a small payload.
 */
import { describe, expect, it } from 'vitest';
import {
	classesIn,
	classInYear,
	classSpans,
	encodeClassTimelines,
	LINE_CLASSES
} from '../../../src/lib/stats/classTimeline.ts';
import { approachClassifier } from '../../../src/lib/stats/approachRules.ts';
import type { ApproachClass } from '../../../src/lib/stats/typology.ts';
import { compareSlice } from '../../../src/lib/server/slices/compare.ts';
import { policies, policyEvents } from '../../../src/lib/server/data.ts';

describe('classSpans and the compact timelines', () => {
	const cls = (y: number): ApproachClass => (y < 2001 ? 'punitive' : y < 2004 ? 'unknown' : 'health_led');

	it('runs of equal class, inclusive years', () => {
		expect(classSpans(cls, 1998, 2006)).toEqual([
			{ cls: 'punitive', from: 1998, to: 2000 },
			{ cls: 'unknown', from: 2001, to: 2003 },
			{ cls: 'health_led', from: 2004, to: 2006 }
		]);
		expect(classSpans(cls, 2005, 2005)).toEqual([{ cls: 'health_led', from: 2005, to: 2005 }]);
		expect(classSpans(cls, 2006, 2005)).toEqual([]);
	});

	it('encodes the first year of each run and reads every year back', () => {
		const t = encodeClassTimelines(['AAA'], () => 'punitive', [1990, 2010]);
		const u = encodeClassTimelines(['BBB'], (_, y) => cls(y), [1990, 2010]);
		expect(t.timelines).toEqual({ AAA: [[1990, LINE_CLASSES.indexOf('punitive')]] });
		expect(u.timelines.BBB).toEqual([
			[1990, 3],
			[2001, 4],
			[2004, 0]
		]);
		for (let y = 1990; y <= 2010; y++) expect(classInYear(u, 'BBB', y)).toBe(cls(y));
		// Outside the years classified, and for a country with no record: unknown, never the nearest class.
		expect(classInYear(u, 'BBB', 1989)).toBe('unknown');
		expect(classInYear(u, 'BBB', 2011)).toBe('unknown');
		expect(classInYear(u, 'ZZZ', 2000)).toBe('unknown');
	});

	it('lists only the classes present, in legend order (unknown last)', () => {
		expect(classesIn(classSpans(cls, 1998, 2006))).toEqual(['health_led', 'punitive', 'unknown']);
		expect(classesIn([])).toEqual([]);
	});
});

describe('the /compare slice’s classes (real data)', () => {
	const { classes } = compareSlice();
	const classifier = approachClassifier(policies(), policyEvents());

	it('agree with the approaches classifier for every country with a record, in every year classified', () => {
		const [lo, hi] = classes.years;
		expect(Object.keys(classes.timelines).sort()).toEqual(
			policies()
				.map((p) => p.iso3)
				.sort()
		);
		for (const iso3 of Object.keys(classes.timelines))
			for (let y = lo; y <= hi; y++)
				expect(classInYear(classes, iso3, y), `${iso3} ${y}`).toBe(classifier.classify('design', iso3, y).group);
	});

	it('Portugal changes class in 2001; Czechia is unknown before its dated record', () => {
		expect(classInYear(classes, 'PRT', 2000)).toBe('criminal_with_harm_reduction');
		expect(classInYear(classes, 'PRT', 2001)).toBe('health_led');
		expect(classInYear(classes, 'CZE', 1989)).toBe('unknown');
		expect(classInYear(classes, 'CZE', 2010)).toBe('health_led');
	});

	it('stays small: about a kilobyte of JSON for every country', () => {
		expect(JSON.stringify(classes).length).toBeLessThan(2000);
	});
});
