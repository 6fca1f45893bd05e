/**
 * Lines coloured by policy class, in words: the summary names each line's class changes over the years shown, in
 * English and Norwegian (catalogue functions, against hand-written sentences), and the explorer builds them from the
 * real slice — Portugal's 2001 change, only the years shown, calendar years also when aligned.
 */
import { describe, expect, it } from 'vitest';
import { CompareExplorer } from '../../../src/lib/state/compareExplorer.svelte.ts';
import { compareSlice } from '../../../src/lib/server/slices/compare.ts';
import { compareEn } from '../../../src/lib/strings/compareEn.ts';
import { compareNb } from '../../../src/lib/strings/compareNb.ts';

const lines = [
	{
		name: 'Portugal',
		spans: [
			{ name: compareEn.classes.names.punitive, from: 1990, to: 2000 },
			{ name: compareEn.classes.names.health_led, from: 2001, to: 2019 }
		]
	},
	{
		name: 'Czechia',
		spans: [
			{ name: compareEn.classes.names.unknown, from: 1985, to: 1989 },
			{ name: compareEn.classes.names.decriminalised_limited_services, from: 1990, to: 1997 },
			{ name: compareEn.classes.names.punitive, from: 1998, to: 1998 },
			{ name: compareEn.classes.names.health_led, from: 1999, to: 2019 }
		]
	},
	{ name: 'Sweden', spans: [{ name: compareEn.classes.names.criminal_with_harm_reduction, from: 1990, to: 2019 }] }
];
const inNb = lines.map((l) => ({
	...l,
	spans: l.spans.map((s) => ({
		...s,
		name: compareNb.classes.names[
			(Object.keys(compareEn.classes.names) as (keyof typeof compareEn.classes.names)[]).find(
				(k) => compareEn.classes.names[k] === s.name
			)!
		]
	}))
}));

describe('class summary sentences', () => {
	it('English', () => {
		expect(compareEn.classes.summary(lines)).toBe(
			'Policy class in each year (this site’s typology). Portugal: punitive until 2000; health-led from 2001. ' +
				'Czechia: unknown until 1989; decriminalised, limited services 1990–1997; punitive in 1998; health-led from 1999. ' +
				'Sweden: criminal, with harm reduction in every year shown.'
		);
		expect(compareEn.classes.summary([])).toBe('');
	});
	it('Norwegian', () => {
		expect(compareNb.classes.summary(inNb.map((l, i) => (i === 2 ? { ...l, name: 'Sverige' } : l)))).toBe(
			'Politikkgruppe hvert år (nettstedets typologi). Portugal: straffeorientert til og med 2000; helseorientert fra 2001. ' +
				'Czechia: ukjent til og med 1989; avkriminalisert, få tjenester 1990–1997; straffeorientert i 1998; helseorientert fra 1999. ' +
				'Sverige: straffbart, med skadereduksjon i alle årene som vises.'
		);
	});
	it('both languages name every class', () => {
		expect(Object.keys(compareNb.classes.names)).toEqual(Object.keys(compareEn.classes.names));
	});
});

function explorer(lang: 'en' | 'nb') {
	const slice = compareSlice(lang);
	return new CompareExplorer({
		...slice,
		lang,
		dataUrl: (id) => `/compare/data/${id}.json`,
		fetch: async () => new Response('{}', { status: 500 })
	});
}

describe('the explorer coloured by class', () => {
	it('is off by default: no class in the figure or the summary', () => {
		const ex = explorer('en');
		expect(ex.figure.classAt).toBeNull();
		expect(ex.figure.classesShown).toEqual([]);
		expect(ex.figure.summary).toBe(ex.summary);
	});

	it('names Portugal’s change in 2001 and only the classes shown (English)', async () => {
		const ex = explorer('en');
		await ex.setColour('class');
		expect(ex.query).toBe('colour=class');
		const prt = ex.classSpans.find((c) => c.key === 'PRT')!;
		const years = ex.figure.series.find((s) => s.key === 'PRT')!.points.map((p) => p.year);
		expect(prt.spans).toEqual([
			{ cls: 'criminal_with_harm_reduction', from: years[0], to: 2000 },
			{ cls: 'health_led', from: 2001, to: years.at(-1) }
		]);
		expect(ex.figure.summary).toContain(`Portugal: criminal, with harm reduction until 2000; health-led from 2001.`);
		expect(ex.figure.summary.startsWith(ex.summary)).toBe(true);
		expect(ex.figure.classAt!('PRT', 2000)).toBe('criminal_with_harm_reduction');
		expect(ex.figure.classAt!('PRT', 2001)).toBe('health_led');
		const shown = new Set(ex.classSpans.flatMap((c) => c.spans.map((s) => s.cls)));
		expect(new Set(ex.figure.classesShown)).toEqual(shown);
	});

	it('keeps to the years shown: from 2005, Portugal is health-led in every year', async () => {
		const ex = explorer('en');
		await ex.set({ colour: 'class', from: 2005 });
		expect(ex.figure.summary).toContain('Portugal: health-led in every year shown.');
		const prt = ex.classSpans.find((c) => c.key === 'PRT')!;
		expect(prt.spans).toHaveLength(1);
		expect(prt.spans[0]).toMatchObject({ cls: 'health_led', from: 2005 });
	});

	it('aligned on the reform, reads classes by calendar year (x = years since the reform)', async () => {
		const ex = explorer('en');
		await ex.set({ colour: 'class', align: 'decriminalisation' });
		expect(ex.figure.classAt!('PRT', -1)).toBe('criminal_with_harm_reduction');
		expect(ex.figure.classAt!('PRT', 0)).toBe('health_led');
		expect(ex.figure.summary).toContain('Portugal: criminal, with harm reduction until 2000; health-led from 2001.');
	});

	it('says it in Norwegian on a Norwegian page', async () => {
		const ex = explorer('nb');
		await ex.setColour('class');
		expect(ex.figure.summary).toContain('Politikkgruppe hvert år (nettstedets typologi).');
		expect(ex.figure.summary).toContain(
			'Portugal: straffbart, med skadereduksjon til og med 2000; helseorientert fra 2001.'
		);
	});
});
