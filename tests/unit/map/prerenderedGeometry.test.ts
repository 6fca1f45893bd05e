import { describe, expect, it } from 'vitest';
import { PrerenderedGeometry } from '../../../src/lib/map/prerenderedGeometry.ts';
import type { MapGeometry } from '../../../src/lib/map/projectRegion.ts';

const g: MapGeometry = {
	region: 'world',
	width: 960,
	height: 470,
	shapes: [
		{ iso3: 'PRT', d: 'M1,1l2,0 0,2z' },
		{ iso3: 'ESP', d: 'M4,4l2,0 0,2z' }
	],
	dots: [{ iso3: 'MLT', cx: 5, cy: 6 }],
	dotRadius: 3,
	outline: '',
	context: '',
	places: ['ESP', 'MLT', 'PRT']
};

describe('PrerenderedGeometry', () => {
	it('keeps the whole geometry for the server and a copy without path strings for the page data', () => {
		const p = PrerenderedGeometry.of(g);
		expect(p.full).toBe(g);
		expect(p.pathless.shapes).toEqual(['PRT', 'ESP']);
		expect(p.pathless.context).toBe(false);
		expect(p.pathless.dots).toEqual(g.dots);
		expect(JSON.stringify(p.pathless)).not.toContain('M1,1');
	});
});
