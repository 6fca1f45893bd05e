/** One indicator's observations for Norwegian pages (indicator words and source titles in bokmål): /compare/data/nb/<id>.json */
import { json } from '@sveltejs/kit';
import { indicators } from '$lib/server/data';
import { indicatorPayload } from '$lib/server/compareData';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => indicators().map((i) => ({ indicator: i.indicator_id }));

export const GET: RequestHandler = ({ params }) => json(indicatorPayload(params.indicator, undefined, 'nb'));
