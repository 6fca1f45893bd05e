/**
 * Items grouped by topic, topics in a given order (the catalogue's `topics`), items in their original order within a
 * topic; a topic the order does not know comes after the known ones, in the order first seen, so nothing is dropped.
 * Empty topics are left out. Pure.
 */
export interface TopicGroup<T> {
	topic: string;
	items: T[];
}

export function groupByTopic<T extends { topic: string }>(
	items: readonly T[],
	order: readonly string[]
): TopicGroup<T>[] {
	const byTopic = new Map<string, T[]>();
	for (const it of items) {
		let list = byTopic.get(it.topic);
		if (!list) byTopic.set(it.topic, (list = []));
		list.push(it);
	}
	const known = order.filter((t) => byTopic.has(t));
	const unknown = [...byTopic.keys()].filter((t) => !order.includes(t));
	return [...known, ...unknown].map((topic) => ({ topic, items: byTopic.get(topic)! }));
}
