import { describe, expect, it } from 'vitest';
import { citation, citations, hostOf, shortCitation, shortCitations } from '../../../src/lib/data/policySources.ts';
import type { PolicySource } from '../../../src/lib/data/types.ts';
import { policyText } from '../../../src/lib/strings/policyText.ts';

const src = (over: Partial<PolicySource>): PolicySource => ({
	ref_id: 'x',
	publisher: 'EMCDDA',
	title: 'Portugal Country Drug Report 2019',
	year: '2019',
	url: 'https://www.emcdda.europa.eu/countries/drug-reports/2019/portugal',
	read_via: '',
	read_via_note: '',
	accessed_note: '',
	quote_hint: '',
	...over
});

describe('citation', () => {
	it('links the original and says nothing about a copy when the original was read', () => {
		expect(citation(src({}))).toEqual({ ref: 'x', publisher: 'EMCDDA', title: 'Portugal Country Drug Report 2019', year: '2019', url: 'https://www.emcdda.europa.eu/countries/drug-reports/2019/portugal', readVia: null });
	});
	it('gives only the host of a copy, never its path or the compiler’s scrape note', () => {
		const td = citation(src({ read_via: 'https://github.com/NicAOB97/EDA-Drug-Decriminalisation', read_via_note: 'European rows re-read in the GitHub scrape github.com/NicAOB97/... (NIC_ENTREGABLE_EDA/Nic_Data)' }));
		expect(td.readVia).toBe('github.com');
		expect(JSON.stringify(td)).not.toMatch(/NicAOB97|NIC_ENTREGABLE|scrape/);
	});
	it('no link when the original’s URL was not found; "a copy" when the copy has no location', () => {
		const r = citation(src({ url: '', read_via: '', read_via_note: 'mirror (not located)' }));
		expect(r.url).toBeNull();
		expect(r.readVia).toBe('');
	});
	it('resolves ;-separated refs in order and skips unknown ids', () => {
		const lookup = (r: string) => (r === 'a' ? src({ ref_id: 'a' }) : r === 'b' ? src({ ref_id: 'b', publisher: 'HRI' }) : undefined);
		expect(citations('b;zz;a', lookup).map((c) => c.ref)).toEqual(['b', 'a']);
	});
	it('short form for tooltips drops the parenthesis of a publisher', () => {
		expect(shortCitation(src({ publisher: 'Harm Reduction International (HRI)', year: '2024' }))).toBe('Harm Reduction International 2024');
		expect(shortCitation(src({ year: '' }))).toBe('EMCDDA');
		expect(shortCitations(['a', 'b', 'a', 'q'], { a: 'EMCDDA 2019', b: 'HRI 2024' })).toBe('EMCDDA 2019; HRI 2024');
	});
	it('hostOf', () => {
		expect(hostOf('https://www.talkingdrugs.org/x')).toBe('talkingdrugs.org');
		expect(hostOf('not a url')).toBe('');
	});
});

describe('policyText', () => {
	it('turns a vocabulary code quoted in a note into words (no internal field values on screen)', () => {
		expect(policyText("Possession is a federal crime; 'subnational_variation' reflects state laws.")).toBe('Possession is a federal crime; “varies by state or province” reflects state laws.');
		expect(policyText('(<=10-day supply)')).toBe('(≤10-day supply)');
		expect(policyText('cannabis 20 g -> 6 g')).toBe('cannabis 20 g → 6 g');
	});
	it('leaves other words with underscores alone', () => {
		expect(policyText('see some_file_name')).toBe('see some_file_name');
	});
});
