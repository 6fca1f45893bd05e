import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCountries } from '../../../src/lib/data/parse.ts';
import { CompactPath } from '../../../src/lib/map/compactPath.ts';
import { projectRegion } from '../../../src/lib/map/projectRegion.ts';

describe('CompactPath', () => {
	it('writes relative, rounded path data and returns to the ring start after z', () => {
		const c = new CompactPath(0.5, 0.1);
		c.moveTo(10, 10);
		c.lineTo(20.04, 10);
		c.lineTo(20.1, 10.1); // closer than 0.5 px: dropped
		c.lineTo(20, 20);
		c.closePath();
		c.moveTo(30, 30);
		c.lineTo(25, 35);
		expect(c.result()).toBe('M10,10l10,0 0,10zm20,20l-5,5');
	});
	it('snaps to a half-unit grid by default, on absolute positions, so a ring never drifts', () => {
		const c = new CompactPath(0.5);
		c.moveTo(10.2, 10.3);
		for (let i = 1; i <= 10; i++) c.lineTo(10.2 + i * 1.1, 10.3);
		c.closePath();
		// 10.2 → 10, 10.3 → 10.5; each step of 1.1 snaps to 1 or 1.5 so that the sum lands on the snapped 21.2 → 21.
		const d = c.result();
		expect(d.startsWith('M10,10.5l')).toBe(true);
		const steps = d
			.slice(d.indexOf('l') + 1, -1)
			.split(' ')
			.map((p) => Number(p.split(',')[0]));
		expect(steps.every((s) => s === 1 || s === 1.5)).toBe(true);
		expect(10 + steps.reduce((a, b) => a + b, 0)).toBe(21);
		expect(d.endsWith('z')).toBe(true);
	});
});

// world-atlas and countries.csv are inputs of the build; this checks the geometry contract, not the data values.
const atlas = {
	'110m': JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')),
	'50m': JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'))
};
const countries = parseCountries(readFileSync('data/countries.csv', 'utf8')).rows;

describe('projectRegion', () => {
	it('Europe: tiny states (Malta, Luxembourg, Andorra, Liechtenstein, Monaco, San Marino) get a clickable circle', () => {
		const g = projectRegion('europe', atlas, countries);
		const dots = new Set(g.dots.map((d) => d.iso3));
		for (const iso3 of ['MLT', 'LUX', 'AND', 'LIE', 'MCO', 'SMR']) expect(dots, iso3).toContain(iso3);
		for (const d of g.dots) {
			expect(d.cx).toBeGreaterThanOrEqual(0);
			expect(d.cx).toBeLessThanOrEqual(g.width);
		}
		expect(g.shapes.map((s) => s.iso3)).toEqual(expect.arrayContaining(['PRT', 'NOR', 'FRA', 'DEU']));
		expect(g.shapes.map((s) => s.iso3)).not.toContain('TUR');
		expect(g.context.length).toBeGreaterThan(100);
	});

	it('World: shapes keyed by iso3, no Antarctica, small states as circles, compact path data', () => {
		const g = projectRegion('world', atlas, countries);
		const isos = g.shapes.map((s) => s.iso3);
		expect(isos).toContain('USA');
		expect(isos).not.toContain('ATA');
		expect(new Set(isos).size).toBe(isos.length);
		expect(g.dots.map((d) => d.iso3)).toEqual(expect.arrayContaining(['SGP', 'MLT', 'BHR']));
		expect(JSON.stringify(g).length).toBeLessThan(90_000);
	});

	it('Americas: only places of the UN region Americas', () => {
		const g = projectRegion('americas', atlas, countries);
		const byIso = new Map(countries.map((c) => [c.iso3, c.region]));
		for (const p of g.places) expect(byIso.get(p)).toBe('Americas');
	});
});
