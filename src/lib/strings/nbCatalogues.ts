/**
 * Every Norwegian catalogue, in one module that only Norwegian pages load: the root layout's load awaits
 * `loadLang('nb')` (lang.ts), which imports this file dynamically, so English pages never download a Norwegian word
 * and the area catalogues (map.ts, compare.ts, …) import only their English half.
 */
import { approachesNb } from './approachesNb.ts';
import { compareNb } from './compareNb.ts';
import { nb } from './nb.ts';
import { countryNb } from './countryNb.ts';
import { embedNb } from './embedNb.ts';
import { frameNb } from './frameNb.ts';
import { mapNb } from './mapNb.ts';
import { regulationNb } from './regulationNb.ts';
import { shareNb } from './shareNb.ts';

export const nbCatalogues = {
	approaches: approachesNb,
	compare: compareNb,
	core: nb,
	country: countryNb,
	embed: embedNb,
	frame: frameNb,
	map: mapNb,
	regulation: regulationNb,
	share: shareNb
};
