import { describe, expect, it } from 'vitest';
import {
	readInput,
	readViaUrl,
	run,
	sources,
	indicators,
	SUBNATIONAL_EVENTS,
	POSSESSION_CAVEATS,
	MODEL_CORRECTIONS
} from '../../../scripts/import/policies.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';
import { POLICY_FIELDS } from '../../../src/lib/data/types.ts';

const places = loadPlaces('data');
// Rows of the third-pass policy table for PRT, NOR, USA, RUS and CAN, with three faults put in on purpose:
// NOR's hat_ref emptied, PRT's oat_ref pointing at an unknown ref, and an XXX row; plus a bad-date and an unsourced
// event, and a source cited nowhere.
const input = readInput('tests/fixtures/import/policies');

describe('policy table importer', () => {
	const result = run(input, places, 'fx');
	const problems = result.problems.join('\n');
	const by = (iso3: string) => result.policies.find((p) => p.iso3 === iso3)!;

	it('keeps each value with its ref ids', () => {
		const prt = by('PRT');
		expect(prt.possession_status).toBe('decriminalised_de_jure');
		expect(prt.possession_status_ref).toBe('emcdda-cdr-2019-prt-law;td-decrim-map');
		expect(prt.oat_since).toBe('1977');
		expect(prt.oat_since_ref).toBe('emcdda-sb2010-hsr1');
		expect(prt.cannabis_model).toBe('decriminalised');
		for (const f of POLICY_FIELDS) if (prt[f] && f !== 'oat') expect(prt[`${f}_ref`], f).not.toBe('');
	});

	it('imports the corrected facts', () => {
		expect(by('NOR').possession_status).toBe('criminal');
		expect(by('NOR').possession_year).toBe('1992');
		expect(by('CAN').possession_status).toBe('criminal');
	});

	it('keeps blank as blank (unknown), never "no"', () => {
		expect(by('PRT').hat).toBe('');
		expect(by('PRT').hat_ref).toBe('');
		expect(by('PRT').nsp_since).toBe('');
	});

	it('reports a filled field without a ref and a ref that is not in sources.csv', () => {
		expect(by('NOR').hat).toBe('trial');
		expect(problems).toMatch(/fx\/policies\.csv:\d+: NOR: field hat = "trial" has no ref/);
		expect(problems).toMatch(/fx\/policies\.csv:2: PRT oat cites unknown ref "no-such-ref"/);
	});

	it('reports unknown country codes and sources cited nowhere', () => {
		expect(result.policies.map((p) => p.iso3)).toEqual(['PRT', 'NOR', 'USA', 'CAN', 'RUS']);
		expect(problems).toMatch(/fx\/policies\.csv:7: unknown country code "XXX"/);
		expect(problems).toMatch(/ref unused-ref is cited nowhere/);
	});

	it('adds the contested-threshold caveat for Russia from its table, with the ref that says so', () => {
		expect(by('RUS').possession_caveat).toBe('contested_threshold_model');
		expect(by('RUS').possession_caveat_ref).toBe('ddn-decrim-map-2019');
		expect(by('PRT').possession_caveat).toBe('');
		const cell = result.cells.find((c) => c.iso3 === 'RUS' && c.field === 'possession_caveat')!;
		expect(cell.status).toBe('secondary');
		expect(cell.quote).toMatch(/Russia and Mexico, ill-designed models have exacerbated incarceration/);
		// Mexico is in the table but not in the fixture: the table names a country without a row.
		expect(POSSESSION_CAVEATS.map((c) => c.iso3)).toContain('MEX');
		expect(problems).toMatch(/POSSESSION_CAVEATS: MEX has no row/);
	});

	it('maps the four verification statuses to primary / secondary and keeps the quote', () => {
		const status = result.cells.find((c) => c.iso3 === 'PRT' && c.field === 'possession_status')!;
		expect(status).toMatchObject({ status: 'primary', rechecked: 'yes' });
		expect(status.quote).toMatch(/^Law 30\/2000/);
		const carried = result.cells.find((c) => c.iso3 === 'USA' && c.field === 'nsp')!;
		expect(carried.rechecked).toBe('no');
		expect(new Set(result.cells.map((c) => c.status))).toEqual(new Set(['primary', 'secondary']));
		// NOR hat: the provenance names refs the policies row no longer has.
		expect(problems).toMatch(/NOR hat: refs "[^"]+" differ from policies\.csv \(""\)/);
	});

	it('splits the copy read into a URL and keeps the compiler’s note', () => {
		const td = result.sources.find((s) => s.ref_id === 'td-decrim-map')!;
		expect(td.url).toBe('https://www.talkingdrugs.org/drug-decriminalisation');
		expect(td.read_via).toBe('https://github.com/NicAOB97/EDA-Drug-Decriminalisation');
		expect(td.read_via_note).toMatch(/GitHub scrape/);
		for (const s of result.sources) {
			if (s.url) expect(s.url).toMatch(/^https?:\/\/\S+$/);
			if (s.read_via) expect(s.read_via).toMatch(/^https?:\/\/\S+$/);
			expect(Boolean(s.read_via)).toBe(Boolean(s.read_via_note));
		}
		expect(readViaUrl('https://modernaustralian.com/news/7089-x (reprint)')).toBe(
			'https://modernaustralian.com/news/7089-x'
		);
		expect(readViaUrl('mirror wikiclassic.com; nzdoctor.co.nz coverage')).toBe('https://wikiclassic.com');
		expect(readViaUrl('https://www.medicalbrief.co.za/harm-reduction-... (truncated)')).toBe(
			'https://www.medicalbrief.co.za/harm-reduction-'
		);
		expect(readViaUrl('read in a library')).toBe('');
	});

	it('marks sub-national events from the explicit table and no others', () => {
		const sub = result.events.filter((e) => e.scope === 'subnational');
		const oregon = result.events.find((e) => e.iso3 === 'USA' && e.date === '2021-02-01')!;
		expect(oregon).toMatchObject({
			scope: 'subnational',
			jurisdiction: 'Oregon',
			jurisdiction_type: 'state',
			event_type: 'decriminalisation'
		});
		const bc = result.events
			.filter((e) => e.iso3 === 'CAN' && e.jurisdiction === 'British Columbia')
			.map((e) => e.date);
		expect(bc).toEqual(['2012-08', '2020-03', '2023-01-31', '2024-05-07', '2026-01-14', '2026-01-31']);
		expect(result.events.find((e) => e.iso3 === 'CAN' && e.date === '2018-10-17')!.scope).toBe('national');
		expect(result.events.find((e) => e.iso3 === 'INT')!.scope).toBe('international');
		for (const e of sub)
			expect(
				SUBNATIONAL_EVENTS.some((s) => s.iso3 === e.iso3 && s.date === e.date && s.event_type === e.event_type)
			).toBe(true);
		// Rows of the table for countries outside the fixture match nothing, and say so.
		expect(problems).toMatch(/SUBNATIONAL_EVENTS: AUS 2023-10-28 decriminalisation matches 0 events/);
		expect(problems).not.toMatch(/SUBNATIONAL_EVENTS: USA/);
	});

	it('refuses a national decriminalisation event for a country coded criminal or varying by state', () => {
		const moved = {
			...input,
			events: input.events.replace('2021-02-01,decriminalisation,Oregon', '2021-02-02,decriminalisation,Oregon')
		};
		const r = run(moved, places, 'fx');
		expect(r.problems.join('\n')).toMatch(
			/USA 2021-02-02: a national "decriminalisation" event for a country coded subnational_variation/
		);
		expect(r.problems.join('\n')).toMatch(/SUBNATIONAL_EVENTS: USA 2021-02-01 decriminalisation matches 0 events/);
	});

	it('derives the event year from the date and reports bad dates and unsourced events', () => {
		const law = result.events.find((e) => e.iso3 === 'PRT' && e.date === '2001-07-01')!;
		expect(law.year).toBe(2001);
		expect(law.ref).toBe('emcdda-cdr-2019-prt-law;loc-prt-2016');
		expect(problems).toMatch(/fx\/policy_events\.csv:\d+: PRT: date "July 2001"/);
		expect(result.events.some((e) => e.title === 'Bad date event')).toBe(false);
		expect(problems).toMatch(/fx\/policy_events\.csv:\d+: PRT 2002: event "Unsourced event" has no ref/);
	});

	it('imports regulation models with their refs', () => {
		expect(result.models.map((m) => m.since)).toEqual(['2018', '2014', '2020']);
		expect(result.models.every((m) => m.ref.length > 0)).toBe(true);
	});

	it('corrects a start year only while the table still says the year the correction expects, and says so in the note', () => {
		// The US row as the policy table has it: since 2012 (the votes), its note giving the first stores in 2014.
		const usRow =
			'USA,US states,cannabis,state-licensed retail (licensed_retail),2012,varies,21+,state-licensed stores,' +
			'"Colorado and Washington approved adult-use in Nov 2012; Colorado retail stores from Jan 2014.",cnn-us-cannabis-states-2023';
		const withUs = (row: string) => run({ ...input, models: `${input.models.trimEnd()}\n${row}\n` }, places, 'fx');
		const fixed = withUs(usRow);
		const us = fixed.models.find((m) => m.iso3 === 'USA')!;
		expect(us.since).toBe('2014');
		expect(us.notes).toContain('Start year 2014, the first retail sales');
		expect(us.notes).toContain('the policy table gives 2012');
		expect(fixed.problems.filter((p) => p.includes('MODEL_CORRECTIONS'))).toEqual([]);
		// The table changed upstream: the correction is reported, not applied over the new value.
		const moved = withUs(usRow.replace(',2012,', ',2013,'));
		expect(moved.models.find((m) => m.iso3 === 'USA')!.since).toBe('2013');
		expect(moved.problems.join('\n')).toMatch(/regulation_models\.csv:\d+: USA: MODEL_CORRECTIONS expects since 2012/);
		// And a correction that matches no row is reported too (the fixture has no US row).
		expect(problems).toContain(`MODEL_CORRECTIONS: USA "${MODEL_CORRECTIONS[0]!.modelHas}" matches no row`);
	});

	it('exports the compilation as one dataset and no indicators', () => {
		expect(sources.map((s) => s.source_id)).toEqual(['dpe-policy-reference']);
		expect(indicators).toEqual([]);
	});
});
