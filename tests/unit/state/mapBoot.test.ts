/**
 * The map's start file (/map/boot/<lang>.json, state/mapBoot.ts): what the build writes passes the check the browser
 * makes, carries no path strings, and a missing, damaged or wrong file is refused with a reason that names it.
 */
import { describe, expect, it } from 'vitest';
import { hasShape } from '../../../src/lib/data/shape.ts';
import { mapBoot, mapPage } from '../../../src/lib/server/mapView.ts';
import { loadMapPage, mapBootShape, type MapBoot } from '../../../src/lib/state/mapBoot.ts';
import type { PathlessGeometry } from '../../../src/lib/map/prerenderedGeometry.ts';

const URL = '/map/boot/en.json';
const VERSION = { id: 'v1', asOf: '2026-01-01', hash: '0123456789' };
const respond = (body: string, status = 200) => Promise.resolve(new Response(body, { status }));
const restoreAs = (g: PathlessGeometry) => Promise.resolve({ ...mapPage('en').initialGeometry, region: g.region });

describe('the map’s start file', () => {
	it('is what the island is prerendered with, less the path strings and the version', () => {
		for (const lang of ['en', 'nb'] as const) {
			const boot = mapBoot(lang);
			const page = mapPage(lang);
			expect(hasShape(mapBootShape, boot)).toBe(true);
			expect(boot.initialData).toEqual(page.initialData);
			expect(boot.indicators).toEqual(page.indicators);
			expect(boot.places).toEqual(page.places);
			expect(boot.initialGeometry.shapes).toEqual(page.initialGeometry.shapes.map((s) => s.iso3));
			const json = JSON.stringify(boot);
			expect(page.initialGeometry.shapes.filter((s) => json.includes(s.d))).toEqual([]);
			expect(json).not.toContain(page.version.hash);
		}
		expect(mapBoot('nb').places['CZE']!.name).toBe('Tsjekkia');
	});

	it('is refused when a part is missing or a point names a source that is not listed', () => {
		const boot = mapBoot('en');
		const { places: _places, ...noPlaces } = boot;
		expect(mapBootShape(noPlaces, '')).toMatch(/places/);
		const [iso3, pts] = Object.entries(boot.initialData.places)[0]!;
		const badPoint: MapBoot = {
			...boot,
			initialData: { ...boot.initialData, places: { ...boot.initialData.places, [iso3]: [[pts[0]![0]!, 1, 0, 99]] } }
		};
		expect(mapBootShape(badPoint, '')).toMatch(/initialData.*source that is not listed/);
		expect(mapBootShape({ ...boot, initialGeometry: { ...boot.initialGeometry, region: 'mars' } }, '')).toMatch(
			/initialGeometry\.region/
		);
	});

	it('loads into the island’s data: geometry made whole, the version added', async () => {
		const boot = mapBoot('en');
		let asked: PathlessGeometry | null = null;
		const data = await loadMapPage(respond(JSON.stringify(boot)), URL, (g) => ((asked = g), restoreAs(g)), VERSION);
		expect(asked).toEqual(boot.initialGeometry);
		expect(data.initialGeometry.shapes[0]!.d.length).toBeGreaterThan(5);
		expect(data.version).toEqual(VERSION);
		expect(data.initialData).toEqual(boot.initialData);
	});

	it('says which file failed and how: HTTP status, damaged JSON, wrong shape, network', async () => {
		const load = (r: Promise<Response>) => loadMapPage(r, URL, restoreAs, VERSION);
		await expect(load(respond('gone', 404))).rejects.toThrow('/map/boot/en.json: HTTP 404');
		await expect(load(respond('{"catalogue":'))).rejects.toThrow(/^\/map\/boot\/en\.json: .*JSON/);
		await expect(load(respond('{"catalogue":{}}'))).rejects.toThrow(/^\/map\/boot\/en\.json: .*defaultIndicator/);
		await expect(load(Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow(
			'/map/boot/en.json: TypeError: Failed to fetch'
		);
	});
});
