import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';

/**
 * The Norwegian edition's pages, /nb/… (src/hooks.ts reroutes them to the same routes): every page route without a
 * parameter, found in src/routes, and every place's profile and embed, from data/countries.csv. Listed, not crawled,
 * so a page no Norwegian page links to is still built.
 */
function norwegianEntries() {
	/** @type {string[]} */
	const pages = [];
	/** @param {string} dir @param {string} path */
	const walk = (dir, path) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (e.isDirectory() && !e.name.includes('[') && !e.name.startsWith('('))
				walk(`${dir}/${e.name}`, `${path}/${e.name}`);
			else if (e.name === '+page.svelte') pages.push(path);
		}
	};
	walk('src/routes', '');
	/** @type {{ iso3: string }[]} */
	const places = Papa.parse(readFileSync('data/countries.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
	const codes = places.map((p) => encodeURIComponent(p.iso3));
	return [...pages.map((p) => `/nb${p}`), ...codes.flatMap((c) => [`/nb/country/${c}`, `/nb/embed/country/${c}`])];
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Plain files on any static host: every page is prerendered, 404.html is the fallback.
		// Every page's CSS inline in its <style> (hashed into the CSP below): no stylesheet request blocks the first
		// paint. /map's first map came on screen in 262 ms instead of 398 ms (bench-map.ts, 10 cold loads), for 5 KB
		// more HTML (gzip). The <link>s Kit keeps are disabled; client-side navigation uses them.
		inlineStyleThreshold: 100_000,
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*', ...norwegianEntries()] },
		paths: {
			// Absolute asset paths (/_app/…), so /map/ and /country/PRT/ — which many static hosts serve as map.html and
			// PRT.html — load the same scripts as /map. Hosting under a sub-path needs the path at build time:
			// BASE_PATH=/explorer npm run build (see README, Deploying).
			relative: false,
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '')
		},
		// A Content-Security-Policy on every page (prerendered pages carry it as a <meta>): nothing runs that we did not
		// ship. SvelteKit adds the sha256 of each page's own inline start-up script to script-src.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'connect-src': ['self'],
				// data:/blob: for images we make in the browser (chart export); nothing from other hosts.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Stylesheets only from our origin; no <style> elements from anywhere else. Style *attributes* are allowed:
				// charts colour their lines and place tooltips with style="--c: …" / style="left: …" in the prerendered
				// SVG/HTML, and a blocked attribute would leave them uncoloured. A style attribute cannot run code or load
				// anything outside img-src/font-src. 'unsafe-inline' in style-src is only the fallback for browsers without
				// CSP 3 (they ignore style-src-elem/-attr); browsers with CSP 3 use the two lines after it.
				'style-src': ['self', 'unsafe-inline'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self']
				// frame-ancestors is left open on purpose (embeds come later); a <meta> policy could not set it anyway.
			}
		}
	}
};

export default config;
