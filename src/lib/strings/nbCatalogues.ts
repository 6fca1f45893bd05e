/**
 * Every Norwegian catalogue, in one module that only Norwegian pages load: the root layout's load awaits
 * `loadLang('nb')` (lang.ts), which imports this file dynamically, so English pages never download a Norwegian word
 * and the area catalogues (map.ts, compare.ts, …) import only their English half.
 */
import { aboutNb } from './aboutNb.ts';
import { approachesNb } from './approachesNb.ts';
import { cautionNb } from './cautionNb.ts';
import { compareNb } from './compareNb.ts';
import { nb } from './nb.ts';
import { countryNb } from './countryNb.ts';
import { dataPageNb } from './dataPageNb.ts';
import { embedNb } from './embedNb.ts';
import { errorPageNb } from './errorPageNb.ts';
import { frameNb } from './frameNb.ts';
import { homeNb } from './homeNb.ts';
import { mapNb } from './mapNb.ts';
import { numbersNb } from './numbersNb.ts';
import { regulationNb } from './regulationNb.ts';
import { shareMenuNb } from './shareMenuNb.ts';
import { shareNb } from './shareNb.ts';
import { siteNb } from './siteNb.ts';
import { vocabularyNb } from './vocabularyNb.ts';

export const nbCatalogues = {
	about: aboutNb,
	approaches: approachesNb,
	caution: cautionNb,
	compare: compareNb,
	core: nb,
	country: countryNb,
	dataPage: dataPageNb,
	embed: embedNb,
	errorPage: errorPageNb,
	frame: frameNb,
	home: homeNb,
	map: mapNb,
	numbers: numbersNb,
	regulation: regulationNb,
	share: shareNb,
	shareMenu: shareMenuNb,
	site: siteNb,
	vocabulary: vocabularyNb
};
