import { describe, expect, it } from 'vitest';
import { findPeers, referenceYears, type PeerCandidate } from '../../../src/lib/stats/peers.ts';

const c = (
	iso3: string,
	region: string,
	subregion: string,
	level: number,
	kind: 'country' | 'subnational' = 'country'
): PeerCandidate => ({
	iso3,
	name: iso3,
	region,
	subregion,
	kind,
	values: new Map([1996, 1997, 1998, 1999, 2000].map((y) => [y, level]))
});

describe('findPeers', () => {
	const target = {
		iso3: 'PRT',
		region: 'Europe',
		subregion: 'Southern Europe',
		values: new Map([
			[1996, 5],
			[2000, 5]
		]),
		reformYear: 2001
	};
	const all = [
		c('ESP', 'Europe', 'Southern Europe', 6),
		c('ITA', 'Europe', 'Southern Europe', 9),
		c('GRC', 'Europe', 'Southern Europe', 5.5),
		c('FRA', 'Europe', 'Western Europe', 5),
		c('BRA', 'Americas', 'South America', 5),
		c('GB-SCT', 'Europe', 'Southern Europe', 5, 'subnational')
	];
	it('prefers the same subregion, closest level before the reform first', () => {
		expect(findPeers(target, all, 3).map((p) => p.iso3)).toEqual(['GRC', 'ESP', 'ITA']);
	});
	it('tops up from the same region when the subregion has too few, never from other regions or sub-national entities', () => {
		const peers = findPeers(target, all, 5);
		expect(peers.map((p) => p.iso3)).toEqual(['GRC', 'ESP', 'ITA', 'FRA']);
		expect(peers[3]!.match).toBe('region');
	});
	it('ranks places whose policy is documented before closer but undocumented ones (micro-states, territories)', () => {
		const withPolicy = [
			{ ...c('ESP', 'Europe', 'Southern Europe', 6), documented: true },
			c('AND', 'Europe', 'Southern Europe', 5),
			c('MLT', 'Europe', 'Southern Europe', 5.1),
			{ ...c('ITA', 'Europe', 'Southern Europe', 9), documented: true }
		];
		expect(findPeers(target, withPolicy, 3).map((p) => p.iso3)).toEqual(['ESP', 'ITA', 'AND']);
	});
	it('uses the latest N years with data when there is no reform', () => {
		expect(
			referenceYears(
				new Map([
					[2010, 1],
					[2019, 2]
				]),
				null,
				5
			)
		).toEqual([2015, 2019]);
	});
	it('has no peers without data', () => {
		expect(findPeers({ ...target, values: new Map() }, all)).toEqual([]);
	});
});
