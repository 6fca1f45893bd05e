/**
 * The islands of the page still starting (components/Island.svelte). An island registers its start while it mounts;
 * the root layout, which mounts after its children, marks <html data-hydrated> once every one has settled, live or
 * failed: "hydrated" means every part of the page is interactive or has said why it is not (the end-to-end tests
 * and the benchmark wait for it).
 */
const starting = new Set<Promise<unknown>>();

export function islandStarting(start: Promise<unknown>): void {
	starting.add(start);
	const done = () => starting.delete(start);
	start.then(done, done);
}

/** Resolves once every island registered so far has settled. */
export async function islandsSettled(): Promise<void> {
	await Promise.allSettled([...starting]);
}
