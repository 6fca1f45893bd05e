import { describe, expect, it } from 'vitest';
import { isUrlColumn, urlProblem } from '../../../src/lib/data/urls.ts';

describe('urlProblem', () => {
	it.each([
		'https://example.org/a',
		'http://example.org',
		'HTTPS://EXAMPLE.ORG/A.CSV',
		'https://example.org/a?b=1&c=%22#frag',
		'https://bücher.example/',
		'https://[2001:db8::1]/x',
		'https://api.worldbank.org/v2/en/indicator/SP.POP.TOTL?downloadformat=csv'
	])('accepts %s', (u) => expect(urlProblem(u)).toBeNull());

	it.each([
		['javascript:alert(1)', 'scheme "javascript:"'],
		[' JavaScript:alert(1)', 'scheme "javascript:"'],
		['data:text/html,x', 'scheme "data:"'],
		['vbscript:x', 'scheme "vbscript:"'],
		['file:///etc/passwd', 'scheme "file:"'],
		['/a.csv', 'not an absolute URL'],
		['//evil.example/', 'not an absolute URL'],
		['a.csv', 'not an absolute URL'],
		['https:a', 'must come //'],
		['https://', 'must come //'],
		['https://example.org/a b', 'space'],
		['https://example.org/"', 'quote'],
		["https://example.org/'", 'quote'],
		['https://example.org/<', 'angle bracket'],
		['https://example.org\\x', 'backslash'],
		['https://example.org/\u0000', 'control'],
		['https://example.org/\u202e', 'control'],
		['https://a:b@example.org/', 'user name or password'],
		['https://localhost/', 'not a public domain'],
		['https://%zz/', 'not a valid URL']
	])('refuses %j', (u, why) => expect(urlProblem(u)).toContain(why));

	it('knows URL columns by name', () => {
		expect(['url', 'download_url', 'docs_url'].map(isUrlColumn)).toEqual([true, true, true]);
		expect(['urls', 'curl', 'url_note', 'source'].map(isUrlColumn)).toEqual([false, false, false, false]);
	});
});
