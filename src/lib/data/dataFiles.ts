/**
 * Where the data files fetched in the browser live, per language. The numbers are the same in every language; the
 * words in them (indicator labels, units, caveats, formulas, source titles, place names) are not, so each language
 * has its own copy: English at `/map/data/<id>.json`, Norwegian at `/map/data/nb/<id>.json` (and so on), same shape.
 * A separate file per language is what a reader downloads today, byte for byte; carrying both languages in one file
 * would add 7 % (map) to 17 % (compare) gzip to every file for every reader, and Norwegian words in the page data
 * instead would add about 9 KB gzip to /nb/map and /nb/compare. Paths without `base`. Pure.
 */
import { BASE_LANG, type Lang } from '../strings/lang.ts';

const folder = (lang: Lang) => (lang === BASE_LANG ? '' : `${lang}/`);

/** The map's dataset of one indicator: '/map/data/x.json', '/map/data/nb/x.json'. */
export const mapDataPath = (indicatorId: string, lang: Lang): string => `/map/data/${folder(lang)}${indicatorId}.json`;

/** What the map page's island starts from (state/mapBoot.ts): '/map/boot/en.json', '/map/boot/nb.json'. */
export const mapBootPath = (lang: Lang): string => `/map/boot/${lang}.json`;

/** /compare's payload of one indicator: '/compare/data/x.json', '/compare/data/nb/x.json'. */
export const compareDataPath = (indicatorId: string, lang: Lang): string =>
	`/compare/data/${folder(lang)}${indicatorId}.json`;

/**
 * A pinned country embed's file inside its version folder (embed/version.ts `pinnedPath(version, file)`):
 * 'country/PRT.json', 'nb/country/PRT.json'. Versions built before the Norwegian edition have only the English one.
 */
export const countryEmbedFile = (iso3: string, lang: Lang): string => `${folder(lang)}country/${iso3}.json`;
