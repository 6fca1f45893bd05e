/**
 * Free text of the policy table (notes, models, event descriptions) as a reader sees it: a vocabulary code quoted in
 * a note ("'subnational_variation' reflects state laws") becomes its label, and ASCII comparisons become symbols
 * ("<=10-day supply" -> "≤10-day supply"). Nothing else is changed. Pure.
 */
import { en } from './en.ts';

const CODES: Record<string, string> = { ...en.policy.possession, ...en.policy.cannabisModel };

export function policyText(text: string): string {
	return text
		.replace(/['‘’"“”]?\b([a-z]+(?:_[a-z]+)+)\b['‘’"“”]?/g, (m, code: string) =>
			CODES[code] ? `“${CODES[code]!.toLowerCase()}”` : m
		)
		.replace(/<=/g, '≤')
		.replace(/>=/g, '≥')
		.replace(/\s->\s/g, ' → ');
}
