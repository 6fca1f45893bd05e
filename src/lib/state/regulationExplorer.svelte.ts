/**
 * The /regulation page's view state in the browser: the map's year, kept in the URL through syncUrl (a slider is a
 * continuous control, so moving it rewrites the history entry once it rests instead of adding entries).
 */
import { parseRegulationView, serializeRegulationView, type RegulationContext } from './regulationState.ts';
import type { UrlView } from './urlSync.ts';

/** Milliseconds the slider must rest before the URL follows. */
const SLIDER_REST = 250;

export class RegulationExplorer implements UrlView {
	readonly replaceKeys = ['year'] as const;
	year: number = $state(0);
	playing: boolean = $state(false);
	readonly query: string = $derived.by(() => serializeRegulationView({ year: this.year }, this.ctx));
	readonly urlWrite = $derived.by(() => ({ query: this.query, delay: SLIDER_REST, allowPush: false }));

	constructor(private readonly ctx: RegulationContext) {
		this.year = ctx.defaults.year;
	}

	get min(): number {
		return this.ctx.min;
	}
	get max(): number {
		return this.ctx.max;
	}

	canonical(search: string): string {
		return serializeRegulationView(parseRegulationView(search, this.ctx), this.ctx);
	}

	enter(search: string): void {
		this.year = parseRegulationView(search, this.ctx).year;
	}
}
