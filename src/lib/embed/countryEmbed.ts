/**
 * The slice behind /embed/country/[iso3]: the place's headline indicators (stats/headlineIndicators.ts, as the
 * country page leads with them), each with its points, its datasets and the policy markers. The same JSON is written
 * per data version to /embed/v/<version>/country/<iso3>.json, so a pinned embed can draw the numbers it was pinned to.
 * `countryEmbedShape` checks such a file at the boundary (an old version, a 404 page, a truncated file). Pure.
 */
import type { ChartEvent } from '../charts/lineChartLayout.ts';
import { sharedYears } from '../charts/sharedYears.ts';
import type { CompactPoint } from '../data/compactSeries.ts';
import type { CardIndicator } from '../data/countryPage.ts';
import { FLAGS, type Source } from '../data/types.ts';
import {
	arrayOf,
	boolean,
	integer,
	number,
	object,
	oneOf,
	shapeOf,
	string,
	tuple,
	where,
	nullable,
	type Shape
} from '../data/shape.ts';
import { sourceShape } from '../data/sourceShape.ts';
import { isDataVersion, type DataVersion } from './version.ts';

export interface CountryEmbedCard {
	indicator: CardIndicator & { formula: string };
	points: CompactPoint[];
	modelled: boolean;
	/** Datasets the points come from (main first). */
	sources: Source[];
}

export interface CountryEmbed {
	version: DataVersion;
	place: { iso3: string; name: string };
	/** Headline indicators in slot order; empty when the place has none. */
	cards: CountryEmbedCard[];
	markers: ChartEvent[];
	/** Year of the place's decriminalisation (stats/reform.ts), to stretch a chart's years back to it. */
	reformYear: number | null;
}

/** Years of a card's chart: its own data's, reaching back to a reform shortly before (charts/sharedYears.ts). */
export function cardYears(card: CountryEmbedCard, reformYear: number | null): [number, number] | null {
	const ys = card.points.map((p) => p[0]);
	return ys.length ? sharedYears([[Math.min(...ys), Math.max(...ys)]], reformYear) : null;
}

/** The card an embed shows: `indicator` when the place has it as a headline, else the first. */
export function pickCard(e: Pick<CountryEmbed, 'cards'>, indicator: string | null): CountryEmbedCard | null {
	return e.cards.find((c) => c.indicator.indicator_id === indicator) ?? e.cards[0] ?? null;
}

const card = object({
	indicator: object({
		indicator_id: string,
		short_label: string,
		unit: string,
		decimals: where(integer, (n: number) => n >= 0 && n <= 10, 'decimals must be 0–10'),
		derived: boolean,
		source_id: string,
		topic: string,
		formula: string
	}),
	points: arrayOf(
		where(tuple([integer, number], [oneOf(FLAGS), string]), (p: unknown[]) => p.length !== 3, 'expected 2 or 4 items')
	),
	modelled: boolean,
	sources: arrayOf(sourceShape)
});
const marker = object(
	{ key: string, x: number, label: string, title: string, date: string, source: string },
	{ major: boolean }
);

/** The slice of `iso3` at data version `version`. */
export function countryEmbedShape(iso3: string, version: string): Shape<CountryEmbed> {
	return shapeOf<CountryEmbed>(
		object({
			version: object({
				id: where(string, (v: string) => isDataVersion(v) && v === version, `expected data version ${version}`),
				asOf: string,
				hash: string
			}),
			place: object({ iso3: where(string, (v: string) => v === iso3, `expected the slice of ${iso3}`), name: string }),
			cards: arrayOf(card),
			markers: arrayOf(marker),
			reformYear: nullable(integer)
		})
	);
}
