/**
 * The words under a place's chart, on the country page and in its embed (IndicatorNumbers.svelte, LatestValue.svelte):
 * the latest-value line, the numbers' one-line summary, the table caption and the download line. English, the
 * reference: numbersNb.ts has the same keys in Norwegian bokmål. Apart from the country catalogue so the embed does not
 * carry the whole page's words.
 */
export const numbersEn = {
	tableCaption: (indicator: string, place: string, unit: string) => `${indicator}, ${place} (${unit})`,
	/** After the latest value and its short unit: ", 2019"; then the words it must carry: "; provisional". */
	latestYear: (year: number) => `, ${year}`,
	latestCaution: (caution: string) => `; ${caution}`,
	firstValue: (value: string, year: number) => `${value} in ${year}`,
	/** The text summary in a chart's numbers: "Deaths per million. 2000: 3.1 → 2019: 6.0 (20 of 20 years with data)." */
	digest: (o: {
		unit: string;
		first: { year: number; value: string } | null;
		latest: { year: number; value: string };
		years: number;
		span: number;
		caution: string;
	}) =>
		`${o.unit}. ${o.first ? `${o.first.year}: ${o.first.value} → ` : ''}${o.latest.year}: ${o.latest.value} (${o.years} of ${o.span} years with data${o.caution ? `; ${o.caution}` : ''}).`,
	download: (id: string) => `Download ${id}.csv`,
	allPlaces: '(all places)',
	definition: 'Definition and caveats'
};
