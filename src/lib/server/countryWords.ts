/**
 * The country page's slice (countryView.ts) with the data's words in a language: the place's and its parent's name,
 * every card's indicator short label and unit, the peers' names, the indicators without data, and the Sources list's
 * titles. Same shape; a text left in English is named in `inEnglish`. Policy notes and event titles are the policy
 * table's own English (the page marks them), and the sentences built from catalogues are countryView's.
 */
import { indicatorInLang, placeInLang, placeNameIn, sourceInLang, type DataWords } from '$lib/data/dataWords';
import type { IndicatorCard } from '$lib/data/countryPage';
import type { Lang } from '$lib/strings/lang';
import type { CountryView } from './countryView';
import { countries } from './data';
import { dataWords } from './dataWords';

function cardInLang<C extends IndicatorCard>(card: C, words: DataWords): C {
	return {
		...card,
		indicator: indicatorInLang(card.indicator, words),
		peers: card.peers.map((p) => placeInLang(p, words))
	};
}

export function countryViewInLang<V extends CountryView>(view: V, lang: Lang): V {
	const words = dataWords(lang);
	if (words.lang === 'en') return view;
	const parentIso = countries().find((c) => c.iso3 === view.place.iso3)?.parent;
	return {
		...view,
		place: placeInLang(view.place, words),
		parent: view.parent && parentIso ? placeNameIn(parentIso, view.parent, words).name : view.parent,
		headline: view.headline.map((c) => cardInLang(c, words)),
		groups: view.groups.map((g) => ({ ...g, cards: g.cards.map((c) => cardInLang(c, words)) })),
		noData: view.noData.map((i) => indicatorInLang(i, words)),
		sourceList: view.sourceList.map((g) => ({
			...g,
			datasets: g.datasets.map((d) => ({ ...d, source: sourceInLang(d.source, words) }))
		})),
		peers: view.peers.map((p) => placeInLang(p, words)),
		peerIndicator: view.peerIndicator && indicatorInLang(view.peerIndicator, words)
	};
}
