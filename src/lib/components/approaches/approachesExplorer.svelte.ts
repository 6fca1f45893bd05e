/**
 * The live state of /approaches: the view (rule, year, outcome, x measure) held in the URL (state/approachesState.ts,
 * syncUrl), the outcome rows loaded so far, and what the page derives from them: each country's class in the year,
 * the group trends and the scatter points. The classifier, trends and points are the pure modules of stats/.
 * Outcomes other than the default load from /compare/data/<id>.json (the same file /compare reads).
 */
import { base } from '$app/paths';
import type { ApproachesData, Row } from '$lib/state/approachesState';
import { approachClassifier, APPROACH_RULES, type ApproachRule } from '$lib/stats/approachRules';
import { groupTrends } from '$lib/stats/groupTrends';
import { scatterPoints, X_INDICATORS, type ScatterPolicy } from '$lib/stats/approachScatter';
import { UNKNOWN } from '$lib/stats/typology';
import {
	parseApproachesView,
	serializeApproachesView,
	type ApproachesContext,
	type ApproachesView
} from '$lib/state/approachesState';

/** Rows of a /compare/data payload for the countries asked for; null when the file is not that shape. */
export function rowsOfPayload(payload: unknown, keep: ReadonlySet<string>): Row[] | null {
	const p = payload as { indicator?: { source_id?: unknown }; data?: unknown };
	if (!p || typeof p !== 'object' || !p.data || typeof p.data !== 'object') return null;
	const main = typeof p.indicator?.source_id === 'string' ? p.indicator.source_id : '';
	const out: Row[] = [];
	for (const [iso3, points] of Object.entries(p.data as Record<string, unknown>)) {
		if (!keep.has(iso3) || !Array.isArray(points)) continue;
		for (const pt of points) {
			if (!Array.isArray(pt) || typeof pt[0] !== 'number' || typeof pt[1] !== 'number') return null;
			out.push({
				iso3,
				year: pt[0],
				value: pt[1],
				flag: (typeof pt[2] === 'string' ? pt[2] : '') as Row['flag'],
				source_id: typeof pt[3] === 'string' ? pt[3] : main
			});
		}
	}
	return out;
}

export class ApproachesExplorer {
	readonly data: ApproachesData;
	readonly context: ApproachesContext;
	view: ApproachesView = $state() as ApproachesView;
	rowsById: Record<string, Row[]> = $state({});
	loading = $state(false);
	/** Id of the outcome that failed to load (the previous one stays). */
	failure = $state<string | null>(null);
	readonly classifier: ReturnType<typeof approachClassifier>;
	private readonly keep: Set<string>;
	private readonly policyOf: Map<string, ScatterPolicy>;

	constructor(data: ApproachesData) {
		this.data = data;
		this.context = {
			outcomes: data.outcomes.map((o) => o.indicator_id),
			years: data.years,
			defaults: data.defaults
		};
		this.view = { ...data.defaults };
		this.rowsById = { ...data.outcomeRows };
		this.classifier = approachClassifier(data.policies, data.events);
		this.keep = new Set(data.policies.map((p) => p.iso3));
		this.policyOf = new Map(data.policies.map((p) => [p.iso3, p]));
	}

	readonly rule = $derived.by(() => APPROACH_RULES[this.view.rule] as ApproachRule);
	readonly outcome = $derived.by(() => this.data.outcomes.find((o) => o.indicator_id === this.view.outcome)!);
	readonly rows = $derived.by(() => this.rowsById[this.view.outcome] ?? []);
	/** Each country's classification in the chosen year, in policy-table order. */
	readonly classes = $derived.by(() =>
		this.classifier.countries.map((iso3) => this.classifier.classify(this.view.rule, iso3, this.view.year))
	);
	readonly trends = $derived.by(() => {
		const groupOf = this.classifier.groupOf(this.view.rule);
		return groupTrends(
			[{ indicator: this.outcome, observations: this.rows }],
			(iso3, year) => {
				const g = groupOf(iso3, year);
				return g === UNKNOWN ? null : g;
			},
			this.rule.groups
		);
	});
	readonly scatter = $derived.by(() =>
		scatterPoints({
			countries: this.classifier.countries,
			year: this.view.year,
			measure: this.view.x,
			groupOf: this.classifier.groupOf(this.view.rule),
			policyOf: (iso3) => this.policyOf.get(iso3),
			y: this.rows,
			xRows:
				this.view.x === 'ost' || this.view.x === 'needles' ? (this.data.xRows[X_INDICATORS[this.view.x]] ?? []) : []
		})
	);

	// The address bar (urlSync.ts, syncUrl.svelte.ts): the year is a continuous control.
	readonly replaceKeys = ['year'] as const;
	readonly query = $derived.by(() => serializeApproachesView(this.view, this.context));
	readonly urlWrite = $derived.by(() => (this.loading ? null : { query: this.query, delay: 150, allowPush: true }));
	canonical(search: string): string {
		return serializeApproachesView(parseApproachesView(search, this.context), this.context);
	}
	enter(search: string): void {
		const v = parseApproachesView(search, this.context);
		if (serializeApproachesView(v, this.context) !== this.query) void this.set(v);
	}

	/** Change part of the view; a new outcome is loaded first (on failure the previous one stays, and says so). */
	async set(patch: Partial<ApproachesView>): Promise<void> {
		const next = { ...this.view, ...patch };
		if (!this.rowsById[next.outcome]) {
			this.loading = true;
			try {
				const res = await fetch(`${base}/compare/data/${encodeURIComponent(next.outcome)}.json`);
				const rows = res.ok ? rowsOfPayload(await res.json(), this.keep) : null;
				if (!rows) throw new Error('malformed');
				this.rowsById = { ...this.rowsById, [next.outcome]: rows };
				this.failure = null;
			} catch {
				this.failure = next.outcome;
				next.outcome = this.view.outcome;
			} finally {
				this.loading = false;
			}
		} else this.failure = null;
		this.view = next;
	}
}
