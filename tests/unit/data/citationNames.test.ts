import { describe, expect, it } from 'vitest';
import { citationNames } from '../../../src/lib/data/citationNames.ts';

describe('citationNames', () => {
	it.each([
		['', []],
		['EMCDDA Sweden Country Drug Report 2017, Drug laws http://www.emcdda.europa.eu/countries/drug-reports/2017/sweden/drug-laws-and-offences_en', ['EMCDDA Sweden Country Drug Report 2017, Drug laws']],
		// Words before the address, else its host; remarks in parentheses (with their own ";") dropped.
		[
			'http://loc.gov/law/help/decriminalization-of-narcotics/portugal.php; https://www.talkingdrugs.org/drug-decriminalisation (Release/TalkingDrugs/IDPC map; Europe rows as scraped in github.com/NicAOB97/EDA/x.csv)',
			['loc.gov', 'talkingdrugs.org']
		],
		['http://loc.gov/a.php; EMCDDA Portugal Country Drug Report 2019 via https://drugpolicyfacts.org/node/3193', ['loc.gov', 'EMCDDA Portugal Country Drug Report 2019']],
		['RA 9165 Comprehensive Dangerous Drugs Act 2002, summary at https://jur.ph/law/x ; text https://dyephpasqui.blogspot.com/2012/09/x.html', ['RA 9165 Comprehensive Dangerous Drugs Act 2002', 'dyephpasqui.blogspot.com']],
		['Max Abbott (AUT), The Conversation, reprinted https://modernaustralian.com/news/7089', ['Max Abbott, The Conversation, reprinted']],
		// A bare host name is how the citation names its publisher; "vol.3" is not an address.
		['service-public.fr actualite A14256 (16 Sept 2021) https://www.service-public.fr/particuliers/actualites/A14256', ['service-public.fr actualite A14256']],
		['Canadian Senate Special Committee on Illegal Drugs, vol.3 ch.20 France (2002) http://druglibrary.org/x.htm', ['Canadian Senate Special Committee on Illegal Drugs, vol.3 ch.20 France']],
		// Repeats once; " | " separates parts too; an unclosed "(" drops the rest.
		['Wikipedia, Timeline (x); Wikipedia, Timeline | https://www.procon.org/x (see also', ['Wikipedia, Timeline', 'procon.org']]
	])('%s', (raw, names) => {
		expect(citationNames(raw)).toEqual(names);
	});

	it('never returns an address', () => {
		const names = citationNames('https://a.example.org/x; b.example.com/path; Publisher https://c.example.net/y');
		expect(names).toEqual(['a.example.org', 'b.example.com', 'Publisher']);
		expect(names.join(' ')).not.toMatch(/https?:|\//);
	});
});
