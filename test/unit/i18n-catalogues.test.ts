import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../renderer/src/app/sections';
import { LOCALES } from '../../renderer/src/i18n';
import { catalogues, namespaceOf, resources } from '../../renderer/src/i18n/resources';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../../shared/domain/fields-of-practice';
import { LEVELS } from '../../shared/domain/levels';
import { PROFILE_ERRORS } from '../../shared/profile/profile';
import { FACET_VALUES } from '../../shared/framework/filter';
import { IDENTITY_KINDS } from '../../shared/confidentiality/detect';
import { CV_CHOICES, CV_ERRORS, CV_FIELD_KEYS, CV_SECTIONS } from '../../shared/portfolio/cv';
import { ESSAY_DOMAINS } from '../../shared/portfolio/self-description';
import { EVIDENCE_ERRORS, EVIDENCE_TYPES, VATM_RULES } from '../../shared/assessment/assessment';
import { FILE_ISSUES } from '../../shared/files/file-issues';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../shared/settings/settings';

type Tree = { [key: string]: string | Tree };

const I18N_DIR = path.resolve(import.meta.dirname, '../../renderer/src/i18n');

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1] ?? '').sort();

/** `x_one` → ['x', 'one']; a key without a plural suffix → null. */
const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;
const pluralOf = (key: string) => {
  const match = PLURAL_SUFFIX.exec(key);
  return match ? { base: match[1]!, category: match[2]! } : null;
};

/** What a language's plural rules ask for, e.g. ['one', 'other'] for English. */
const categoriesOf = (language: string) =>
  [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();

const leavesOf = (language: string) => new Map(leaves(catalogues[language] as unknown as Tree));
const idLeaves = leavesOf(DEFAULT_LANGUAGE);

/** The Indonesian key a language's key corresponds to: plural forms all map to `x_other`. */
const indonesianKeyOf = (key: string) => {
  const plural = pluralOf(key);
  return plural ? `${plural.base}_other` : key;
};

const filesIn = (dir: string) =>
  readdirSync(path.join(I18N_DIR, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -'.ts'.length))
    .sort();

const languageDirs = readdirSync(I18N_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * The namespaces catalogue.ts lists for TypeScript, read from its syntax: each member of
 * `IndonesianCatalogue` with the file its `typeof` names.
 */
function listedNamespaces(): { namespace: string; file: string | undefined }[] {
  const file = path.join(I18N_DIR, 'catalogue.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const importedFrom = new Map<string, string>();
  let members: ts.NodeArray<ts.TypeElement> | undefined;
  source.forEachChild((node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const name = node.importClause?.name?.text;
      if (name) importedFrom.set(name, node.moduleSpecifier.text);
    }
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'IndonesianCatalogue') {
      members = node.members;
    }
  });
  if (!members) throw new Error('catalogue.ts has no interface IndonesianCatalogue');
  return members.map((member) => {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeQueryNode(member.type)) {
      throw new Error(`IndonesianCatalogue: ${member.getText(source)} is not \`name: typeof x\``);
    }
    const identifier = member.type.exprName.getText(source);
    return { namespace: member.name.getText(source), file: importedFrom.get(identifier) };
  });
}

describe('message catalogue files', () => {
  it('are one folder per language in the language table, and no other folder', () => {
    expect(languageDirs).toEqual([...LANGUAGES].sort());
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('are one file per namespace, named in kebab-case, the same in every language', () => {
    const idFiles = filesIn(DEFAULT_LANGUAGE);
    for (const language of LANGUAGES) {
      expect(filesIn(language), language).toEqual(idFiles);
      for (const name of filesIn(language)) {
        expect(name, `${language}/${name}.ts`).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      }
    }
  });

  it('are all found by the build, each file as its namespace', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(catalogues[language] ?? {}).sort(), language).toEqual(
        filesIn(language).map(namespaceOf).sort(),
      );
    }
  });

  it('are listed for TypeScript exactly as the Indonesian files are (catalogue.ts)', () => {
    const listed = listedNamespaces();
    expect(listed.map((entry) => entry.namespace).sort()).toEqual(
      filesIn(DEFAULT_LANGUAGE).map(namespaceOf).sort(),
    );
    for (const { namespace, file } of listed) {
      const expected = filesIn(DEFAULT_LANGUAGE).find((name) => namespaceOf(name) === namespace);
      expect(file, namespace).toBe(`./${DEFAULT_LANGUAGE}/${expected}`);
    }
  });
});

describe.each(LANGUAGES)('the %s catalogue', (language) => {
  const own = leavesOf(language);

  it('has the keys of the Indonesian one, plural forms aside', () => {
    const expected = new Set([...idLeaves.keys()].map(indonesianKeyOf));
    expect([...new Set([...own.keys()].map(indonesianKeyOf))].sort()).toEqual([...expected].sort());
  });

  it('has each plural form its plural rules need, and no other', () => {
    const families = new Map<string, string[]>();
    for (const key of own.keys()) {
      const plural = pluralOf(key);
      if (plural)
        families.set(plural.base, [...(families.get(plural.base) ?? []), plural.category]);
    }
    const needed = categoriesOf(language);
    expect(families.size).toBeGreaterThan(0);
    for (const [base, categories] of families) expect(categories.sort(), base).toEqual(needed);
  });

  it('has no empty messages', () => {
    for (const [key, text] of own) expect(text.trim(), key).not.toBe('');
  });

  it('uses the placeholders of the Indonesian message', () => {
    // A plural form may leave the number out ("The column {{names}} …"): i18next passes it anyway.
    const withoutCount = (names: string[]) => names.filter((name) => name !== 'count');
    for (const [key, text] of own) {
      const expected = placeholders(idLeaves.get(indonesianKeyOf(key))!);
      if (pluralOf(key))
        expect(withoutCount(placeholders(text)), key).toEqual(withoutCount(expected));
      else expect(placeholders(text), key).toEqual(expected);
    }
  });

  it('picks its plural forms by count, as i18next reads them', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: language, fallbackLng: false, initAsync: false });
    for (const count of [0, 1, 2, 5, 21]) {
      const category = new Intl.PluralRules(language).select(count);
      expect(instance.t('essays.words', { count })).toBe(
        own.get(`essays.words_${category}`)!.replace('{{count}}', String(count)),
      );
    }
  });

  it('words every check of a file, with exactly the parameters the check passes', () => {
    for (const [code, params] of Object.entries(FILE_ISSUES)) {
      const key = `fileProblems.issues.${code}`;
      expect(own.has(key), key).toBe(true);
      expect(placeholders(own.get(key) ?? ''), key).toEqual([...params].sort());
    }
  });
});

describe('the Indonesian catalogue', () => {
  it('keeps only the plural form Indonesian has ("other")', () => {
    expect(categoriesOf('id')).toEqual(['other']);
    expect([...idLeaves.keys()].filter((key) => pluralOf(key)?.category === 'one')).toEqual([]);
  });

  it('names every section, level, field of practice, tag, evidence rule and error code', () => {
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
});
