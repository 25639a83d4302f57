import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../renderer/src/app/sections';
import { en } from '../../renderer/src/i18n/en';
import { id } from '../../renderer/src/i18n/id';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../shared/domain/fields-of-practice';
import { LEVELS } from '../../shared/domain/levels';
import { PROFILE_ERRORS } from '../../shared/profile/profile';
import { FACET_VALUES } from '../../shared/framework/filter';
import { IDENTITY_KINDS } from '../../shared/confidentiality/detect';
import { CV_CHOICES, CV_ERRORS, CV_FIELD_KEYS, CV_SECTIONS } from '../../shared/portfolio/cv';
import { ESSAY_DOMAINS } from '../../shared/portfolio/self-description';
import { EVIDENCE_ERRORS, EVIDENCE_TYPES, VATM_RULES } from '../../shared/assessment/assessment';
import { FILE_ISSUES } from '../../shared/files/file-issues';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const idLeaves = new Map(leaves(id));
const enLeaves = new Map(leaves(en));

describe('message catalogues', () => {
  it('have exactly the same keys in Indonesian and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...idLeaves.keys()].sort());
  });

  it('have no empty messages', () => {
    for (const [key, text] of [...idLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of idLeaves) {
      expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('name every section, level, field of practice, tag, evidence rule and error code', () => {
    const needed = [
      ...SECTIONS.map((s) => `nav.${s.key}`),
      ...SECTIONS.filter((s) => 'planned' in s).map((s) => `unavailable.plans.${s.key}`),
      ...LEVELS.map((l) => `levels.${l}`),
      ...DEFAULT_FIELDS_OF_PRACTICE.map((f) => `fields.${f}`),
      ...Object.values(PROFILE_ERRORS).map((code) => `validation.${code}`),
      ...(['practiceLevel', 'function', 'task', 'practiceForm', 'stage'] as const).flatMap(
        (facet) => FACET_VALUES[facet].map((value) => `vocab.${facet}.${value}`),
      ),
      ...Object.values(EVIDENCE_ERRORS).map((code) => `evidence.errors.${code}`),
      ...EVIDENCE_TYPES.map((type) => `evidence.types.${type}`),
      ...VATM_RULES.map((rule) => `evidence.vatm.${rule}`),
      ...IDENTITY_KINDS.map((kind) => `confidentiality.kinds.${kind}`),
      ...CV_SECTIONS.flatMap((s) =>
        ['title', 'hint', 'add'].map((k) => `cv.sections.${s.id}.${k}`),
      ),
      ...CV_FIELD_KEYS.map((key) => `cv.fields.${key}`),
      ...Object.entries(CV_CHOICES).flatMap(([group, values]) =>
        values.map((value) => `cv.choices.${group}.${value}`),
      ),
      ...Object.values(CV_ERRORS).map((code) => `cv.errors.${code}`),
      ...ESSAY_DOMAINS.map((domain) => `essays.domains.${domain}`),
      ...['blank', 'short', 'ready'].map((status) => `essays.status.${status}`),
    ];
    for (const key of needed) expect(idLeaves.has(key), key).toBe(true);
  });

  it('word every check of a file, with exactly the parameters the check passes', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [code, params] of Object.entries(FILE_ISSUES)) {
      const key = `fileProblems.issues.${code}`;
      expect(idLeaves.has(key), key).toBe(true);
      expect(placeholders(idLeaves.get(key) ?? ''), key).toEqual([...params].sort());
    }
  });
});
