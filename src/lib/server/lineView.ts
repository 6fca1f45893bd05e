/**
 * Build-time slice for a line chart of one indicator: series for the requested places, their policy events,
 * the sources actually used, and caveats. What a page needs, nothing more.
 */
import { reformLabel } from '$lib/charts/policyMarkers';
import { eventWordIn } from '$lib/charts/eventWord';
import type { ChartEvent } from '$lib/charts/lineChartLayout';
import { buildSeries, type Series } from '$lib/data/series';
import type { Indicator, Source } from '$lib/data/types';
import { citations } from '$lib/data/policySources';
import { indicatorInLang, placeNameIn, sourceInLang, type InEnglish } from '$lib/data/dataWords';
import type { Lang } from '$lib/strings/lang';
import { countryName, indicator, observations, policyEvents, policySource, source } from './data';
import { dataWords } from './dataWords';

export interface LineView {
	indicator: Indicator & InEnglish;
	series: Series[];
	events: ChartEvent[];
	sources: (Source & InEnglish)[];
}

/** "Publisher, title (year); …" for an event's refs. */
function citeText(refs: string): string {
	return citations(refs, policySource)
		.map((c) => `${c.publisher}, ${c.title}${c.year ? ` (${c.year})` : ''}`)
		.join('; ');
}

/**
 * The data's words in `lang`: indicator, place names (series labels, event labels) and source titles. An event's
 * title after the place name is the policy table's own text (English only).
 */
export function lineView(
	indicatorId: string,
	places: string[],
	eventFilter: (e: { iso3: string; event_type: string }) => boolean,
	lang: Lang = 'en'
): LineView {
	const words = dataWords(lang);
	const eventWord = eventWordIn(lang);
	const nameOf = (iso3: string) => placeNameIn(iso3, countryName(iso3), words).name;
	const ind = indicator(indicatorId);
	const series = buildSeries(observations(indicatorId), places, nameOf);
	const used = new Set(series.flatMap((s) => s.points.map((p) => p.source_id)));
	used.add(ind.source_id);
	const events: ChartEvent[] = policyEvents()
		.filter((e) => places.includes(e.iso3) && e.scope === 'national' && eventFilter(e))
		.map((e) => ({
			key: e.iso3,
			x: e.year,
			label: reformLabel(nameOf(e.iso3), e.event_type, e.year, lang, eventWord),
			title: `${nameOf(e.iso3)}: ${e.title}`,
			date: e.date,
			source: citeText(e.ref)
		}));
	return {
		indicator: indicatorInLang(ind, words),
		series,
		events,
		sources: [...used]
			.sort()
			.map(source)
			.map((s) => sourceInLang(s, words))
	};
}
