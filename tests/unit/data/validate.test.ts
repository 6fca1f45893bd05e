import { describe, expect, it } from 'vitest';
import { formatProblem, validatePackage } from '../../../src/lib/data/validate.ts';

/** A small valid package; each test corrupts one thing and expects the right file, line and reason. */
function pkg(): Record<string, string> {
	return {
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
		'policies.csv':
			'iso3,country,possession_status,possession_status_source,possession_year,possession_year_source,possession_model,possession_model_source,cannabis_status,cannabis_status_source,cannabis_year,cannabis_year_source,hat,hat_source,hat_since,hat_since_source,oat,oat_source,nsp,nsp_source,dcr,dcr_source,dcr_since,dcr_since_source,drug_checking,drug_checking_source,naloxone,naloxone_source,death_penalty_drugs,death_penalty_drugs_source,gdpi2021_score,gdpi2021_score_source,gdpi2021_rank,gdpi2021_rank_source,notes\n' +
			'PRT,Portugal,decriminalised_de_jure,http://loc.gov/x,2001,http://loc.gov/x,,,,,,,,,,,yes,https://emcdda/x,,,,,,,,,,,,,,,,,\n',
		'policy_events.csv': 'iso3,date,year,event_type,title,description,source\nPRT,2001-07-01,2001,decriminalisation,Law 30/2000 in force,,http://loc.gov/x\nINT,1961,1961,convention,Single Convention,,https://un.org\n'
	};
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
		expect(corrupt('policies.csv', 'yes,https://emcdda/x', 'yes,')).toEqual(['data/policies.csv:2: policy field oat ("yes") for PRT has no source: fill oat_source']);
	});

	it('rejects a policy event for an unknown country but allows INT', () => {
		expect(corrupt('policy_events.csv', 'PRT,2001-07-01', 'ZZZ,2001-07-01')).toEqual(['data/policy_events.csv:2: unknown country code "ZZZ"']);
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
