import { describe, expect, it } from 'vitest';
import { fetchPayload, readPayload } from '../../../src/lib/data/payload.ts';
import { indicatorPayloadShape } from '../../../src/lib/data/indicatorPayloadShape.ts';
import { arrayOf, hasShape, number, object, shapeOf, string, tuple } from '../../../src/lib/data/shape.ts';
import { mapDataShape, mapGeometryShape } from '../../../src/lib/map/mapPayloadShapes.ts';
import { REGIONS } from '../../../src/lib/map/regionIds.ts';
import { indicatorPayload } from '../../../src/lib/server/compareData.ts';
import { indicators } from '../../../src/lib/server/data.ts';
import { mapData, mapGeometry, mapIndicators } from '../../../src/lib/server/mapView.ts';

const DEATHS = 'gbd2019_drug_disorder_death_rate';
const real = mapData(DEATHS);
const text = JSON.stringify(real);
const shape = mapDataShape(DEATHS);
const clone = () => structuredClone(real) as unknown as Record<string, unknown> & { places: Record<string, unknown[][]> };

/** The failure of reading `t` as the deaths dataset ("kind: reason"), or 'ok'. */
function read(t: string): string {
	const r = readPayload(t, shape);
	return r.ok ? 'ok' : `${r.kind}: ${r.reason}`;
}

describe('readPayload with the map dataset shape', () => {
	it('accepts the dataset the build writes', () => {
		const r = readPayload(text, shape);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.data.places['PRT']!.length).toBe(real.places['PRT']!.length);
	});

	it('refuses {}, null, an array, a number and a string, naming what is wrong', () => {
		expect(read('{}')).toBe('shape: indicator_id: missing');
		expect(read('null')).toBe('shape: payload: expected an object, got null');
		expect(read('[]')).toBe('shape: payload: expected an object, got an array');
		expect(read('42')).toBe('shape: payload: expected an object, got a number');
		expect(read('"data"')).toBe('shape: payload: expected an object, got a string');
	});

	it('refuses truncated JSON, an HTML page and an empty body as not JSON', () => {
		expect(read(text.slice(0, Math.floor(text.length / 2)))).toMatch(/^json: not valid JSON \(/);
		expect(read('<!doctype html>\n<html lang="en"><head><title>Page not found</title></head></html>')).toBe('json: an HTML page, not JSON');
		expect(read('  <html><body>oops</body></html>')).toBe('json: an HTML page, not JSON');
		expect(read('')).toBe('json: empty');
	});

	it('refuses wrong field types, with the path to the first bad value', () => {
		const a = clone();
		a.places['PRT']![0]![1] = '3.2';
		expect(read(JSON.stringify(a))).toBe('shape: places.PRT[0][1]: expected a number, got a string');
		const b = clone();
		b.years = 'all';
		expect(read(JSON.stringify(b))).toBe('shape: years: expected an array, got a string');
		const c = clone();
		c.withData = null;
		expect(read(JSON.stringify(c))).toBe('shape: withData: expected an array, got null');
		const d = clone();
		(d.bins as { colors: string[] }).colors.pop();
		expect(read(JSON.stringify(d))).toBe('shape: bins: expected one colour more than thresholds');
		const e = clone();
		e.places['PRT']![0] = [2001];
		expect(read(JSON.stringify(e))).toBe('shape: places.PRT[0]: expected 2 to 4 items, got 1');
		const f = clone();
		delete (f.about as Record<string, unknown>)['caveat'];
		expect(read(JSON.stringify(f))).toBe('shape: about.caveat: missing');
		const g = clone();
		g.partial = 'yes';
		expect(read(JSON.stringify(g))).toBe('shape: partial: expected true or false, got a string');
	});

	it('refuses another indicator’s dataset and a point whose flag or source is not listed', () => {
		const other = mapIndicators().find((i) => i.indicator_id !== DEATHS)!.indicator_id;
		expect(read(JSON.stringify(mapData(other)))).toBe(`shape: indicator_id: expected the dataset of ${DEATHS}`);
		const a = clone();
		a.places['PRT']![0] = [2001, 1.5, (a.flags as unknown[]).length];
		expect(read(JSON.stringify(a))).toBe('shape: payload: a point names a flag or source that is not listed');
		const b = clone();
		b.places['PRT']![0] = [2001, 1.5, 0, -1];
		expect(read(JSON.stringify(b))).toBe('shape: places.PRT[0][3]: a source index');
	});

	it('refuses a dataset whose source records are missing, incomplete or not those of its sources', () => {
		const a = clone();
		delete a.sourceInfo;
		expect(read(JSON.stringify(a))).toBe('shape: sourceInfo: missing');
		const b = clone();
		(b.sourceInfo as Record<string, unknown>[])[0]!.publisher = 7;
		expect(read(JSON.stringify(b))).toBe('shape: sourceInfo[0].publisher: expected a string, got a number');
		const c = clone();
		(c.sourceInfo as Record<string, unknown>[])[0]!.source_id = 'someone-else';
		expect(read(JSON.stringify(c))).toBe(
			'shape: payload: expected one source record for each source, in the same order'
		);
		expect(real.sourceInfo.map((s) => s.source_id)).toEqual(real.sources);
		expect(real.sourceInfo[0]).toMatchObject({ source_id: 'ihme-gbd2019', publisher: expect.stringMatching(/IHME|Institute/) });
	});

	it('accepts every indicator’s dataset and every region’s geometry the build writes', () => {
		for (const i of mapIndicators()) expect([i.indicator_id, readPayload(JSON.stringify(mapData(i.indicator_id)), mapDataShape(i.indicator_id)).ok]).toEqual([i.indicator_id, true]);
		for (const r of REGIONS) expect([r, readPayload(JSON.stringify(mapGeometry(r)), mapGeometryShape(r)).ok]).toEqual([r, true]);
	});
});

describe('the geometry shape', () => {
	it('refuses {}, another region and a shape without its path', () => {
		const g = structuredClone(mapGeometry('europe')) as unknown as Record<string, unknown> & { shapes: Record<string, unknown>[] };
		expect(hasShape(mapGeometryShape('europe'), g)).toBe(true);
		expect(mapGeometryShape('europe')({}, '')).toBe('region: missing');
		expect(mapGeometryShape('world')(g, '')).toBe('region: expected the world geometry');
		g.shapes[3]!['d'] = 12;
		expect(mapGeometryShape('europe')(g, '')).toBe('shapes[3].d: expected a string, got a number');
	});
});

describe('the compare payload shape', () => {
	it('accepts every indicator’s payload and refuses {}, another indicator and a point of 3 items', () => {
		for (const i of indicators()) expect([i.indicator_id, hasShape(indicatorPayloadShape(i.indicator_id), indicatorPayload(i.indicator_id))]).toEqual([i.indicator_id, true]);
		const s = indicatorPayloadShape(DEATHS);
		expect(s({}, '')).toBe('indicator: missing');
		expect(s(null, '')).toBe('payload: expected an object, got null');
		const p = structuredClone(indicatorPayload(DEATHS)) as unknown as { indicator: { indicator_id: string; decimals: unknown }; data: Record<string, unknown[][]> };
		p.data['PRT']![0] = [2001, 1, 'break'];
		expect(s(p, '')).toBe('data.PRT[0]: expected 2 or 4 items');
		p.data['PRT']![0] = [2001, 1, 'made-up', 'src'];
		expect(s(p, '')).toMatch(/^data\.PRT\[0\]\[2\]: "made-up" is not one of/);
		p.data['PRT']![0] = [2001, 1];
		p.indicator.decimals = '2';
		expect(s(p, '')).toBe('indicator.decimals: expected an integer, got a string');
		p.indicator.indicator_id = 'other';
		p.indicator.decimals = 2;
		expect(s(p, '')).toBe(`indicator: expected the payload of ${DEATHS}`);
	});
});

describe('shape checks', () => {
	it('compose: object fields, tuples, arrays, numbers that are not finite', () => {
		const point = shapeOf<{ name: string; at: [number, number] }>(object({ name: string, at: tuple([number, number]) }));
		expect(point({ name: 'a', at: [1, 2] }, '')).toBeNull();
		expect(point({ name: 'a', at: [1, Infinity] }, 'p')).toBe('p.at[1]: expected a number, got Infinity');
		expect(arrayOf(point, 1)([], 'list')).toBe('list: expected at least 1 item, got 0');
		expect(arrayOf(point)([{ name: 'a', at: [1, 2] }, { name: 2, at: [1, 2] }], 'list')).toBe('list[1].name: expected a string, got a number');
	});
});

describe('fetchPayload', () => {
	const fakeFetch = (status: number, body: string) => async () => new Response(body, { status });
	it('turns a 404, a network error, a 200 with HTML and a 200 with {} into failures; a good file into data', async () => {
		const url = `/map/data/${DEATHS}.json`;
		expect(await fetchPayload(fakeFetch(404, '<!doctype html>'), url, shape)).toEqual({ ok: false, kind: 'http', reason: `${url}: HTTP 404` });
		const net = await fetchPayload(async () => { throw new TypeError('Failed to fetch'); }, url, shape);
		expect(net).toEqual({ ok: false, kind: 'network', reason: `${url}: TypeError: Failed to fetch` });
		expect(await fetchPayload(fakeFetch(200, '<!doctype html><html></html>'), url, shape)).toEqual({ ok: false, kind: 'json', reason: `${url}: an HTML page, not JSON` });
		expect(await fetchPayload(fakeFetch(200, '{}'), url, shape)).toEqual({ ok: false, kind: 'shape', reason: `${url}: indicator_id: missing` });
		const good = await fetchPayload(fakeFetch(200, text), url, shape);
		expect(good.ok && good.data.indicator_id).toBe(DEATHS);
	});
});
