/**
 * The lint rule that keeps dependencies pointing one way (eslint.layers.js), run through the project's real
 * eslint.config.js with ESLint's Node API on snippets placed at paths in src/ (the files need not exist).
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layers/direction messages ESLint reports for `code` as if it were the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
	const [r] = await eslint.lintText(code + '\n', { filePath: join(ROOT, path) });
	return (r?.messages ?? []).filter((m) => m.ruleId === 'layers/direction').map((m) => m.message);
}

describe('layers/direction: data → stats/charts/map → state → components → routes', () => {
	// The first lint loads the config and every plugin (seconds on a busy machine); the cases after it are fast.
	beforeAll(() => eslint.lintText('\n', { filePath: join(ROOT, 'src/lib/data/x.ts') }), 120_000);

	const violations: [string, string, RegExp][] = [
		[
			'src/lib/data/x.ts',
			"import type { Series } from '../charts/series.ts';",
			/`data\/` must not import from `charts\/`/
		],
		['src/lib/data/x.ts', "import { reformYear } from '$lib/stats/reform';", /`data\/` must not import from `stats\/`/],
		['src/lib/data/x.ts', "export * from '$lib/map/regions';", /`data\/` must not import from `map\/`/],
		[
			'src/lib/stats/x.ts',
			"import { palette } from '../charts/palette.ts';",
			/`stats\/` must not import from `charts\/`/
		],
		['src/lib/stats/x.ts', "import { isRegion } from '$lib/map/regions';", /`stats\/` must not import from `map\/`/],
		[
			'src/lib/charts/x.ts',
			"import type { MapViewState } from '../state/mapState.ts';",
			/`charts\/` must not import from `state\/`/
		],
		['src/lib/map/x.ts', "const m = await import('$lib/state/mapState');", /`map\/` must not import from `state\/`/],
		[
			'src/lib/map/x.ts',
			"import Legend from '../components/map/MapLegend.svelte';",
			/`map\/` must not import from `components\/`/
		],
		[
			'src/lib/state/x.ts',
			"import LineChart from '$lib/components/LineChart.svelte';",
			/`state\/` must not import from `components\/`/
		],
		[
			'src/lib/components/map/X.ts',
			"import { readData } from '../../server/data.ts';",
			/must not import from `server\/`/
		],
		['src/lib/charts/x.ts', "import { mapCatalogue } from '$lib/server/mapView';", /must not import from `server\/`/],
		[
			'src/lib/data/x.ts',
			"import { load } from '../../routes/map/+page.ts';",
			/src\/lib must not import from src\/routes/
		],
		[
			'src/lib/strings/x.ts',
			"import { reformYear } from '../stats/reform.ts';",
			/`strings\/` may import only types from `stats\/`/
		],
		[
			'src/lib/strings/x.ts',
			"import type { MapViewState } from '$lib/state/mapState';",
			/`strings\/` must not import from `state\/`/
		]
	];
	it.each(violations)('%s: %s is an error', async (path, code, message) => {
		const errors = await layerErrors(path, code);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(message);
	});

	const allowed: [string, string][] = [
		['src/lib/data/x.ts', "import type { Observation } from './types.ts';"],
		['src/lib/data/x.ts', "import { en } from '$lib/strings/en';"],
		['src/lib/data/x.ts', "import Papa from 'papaparse';"],
		['src/lib/stats/x.ts', "import type { Series } from '../data/series.ts';"],
		['src/lib/charts/x.ts', "import type { MapMode } from '../map/mapMode.ts';"],
		['src/lib/map/x.ts', "import { colourBins } from '$lib/charts/colorBins';"],
		['src/lib/state/x.ts', "import { isRegion } from '../map/regions.ts';"],
		// components/map/ is a component folder, not the map layer
		['src/lib/components/X.ts', "import Legend from './map/MapLegend.svelte';"],
		['src/lib/components/map/X.ts', "import { MAP_MODES } from '$lib/state/mapState';"],
		['src/lib/strings/x.ts', "import type { PossessionClass } from '../stats/possessionStatus.ts';"],
		['src/lib/strings/x.ts', "import { type MissingReason } from '../map/mapCells.ts';"],
		['src/lib/server/x.ts', "import type { MapCatalogue } from '$lib/state/mapState';"],
		['src/routes/map/+page.server.ts', "import { mapCatalogue } from '$lib/server/mapView';"],
		['src/routes/map/+page.ts', "import LineChart from '$lib/components/LineChart.svelte';"],
		['src/hooks.ts', "import { base } from '$app/paths';"]
	];
	it.each(allowed)('%s: %s is allowed', async (path, code) => {
		expect(await layerErrors(path, code)).toEqual([]);
	});
});
