/**
 * The shape of a dataset's record (sources.csv: types.ts `Source`) as the JSON files the browser fetches carry it:
 * the map's data files and the country embeds' files check their source records with it. Pure.
 */
import { object, string } from './shape.ts';

export const sourceShape = object({
	source_id: string,
	publisher: string,
	title: string,
	url: string,
	download_url: string,
	licence: string,
	year: string,
	citation: string,
	notes: string
});
