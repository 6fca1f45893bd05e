/** /data-version.json: which data/ this build was made from (embed/version.ts says how it is defined). */
import { json } from '@sveltejs/kit';
import { dataVersion } from '$lib/server/dataVersion';

export const prerender = true;

export const GET = () => json(dataVersion());
