import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indicatorMatches } from '../../../src/lib/data/indicatorSearch';
import { parseIndicators } from '../../../src/lib/data/parse';
import { mapEn } from '../../../src/lib/strings/mapEn';

const words = { names: mapEn.topics, keywords: mapEn.topicKeywords };
const inds = parseIndicators(readFileSync('data/indicators.csv', 'utf8')).rows;
const found = (q: string) => inds.filter((i) => indicatorMatches(i, q, words));

describe('indicator search knows everyday words', () => {
	it.each([
		['incarceration', 'prisons'], ['prison', 'prisons'], ['jail', 'prisons'], ['overdose', 'deaths'], ['arrests', 'offences'],
		['buprenorphine', 'treatment'], ['needle', 'treatment'], ['harm reduction', 'treatment'], ['OST', 'treatment']
	])('"%s" finds only %s indicators', (q, topic) => {
		const hits = found(q);
		expect(hits.length).toBeGreaterThan(0);
		expect(new Set(hits.map((h) => h.topic))).toEqual(new Set([topic]));
	});
	// Other topics' indicators may carry the word in their own text ("HIV prevention coverage", "Global AIDS Monitoring",
	// US deaths from "synthetic opioids other than methadone").
	it.each([['HIV', 'hiv'], ['aids', 'hiv'], ['methadone', 'treatment'], ['syringe', 'treatment']])('"%s" finds every %s indicator, and others only by their own words', (q, topic) => {
		const hits = found(q);
		for (const i of inds.filter((i) => i.topic === topic)) expect(hits).toContainEqual(i);
		const ownWords = { names: {}, keywords: {} };
		for (const h of hits.filter((h) => h.topic !== topic)) expect(indicatorMatches(h, q, ownWords), h.indicator_id).toBe(true);
	});
	it('every word must match: "drug death scotland" narrows to NRS', () => {
		const hits = found('drug death scot');
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every((h) => h.source_id.startsWith('nrs'))).toBe(true);
	});
	it('an empty query matches everything; nonsense matches nothing', () => {
		expect(found('  ')).toHaveLength(inds.length);
		expect(found('zebra crossing')).toHaveLength(0);
	});
});
