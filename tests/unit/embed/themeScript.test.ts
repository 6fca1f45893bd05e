/** static/embed-theme.js (runs in each embed's <head> before paint) follows the same rules as embed/params.ts. */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { forcedTheme, parseEmbedParams } from '../../../src/lib/embed/params.ts';

const SCRIPT = readFileSync('static/embed-theme.js', 'utf8');

function run(search: string): Record<string, string> {
	const attrs: Record<string, string> = {};
	const document = { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } };
	runInNewContext(SCRIPT, { location: { search }, document, URLSearchParams });
	return attrs;
}

describe('static/embed-theme.js', () => {
	it.each([
		'',
		'?dark=true',
		'?dark=false',
		'?dark=auto',
		'?dark=TRUE',
		'?dark=%3Cscript%3E',
		'?controls=false',
		'?controls=0',
		'?controls=no',
		'?dark=false&controls=FALSE',
		'?dark=%E0%A4%A'
	])('%s', (q) => {
		const p = parseEmbedParams(q);
		const a = run(q);
		expect(a['data-theme'] ?? null).toBe(forcedTheme(p.dark));
		expect(a['data-controls'] === 'false').toBe(!p.controls);
	});
});
