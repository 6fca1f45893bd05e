/**
 * The Paraglide catalogues (messages/en.json is the reference, messages/nb.json its bokmål twin): same keys, same
 * placeholders, nothing empty; and the compiler, run offline from node_modules, really emits them (a module path it
 * cannot resolve makes Paraglide "succeed" with no messages at all).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

type Catalogue = Record<string, string>;
const read = (locale: string): Catalogue => {
	const all = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Catalogue;
	delete all.$schema;
	return all;
};
const en = read('en');
const nb = read('nb');
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
/** `{name}` placeholders of a message, sorted. */
const placeholders = (s: string) => [...s.matchAll(/\{\s*([A-Za-z_][\w]*)\s*\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
	it('list the languages the catalogues exist for, English as the reference', () => {
		expect(settings.baseLocale).toBe('en');
		expect(settings.locales).toEqual(['en', 'nb']);
		expect(readdirSync('messages').sort()).toEqual(settings.locales.map((l: string) => `${l}.json`));
	});
	it('load the message-format plugin from node_modules by a path from the project root (no CDN here)', () => {
		expect(settings.modules).toEqual(['./node_modules/@inlang/plugin-message-format/dist/index.js']);
	});
	it('have the same keys in both languages', () => {
		expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
		expect(Object.keys(en).length).toBeGreaterThan(10);
	});
	it('have the same placeholders in both languages, and no empty message', () => {
		const bad = Object.keys(en).filter(
			(k) => JSON.stringify(placeholders(en[k]!)) !== JSON.stringify(placeholders(nb[k] ?? ''))
		);
		expect(bad).toEqual([]);
		expect(Object.entries({ ...en, ...nb }).filter(([, v]) => !v.trim())).toEqual([]);
		expect(placeholders(en.country_title!)).toEqual(['name']);
	});
});

describe('Paraglide compiles the catalogues offline', () => {
	it('emits every key, callable in both languages', { timeout: 30_000 }, async () => {
		const outdir = mkdtempSync(join(tmpdir(), 'dpe-paraglide-'));
		try {
			// In a child process that exits when done: the inlang SDK keeps handles open for ~10 s after compiling.
			const script = `import('@inlang/paraglide-js').then((p) => p.compile({ project: process.argv[1], outdir: process.argv[2] })).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })`;
			const r = spawnSync(process.execPath, ['-e', script, resolve('project.inlang'), outdir], { encoding: 'utf8' });
			expect(r.status, r.stderr).toBe(0);
			const m = (await import(pathToFileURL(join(outdir, 'messages.js')).href)) as Record<
				string,
				(i?: object, o?: { locale: string }) => string
			>;
			for (const key of Object.keys(en)) {
				expect(typeof m[key], key).toBe('function');
				const inputs = Object.fromEntries(placeholders(en[key]!).map((p) => [p, `<${p}>`]));
				const fill = (s: string) => s.replace(/\{\s*(\w+)\s*\}/g, (_, p: string) => `<${p}>`);
				expect(m[key]!(inputs, { locale: 'en' })).toBe(fill(en[key]!));
				expect(m[key]!(inputs, { locale: 'nb' })).toBe(fill(nb[key]!));
			}
			expect(m.country_title!({ name: 'Norge' }, { locale: 'nb' })).toBe(
				'Norge: narkotikapolitikk og utfall · Drug Policy Explorer'
			);
		} finally {
			rmSync(outdir, { recursive: true, force: true });
		}
	});
});
