/**
 * The §5 narratives: every number is the data/ row of that country and year (read here independently from the CSV),
 * the start year is the policy table's dated fact, and a missing value stays missing.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { narrativeNumbers } from '../../../src/lib/stats/approachNarratives.ts';
import { approachesSlice } from '../../../src/lib/server/slices/approaches.ts';
import { parseCompareView } from '../../../src/lib/state/compareState.ts';
import { compareSlice } from '../../../src/lib/server/slices/compare.ts';

const csv = (f: string) =>
	Papa.parse<Record<string, string>>(readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('narrativeNumbers', () => {
	const rows = [
		{ iso3: 'A', year: 2000, value: 2 },
		{ iso3: 'A', year: 2010, value: 3 },
		{ iso3: 'B', year: 2000, value: 4 },
		{ iso3: 'B', year: 2010, value: 2 },
		{ iso3: 'C', year: 2010, value: 1 }
	];
	it('start and latest year of the subject, change in per cent; a peer without a start value has no change', () => {
		const n = narrativeNumbers(rows, 'A', ['B', 'C'], 2000);
		expect(n.endYear).toBe(2010);
		expect(n.subject).toEqual({ iso3: 'A', start: 2, end: 3, changePct: 50 });
		expect(n.peers).toEqual([
			{ iso3: 'B', start: 4, end: 2, changePct: -50 },
			{ iso3: 'C', start: null, end: 1, changePct: null }
		]);
	});
});

describe('narratives on data/', { timeout: 30_000 }, () => {
	const slice = approachesSlice('en');
	const policies = csv('data/policies.csv');
	it('Portugal, Czech Republic and Switzerland, each against Norway, Sweden, Estonia and the United States', () => {
		expect(slice.narratives.map((n) => n.subject)).toEqual(['PRT', 'CZE', 'CHE']);
		for (const n of slice.narratives) expect(n.peers).toEqual(['NOR', 'SWE', 'EST', 'USA']);
	});
	it('start years are the dated facts of policies.csv (decriminalisation year, heroin-assisted treatment start)', () => {
		const row = (iso3: string) => policies.find((p) => p.iso3 === iso3)!;
		const [prt, cze, che] = slice.narratives;
		expect(prt!.numbers.startYear).toBe(Number(row('PRT').possession_year));
		expect(cze!.numbers.startYear).toBe(Number(row('CZE').possession_year));
		expect(che!.numbers.startYear).toBe(Number(row('CHE').hat_since));
	});
	it('every value is the row of data/observations for that country and year', () => {
		for (const n of slice.narratives) {
			const rows = csv(`data/observations/${n.indicator}.csv`);
			const at = (iso3: string, year: number | null) => {
				const r = rows.find((o) => o.iso3 === iso3 && Number(o.year) === year);
				return r ? Number(r.value) : null;
			};
			const latest = Math.max(...rows.filter((o) => o.iso3 === n.subject).map((o) => Number(o.year)));
			expect(n.numbers.endYear).toBe(latest);
			for (const v of [n.numbers.subject, ...n.numbers.peers]) {
				expect(v.start).toBe(at(v.iso3, n.numbers.startYear));
				expect(v.end).toBe(at(v.iso3, n.numbers.endYear));
				if (v.start !== null && v.end !== null)
					expect(v.changePct).toBeCloseTo(((v.end - v.start) / v.start) * 100, 10);
			}
		}
	});
	it('the /compare link is compareState’s own encoding of the same countries, measure and start year', () => {
		const defaults = compareSlice().defaults;
		const ctx = {
			indicators: [slice.narratives[0]!.indicator],
			places: ['PRT', 'CZE', 'CHE', 'NOR', 'SWE', 'EST', 'USA'],
			alignments: ['decriminalisation'],
			defaults
		};
		for (const n of slice.narratives) {
			const v = parseCompareView(n.compareQuery, ctx);
			expect(v.countries).toEqual([n.subject, ...n.peers]);
			expect(v.indicator).toBe(n.indicator);
			expect(v.from).toBe(n.numbers.startYear);
			expect(v.colour).toBe('class');
		}
	});
});
