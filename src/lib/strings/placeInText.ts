/**
 * A place name as it reads inside an English sentence: "the United States", "the Netherlands", "Portugal".
 * Names that take the article are listed explicitly (no guessing from the words).
 */
const WITH_THE = new Set([
	'United States',
	'United Kingdom',
	'Netherlands',
	'Philippines',
	'Czech Republic',
	'Dominican Republic',
	'Central African Republic',
	'Bahamas',
	'Gambia',
	'Maldives',
	'Marshall Islands',
	'Solomon Islands',
	'United Arab Emirates',
	'Comoros',
	'Seychelles',
	'DR Congo',
	'Congo',
	'Faroe Islands',
	'Cayman Islands',
	'Falkland Islands',
	'British Virgin Islands',
	'United States Virgin Islands',
	'Cook Islands',
	'Turks and Caicos Islands'
]);

export function placeInText(name: string): string {
	return WITH_THE.has(name) ? `the ${name}` : name;
}
