/**
 * Norwegian bokmål words under a place's chart: the same keys and functions as numbersEn.ts (TypeScript checks it),
 * terms as in docs/glossary-nb.md.
 */
import type { NumbersStrings } from './numbers.ts';

export const numbersNb: NumbersStrings = {
	tableCaption: (indicator, place, unit) => `${indicator}, ${place} (${unit})`,
	latestYear: (year) => `, ${year}`,
	latestCaution: (caution) => `; ${caution}`,
	firstValue: (value, year) => `${value} i ${year}`,
	digest: (o) =>
		`${o.unit}. ${o.first ? `${o.first.year}: ${o.first.value} → ` : ''}${o.latest.year}: ${o.latest.value} (${o.years} av ${o.span} år med data${o.caution ? `; ${o.caution}` : ''}).`,
	download: (id) => `Last ned ${id}.csv`,
	allPlaces: '(alle steder)',
	definition: 'Definisjon og forbehold'
};
