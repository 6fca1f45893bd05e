/**
 * Whether a country page sets its policy timeline beside the policy card (a narrow side column) or below it (full
 * width). Beside saves a screen of height when the timeline is short next to the card; a long timeline (the United
 * States, Canada) in a narrow column would run far below the card and leave a hole, so it goes below. Pure.
 *
 * Both are estimated from the text they hold: facts, event titles and descriptions, and the citations printed with
 * them. Measured on the built pages at 1280 px, the card (two columns of ~360 px) shows ~3.4 characters per pixel of
 * height and a 270 px timeline ~1.3, so the timeline is the shorter of the two while it holds less than ~0.39 of the
 * card's text; BESIDE_MAX leaves a little slack, since an uneven finish by a few lines is better than a full-width
 * timeline under the card.
 */
export const BESIDE_MAX = 0.45;

interface Cited {
	publisher: string;
	title: string;
}

const refs = (list: string): string[] =>
	list
		.split(';')
		.map((r) => r.trim())
		.filter(Boolean);
const citedLength = (list: string, citations: Record<string, Cited>): number =>
	refs(list).reduce(
		(n, r) => n + (citations[r] ? citations[r]!.publisher.length + citations[r]!.title.length + 20 : 0),
		0
	);

/** Characters the policy card prints: each filled fact (plus a row's worth of overhead) and its citations. */
export function cardWeight(policy: Record<string, string> | null, citations: Record<string, Cited>): number {
	if (!policy) return 0;
	let n = 0;
	for (const [k, v] of Object.entries(policy)) {
		if (!v || k === 'iso3') continue;
		n += k.endsWith('_ref') ? citedLength(v, citations) : v.length + 40;
	}
	return n;
}

/** Characters the timeline prints: title, description and citations of each event, plus its date line. */
export function timelineWeight(
	events: readonly { title: string; description: string; ref: string }[],
	citations: Record<string, Cited>
): number {
	return events.reduce((n, e) => n + e.title.length + e.description.length + citedLength(e.ref, citations) + 60, 0);
}

export function timelineBeside(card: number, timeline: number): boolean {
	return card > 0 && timeline <= BESIDE_MAX * card;
}
