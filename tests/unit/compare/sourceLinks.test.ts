import { describe, expect, it } from 'vitest';
import { sourceLabel, sourceParts } from '../../../src/lib/data/sourceLinks.ts';

describe('sourceParts', () => {
	it('splits sources and links each URL', () => {
		const p = sourceParts('http://loc.gov/law/portugal.php; EMCDDA Portugal Country Drug Report 2019 via https://drugpolicyfacts.org/node/3193');
		expect(p).toEqual([
			{ text: '', url: 'http://loc.gov/law/portugal.php' },
			{ text: 'EMCDDA Portugal Country Drug Report 2019 via', url: 'https://drugpolicyfacts.org/node/3193' }
		]);
		expect(sourceLabel(p[0]!)).toBe('loc.gov');
	});
	it('keeps a source without URL as text', () => {
		expect(sourceParts('Wikipedia, Timeline of cannabis law (snapshot c.2019)')).toEqual([{ text: 'Wikipedia, Timeline of cannabis law (snapshot c.2019)', url: null }]);
	});
});
