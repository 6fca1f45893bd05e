/** Palette slot of a group (charts/palette.ts, colour-blind safe): its place in the rule's list; "unknown" is grey. */
import { seriesColor, seriesVar } from '$lib/charts/palette';

/** Grey of the palette (slot 5), kept for "unknown". */
const UNKNOWN_SLOT = 5;
/** Group order → slot, skipping the grey. */
const SLOTS = [0, 1, 2, 3, 4, 6, 7];

export function groupSlot(groups: readonly string[], group: string): number {
	const i = groups.indexOf(group);
	return i < 0 ? UNKNOWN_SLOT : SLOTS[i % SLOTS.length]!;
}
export const groupVar = (groups: readonly string[], group: string) => seriesVar(groupSlot(groups, group));
export const groupHex = (groups: readonly string[], group: string) => seriesColor(groupSlot(groups, group));
