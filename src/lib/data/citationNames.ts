/**
 * Short names for a free-text citation of the policy tables ("EMCDDA Sweden Country Drug Report 2017, Drug laws
 * http://… ; https://www.talkingdrugs.org/… (Release/TalkingDrugs/IDPC map; …)"), for places with room for a name
 * but not for an address: a tooltip says who published it, the country page links to the full text. Each part
 * (split at ";" or " | ") gives its words before the address, or else the address's host name; remarks in
 * parentheses are dropped. Pure.
 */

/** Remove parenthesised remarks, nested ones included; an unclosed "(" drops the rest of the text. */
function withoutRemarks(s: string): string {
	let out = '';
	let depth = 0;
	for (const ch of s) {
		if (ch === '(') depth++;
		else if (ch === ')' && depth > 0) depth--;
		else if (depth === 0) out += ch;
	}
	return out;
}

/** A web address: with its scheme, or a host name followed by a path ("github.com/…"). A bare host name
 * ("service-public.fr") is how some citations name the publisher, and stays. */
const ADDRESS = /https?:\/\/\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*/g;
/** Linking words left over once the address is gone ("… 2019 via", "summary at"). */
const DANGLING = /(?:[\s,:;–—-]+|\b(?:via|at|from|in|see|summary|and)\s*)+$/i;

function hostOf(address: string): string {
	const host = /^(?:https?:\/\/)?([^/?#\s]+)/i.exec(address)?.[1] ?? '';
	return host.toLowerCase().replace(/^www\./, '');
}

/** The names in a citation, in order, without repeats ([] for a blank one). */
export function citationNames(raw: string): string[] {
	const names: string[] = [];
	for (const part of withoutRemarks(raw ?? '').split(/\s+\|\s+|;/)) {
		const addresses = part.match(ADDRESS) ?? [];
		const words = part.replace(ADDRESS, ' ').replace(/\s+/g, ' ').replace(/ ([,.:])/g, '$1').replace(DANGLING, '').replace(/^[\s,:;–—-]+/, '').trim();
		// A single lower-case word ("text") is not a name: the host says more.
		const name = words && !/^[a-z]+$/.test(words) ? words : addresses.length ? hostOf(addresses[0]!) : words;
		if (name && !names.includes(name)) names.push(name);
	}
	return names;
}
