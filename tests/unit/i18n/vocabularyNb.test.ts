/**
 * The Norwegian policy vocabulary comes from data/i18n/nb/vocabulary.csv through the virtual:vocabulary-nb plugin
 * (vite.config.ts): every vocabulary key the English catalogue has must be in the CSV, and the Norwegian catalogue
 * shows exactly the CSV's labels (not a second, typed copy).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readVocabularyNb } from '../../../vite.config.ts';
import { en } from '../../../src/lib/strings/en';
import { nb } from '../../../src/lib/strings/nb';
import { eventTypeNb, serviceLabelsNb, vocabularyNb } from '../../../src/lib/strings/vocabularyNb';

const CSV = 'data/i18n/nb/vocabulary.csv';

/** Each vocabulary of the English catalogue, with the CSV field(s) that hold its Norwegian labels. */
const ENGLISH: { where: string; fields: string[]; keys: string[] }[] = [
	{ where: 'policy.possession', fields: ['possession_status'], keys: Object.keys(en.policy.possession) },
	{ where: 'policy.cannabisModel', fields: ['cannabis_model'], keys: Object.keys(en.policy.cannabisModel) },
	{
		where: 'policy.service',
		fields: ['hat', 'oat', 'nsp', 'dcr', 'drug_checking', 'naloxone'],
		keys: Object.keys(en.policy.service)
	},
	{ where: 'policy.deathPenalty', fields: ['death_penalty_drugs'], keys: Object.keys(en.policy.deathPenalty) },
	{ where: 'policy.caveat', fields: ['possession_caveat'], keys: Object.keys(en.policy.caveat) },
	{ where: 'topics', fields: ['topic'], keys: Object.keys(en.topics) },
	{ where: 'flags', fields: ['flag'], keys: Object.keys(en.flags) },
	{ where: 'reformKinds', fields: ['reform_kind'], keys: Object.keys(en.reformKinds) }
];

/** The keys of the English catalogue that no CSV field of theirs translates, as "where.key (fields)". */
function missing(labels: Record<string, Record<string, string>>): string[] {
	return ENGLISH.flatMap(({ where, fields, keys }) =>
		keys.filter((k) => !fields.some((f) => labels[f]?.[k])).map((k) => `${where}.${k} (${CSV}: ${fields.join('|')})`)
	);
}

describe('the Norwegian policy vocabulary', () => {
	it('has every vocabulary key of the English catalogue', () => {
		expect(missing(vocabularyNb)).toEqual([]);
		expect(ENGLISH.every((e) => e.keys.length > 0)).toBe(true);
	});

	it('names the missing key when a row is taken out of the CSV', () => {
		const text = readFileSync(CSV, 'utf8').replace(/^cannabis_model,social_clubs,.*\n/m, '');
		expect(missing(readVocabularyNb(CSV, text))).toEqual([
			`policy.cannabisModel.social_clubs (${CSV}: cannabis_model)`
		]);
	});

	it('is what the virtual module gives: the CSV read by the plugin, not a copy', () => {
		expect(vocabularyNb).toEqual(readVocabularyNb(CSV));
		expect(vocabularyNb.possession_status!.decriminalised_de_jure).toBe('Avkriminalisert i loven (de jure)');
	});

	it('is what the Norwegian catalogue shows', () => {
		expect(nb.policy.possession).toEqual(vocabularyNb.possession_status);
		expect(nb.policy.cannabisModel).toEqual(vocabularyNb.cannabis_model);
		expect(nb.policy.service).toEqual(serviceLabelsNb());
		expect(nb.policy.service.trial).toBe('Bare forsøk eller pilot');
		expect(nb.topics).toEqual(vocabularyNb.topic);
		expect(nb.flags).toEqual(vocabularyNb.flag);
		expect(nb.reformKinds.consumption_rooms.label).toBe('Sprøyterom (brukerrom)');
		expect(eventTypeNb('dcr_opened')).toBe('Sprøyterom åpnet');
		expect(eventTypeNb('no_such_type')).toBeNull();
	});

	it('names the event types in the rules of each kind of reform with the CSV labels, in «»', () => {
		expect(nb.reformKinds.decriminalisation.rule).toContain(
			'(«avkriminalisering» eller «avkriminalisering i praksis»)'
		);
		expect(nb.reformKinds.heroin_assisted_treatment.rule).toContain('«forsøk med heroinassistert behandling»');
		for (const k of Object.values(nb.reformKinds)) expect(k.rule).not.toMatch(/«[a-z]+_[a-z_]+»|“|”/);
	});

	it('stops the build with the file and line of a broken row', () => {
		expect(() => readVocabularyNb(CSV, 'field,value,en,nb\ntopic,deaths,Deaths,Dødsfall\ntopic,,HIV,Hiv\n')).toThrow(
			`${CSV}:3: a row needs field, value and nb`
		);
	});
});
