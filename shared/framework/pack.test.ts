import { describe, expect, it } from 'vitest';
import { fileIssueOf } from '../files/file-issues';
import { frameworkPackSchema } from './pack';
import { makeTestPack } from '../../test/support/pack';

/** Issues of parsing `pack` as "path: message" lines; the app's own checks as code and parameters. */
function problems(pack: unknown): string[] {
  const result = frameworkPackSchema.safeParse(pack);
  return result.success
    ? []
    : result.error.issues.map((issue) => {
        const own = fileIssueOf(issue);
        const said = own ? `${own.code} ${JSON.stringify(own.params)}` : issue.message;
        return `${issue.path.join('.')}: ${said}`;
      });
}

const valid = () => structuredClone(makeTestPack());

describe('framework pack schema', () => {
  it('accepts a valid pack and fills in empty tags', () => {
    const pack = valid();
    delete (pack.units[0]!.elements[0]!.criteria[0] as { tags?: unknown }).tags;
    const parsed = frameworkPackSchema.parse(pack);
    expect(parsed.units[0]?.elements[0]?.criteria[0]?.tags).toEqual({});
  });

  it.each([
    ['not an object', null, ''],
    ['another file format', { ...valid(), format: 'kompeten.backup' }, 'format'],
    ['a newer format version', { ...valid(), formatVersion: 2 }, 'formatVersion'],
    ['a bad version', { ...valid(), version: 'v1' }, 'version'],
    ['no units', { ...valid(), units: [] }, 'units'],
    ['a missing domain', { ...valid(), domains: valid().domains.slice(0, 2) }, 'domains'],
    ['an unknown field', { ...valid(), extra: true }, ''],
  ])('rejects %s', (_label, pack, path) => {
    const found = problems(pack);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((p) => p.startsWith(`${path}:`))).toBe(true);
  });

  it('points at the exact criterion with a problem', () => {
    const pack = valid();
    pack.units[1]!.elements[0]!.criteria[1]!.question = '';
    pack.units[2]!.elements[1]!.criteria[0]!.levels = ['ahli' as never];
    expect(problems(pack)).toEqual([
      expect.stringMatching(/^units\.1\.elements\.0\.criteria\.1\.question: /),
      expect.stringMatching(/^units\.2\.elements\.1\.criteria\.0\.levels\.0: /),
    ]);
  });

  it('rejects exam weights that do not add up to 100', () => {
    const pack = valid();
    pack.domains[2]!.examWeight = 50;
    expect(problems(pack)).toEqual(['domains: weights-not-100 {"total":110}']);
  });

  it('rejects a duplicated id and names where it was first used', () => {
    const pack = valid();
    pack.units[1]!.elements[1]!.criteria[0]!.id = 'U1.E1.C1';
    expect(problems(pack)).toEqual([
      'units.1.elements.1.criteria.0.id: id-used-twice {"id":"U1.E1.C1","first":"units.0.elements.0.criteria.0.id"}',
    ]);
  });

  it('rejects a level the pack does not declare', () => {
    const pack = valid();
    pack.levels = pack.levels.filter((l) => l.id !== 'spesialis');
    expect(problems(pack).some((p) => p.includes('level-not-declared {"level":"spesialis"}'))).toBe(
      true,
    );
  });

  it('rejects tags outside the vocabularies', () => {
    const pack = valid();
    (pack.units[0]!.elements[0]!.criteria[0]!.tags as Record<string, unknown>)['practiceLevels'] = [
      'global',
    ];
    (pack.units[0]!.elements[0]!.criteria[1]!.tags as Record<string, unknown>)['mood'] = ['happy'];
    const found = problems(pack);
    expect(
      found.some((p) => p.startsWith('units.0.elements.0.criteria.0.tags.practiceLevels.0')),
    ).toBe(true);
    expect(found.some((p) => p.startsWith('units.0.elements.0.criteria.1.tags'))).toBe(true);
  });
});
