/** One indicator's observations as compact JSON (see compactSeries.ts), prerendered per indicator for /compare. */
import { json } from '@sveltejs/kit';
import { indicators } from '$lib/server/data';
import { indicatorPayload } from '$lib/server/compareData';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => indicators().map((i) => ({ indicator: i.indicator_id }));

export const GET: RequestHandler = ({ params }) => json(indicatorPayload(params.indicator));
