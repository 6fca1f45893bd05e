import { describe, expect, it } from 'vitest';
import { POLICY_COLUMNS } from '../../../src/lib/data/parse.ts';
import { formatProblem, validatePackage } from '../../../src/lib/data/validate.ts';
import { withNorwegian } from './withNorwegian.ts';

/** policies.csv with every column, blank except the cells given. */
function policiesCsv(...rows: Record<string, string>[]): string {
	const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	return [POLICY_COLUMNS.join(','), ...rows.map((r) => POLICY_COLUMNS.map((c) => q(r[c] ?? '')).join(','))].join('\n') + '\n';
}

/** A small valid package; each test corrupts one thing and expects the right file, line and reason. */
function pkg(): Record<string, string> {
	return withNorwegian({
		'countries.csv': [
			'iso3,iso_numeric,name,region,subregion,eu_member,kind,parent,atlas_name,note',
			'PRT,620,Portugal,Europe,Southern Europe,true,country,,,',
			'NOR,578,Norway,Europe,Northern Europe,false,country,,,',
			'GBR,826,United Kingdom,Europe,Northern Europe,false,country,,,',
			'GB-SCT,,Scotland,Europe,Northern Europe,false,subnational,GBR,,'
		].join('\n') + '\n',
		'sources.csv': [
			'source_id,publisher,title,url,download_url,licence,year,citation,notes',
			'src-a,Publisher A,Dataset A,https://example.org/a,https://example.org/a.csv,CC BY 4.0,2020,"A (2020)",',
			'src-b,Publisher B,Dataset B,https://example.org/b,,OGL,2024,B,'
		].join('\n') + '\n',
		'indicators.csv': [
			'indicator_id,label,short_label,unit,topic,description,source_id,better,comparability,decimals,derived,formula,caveat',
			'deaths_rate,Deaths rate,Deaths,per 100k,deaths,Desc,src-a,lower,a-deaths,1,false,,Caveat A',
			'share,Share,Share,%,prisons,Desc,src-b,,b-share,1,true,a / b × 100,Caveat B'
		].join('\n') + '\n',
		'observations/deaths_rate.csv': ['iso3,year,value,flag,source_id,note', 'PRT,2000,1.5,,src-a,', 'PRT,2001,1.2,,src-a,', 'NOR,2000,3,,src-a,'].join('\n') + '\n',
		'observations/share.csv': ['iso3,year,value,flag,source_id,note', 'GB-SCT,2019,12.5,derived,src-b,'].join('\n') + '\n',
		'policies.csv': policiesCsv({ iso3: 'PRT', country: 'Portugal', possession_status: 'decriminalised_de_jure', possession_status_ref: 'law-a;map-b', possession_year: '2001', possession_year_ref: 'law-a', oat: 'yes', oat_ref: 'sb-c' }),
		'policy_sources.csv': [
			'ref_id,publisher,title,year,url,read_via,read_via_note,accessed_note,quote_hint',
			'law-a,Publisher A,Law A,2000,https://example.org/law,,,,',
			'map-b,Publisher B,Map B,2019,https://example.org/map,https://copy.example.net/map,GitHub scrape of the map,,',
			'sb-c,EMCDDA,Bulletin C,2010,,https://archive.example.org/c,archived copy,,'
		].join('\n') + '\n',
		'policy_cells.csv': ['iso3,field,status,rechecked,quote', 'PRT,possession_status,primary,yes,"Law A ..."', 'PRT,possession_year,primary,yes,', 'PRT,oat,secondary,no,'].join('\n') + '\n',
		'policy_events.csv':
			'iso3,date,year,event_type,title,description,scope,jurisdiction,jurisdiction_type,ref\n' +
			'PRT,2001-07-01,2001,decriminalisation,Law 30/2000 in force,,national,,,law-a\n' +
			'INT,1961,1961,convention,Single Convention,,international,,,map-b\n',
		'regulation_models.csv': 'iso3,jurisdiction,substance,model,since,purchase_limit,age_limit,who_sells,notes,ref\nPRT,Portugal (national),cannabis,home cultivation (home_grow_private),2018,,,,,law-a\n'
	});
}

const corrupt = (file: string, from: string, to: string) => {
	const p = pkg();
	expect(p[file]).toContain(from);
	p[file] = p[file]!.replace(from, to);
	return validatePackage(p).map(formatProblem);
};

describe('validatePackage', () => {
	it('accepts a valid package', () => {
		expect(validatePackage(pkg())).toEqual([]);
	});

	it('rejects an unknown country code with file and line', () => {
		expect(corrupt('observations/deaths_rate.csv', 'NOR,2000', 'XXX,2000')).toEqual([
			'data/observations/deaths_rate.csv:4: unknown country code "XXX" (not in countries.csv)'
		]);
	});

	it('rejects a duplicate country-year and points at the first', () => {
		expect(corrupt('observations/deaths_rate.csv', 'PRT,2001', 'PRT,2000')).toEqual([
			'data/observations/deaths_rate.csv:3: duplicate country-year PRT 2000 (first at line 2)'
		]);
	});

	it('rejects a non-numeric value', () => {
		expect(corrupt('observations/deaths_rate.csv', '1.2', 'n/a')).toEqual([
			'data/observations/deaths_rate.csv:3: value "n/a" is not a number (write missing values as no row, not as text or 0)'
		]);
	});

	it('rejects a negative value', () => {
		expect(corrupt('observations/deaths_rate.csv', '1.2', '-1.2')[0]).toMatch(/deaths_rate\.csv:3: value -1\.2 is negative/);
	});

	it('rejects a year out of range', () => {
		expect(corrupt('observations/deaths_rate.csv', 'PRT,2001', 'PRT,1013')[0]).toBe('data/observations/deaths_rate.csv:3: year "1013" out of range 1950–2030');
	});

	it('rejects an observation without a source', () => {
		expect(corrupt('observations/share.csv', 'derived,src-b,', 'derived,,')).toEqual(['data/observations/share.csv:2: observation without a source: fill source_id']);
	});

	it('rejects an observation naming an unknown source', () => {
		expect(corrupt('observations/share.csv', 'derived,src-b,', 'derived,src-z,')).toEqual(['data/observations/share.csv:2: unknown source "src-z" (not in sources.csv)']);
	});

	it('rejects an observations file for an unknown indicator', () => {
		const p = pkg();
		p['observations/mystery.csv'] = 'iso3,year,value,flag,source_id,note\nPRT,2000,1,,src-a,\n';
		expect(validatePackage(p).map(formatProblem)).toEqual(['data/observations/mystery.csv:0: unknown indicator "mystery": add a row to indicators.csv or remove the file']);
	});

	it('rejects an indicator whose source is missing from sources.csv', () => {
		expect(corrupt('indicators.csv', 'Desc,src-a,', 'Desc,src-q,')).toContain('data/indicators.csv:2: indicator deaths_rate names unknown source "src-q" (add it to sources.csv)');
	});

	it('rejects a derived indicator without a formula', () => {
		expect(corrupt('indicators.csv', 'true,a / b × 100,', 'true,,')).toContain('data/indicators.csv:3: derived indicator share has no formula: say how it is computed');
	});

	it('rejects a source without a licence', () => {
		expect(corrupt('sources.csv', ',OGL,', ',,')).toEqual([
			'data/sources.csv:0: Source ids in the other files were not checked, because sources.csv has the problems listed here; fix them first',
			'data/sources.csv:3: source src-b has no licence: every source must name publisher, title, URL, licence and year'
		]);
	});

	it('rejects a policy field without a source', () => {
		expect(corrupt('policies.csv', 'yes,sb-c', 'yes,')).toEqual(['data/policies.csv:2: policy field oat ("yes") for PRT has no source: fill oat_ref']);
	});

	it('rejects a policy ref that is not in policy_sources.csv', () => {
		expect(corrupt('policies.csv', 'law-a;map-b', 'law-a;map-z')).toEqual(['data/policies.csv:2: PRT possession_status cites unknown ref "map-z" (not in policy_sources.csv)']);
		expect(corrupt('policy_events.csv', ',law-a\n', ',law-q\n')).toEqual(['data/policy_events.csv:2: event "Law 30/2000 in force" cites unknown ref "law-q" (not in policy_sources.csv)']);
		expect(corrupt('regulation_models.csv', ',law-a\n', ',law-q\n')).toEqual(['data/regulation_models.csv:2: model "home cultivation (home_grow_private)" cites unknown ref "law-q" (not in policy_sources.csv)']);
	});

	it('rejects refs on a blank policy cell (blank means unknown)', () => {
		const p = pkg();
		p['policies.csv'] = policiesCsv({ iso3: 'PRT', country: 'Portugal', possession_status: 'decriminalised_de_jure', possession_status_ref: 'law-a;map-b', possession_year: '2001', possession_year_ref: 'law-a', oat: 'yes', oat_ref: 'sb-c', nsp_ref: 'sb-c' });
		expect(validatePackage(p).map(formatProblem)).toEqual(['data/policies.csv:2: PRT nsp is blank but has refs: a blank cell means unknown, so cite nothing or fill the value']);
	});

	it('rejects a policy source whose url or read_via is not an http(s) URL', () => {
		expect(corrupt('policy_sources.csv', 'https://example.org/law', 'example.org/law')).toEqual([expect.stringMatching(/^data\/policy_sources\.csv:2: url "example\.org\/law" is not an absolute URL/)]);
		expect(corrupt('policy_sources.csv', 'https://copy.example.net/map', 'github.com/x/y (scrape)')[0]).toMatch(/^data\/policy_sources\.csv:3: read_via "github\.com\/x\/y \(scrape\)" is not an absolute URL/);
	});

	it('requires a provenance row for every filled policy cell, and no row for an empty one', () => {
		expect(corrupt('policy_cells.csv', 'PRT,oat,secondary,no,\n', '')).toEqual(['data/policies.csv:2: PRT oat has no row in policy_cells.csv (primary or secondary source?)']);
		expect(corrupt('policy_cells.csv', 'PRT,oat,secondary', 'PRT,nsp,secondary')).toEqual([
			'data/policies.csv:2: PRT oat has no row in policy_cells.csv (primary or secondary source?)',
			'data/policy_cells.csv:4: PRT nsp: no filled cell in policies.csv for this provenance row'
		]);
		expect(corrupt('policy_cells.csv', 'PRT,oat,secondary', 'PRT,oat,maybe')).toEqual(['data/policy_cells.csv:4: status "maybe" must be primary or secondary']);
	});

	it('rejects a policy event for an unknown country but allows INT', () => {
		expect(corrupt('policy_events.csv', 'PRT,2001-07-01', 'ZZZ,2001-07-01')).toEqual(['data/policy_events.csv:2: unknown country code "ZZZ"']);
	});

	it('requires a sub-national event to name its jurisdiction, and INT events to be international', () => {
		expect(corrupt('policy_events.csv', 'national,,,', 'subnational,,,')).toEqual([
			'data/policy_events.csv:2: sub-national event "Law 30/2000 in force" must name its jurisdiction and jurisdiction_type (state, province, territory, nation)'
		]);
		expect(corrupt('policy_events.csv', 'national,,,', 'national,Oregon,state,')).toEqual([
			'data/policy_events.csv:2: event "Law 30/2000 in force" names a jurisdiction but its scope is "national": set scope to subnational or clear the jurisdiction'
		]);
		expect(corrupt('policy_events.csv', 'international,,,', 'national,,,')).toEqual([
			'data/policy_events.csv:3: scope "national" does not fit iso3 "INT": international events are INT and INT events are international'
		]);
	});

	it('rejects a row with a missing column and names the line', () => {
		expect(corrupt('observations/deaths_rate.csv', 'PRT,2001,1.2,,src-a,', 'PRT,2001,1.2')[0]).toMatch(/deaths_rate\.csv:3: expected 6 columns/);
	});

	it('counts lines correctly when a quoted cell spans lines', () => {
		const p = pkg();
		p['observations/deaths_rate.csv'] = 'iso3,year,value,flag,source_id,note\nPRT,2000,1.5,,src-a,"two\nlines"\nQQQ,2001,1.2,,src-a,\n';
		expect(validatePackage(p).map(formatProblem)).toEqual(['data/observations/deaths_rate.csv:4: unknown country code "QQQ" (not in countries.csv)']);
	});
});
