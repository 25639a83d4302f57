import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS } from './file-kinds';
import { MAX_REPORTED_ISSUES } from './read-json-file';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const empties = (n: number) => Array.from({ length: n }, () => ({}));

/** Hostile files of every JSON kind: huge arrays of empty elements where lists are expected. */
const FLOODS = {
  pack: { format: 'kompeten.framework-pack', formatVersion: 1, units: empties(30_000) },
  bank: { format: 'kompeten.question-bank', formatVersion: 1, items: empties(20_000) },
  bankSources: {
    format: 'kompeten.question-bank',
    formatVersion: 1,
    sources: empties(200_000),
    items: empties(10),
  },
  request: { format: 'kompeten.signoff-request', version: 1, entries: empties(2_000) },
  response: { format: 'kompeten.signoff-response', version: 2, decisions: empties(2_000) },
  portfolioBundle: {
    format: 'kompeten.portfolio-bundle',
    version: 1,
    data: { practice: { entries: empties(20_000) } },
  },
} as const;

const KIND_OF: Record<keyof typeof FLOODS, keyof typeof FILE_KINDS> = {
  pack: 'pack',
  bank: 'bank',
  bankSources: 'bank',
  request: 'request',
  response: 'response',
  portfolioBundle: 'portfolioBundle',
};

describe('files flooded with elements', () => {
  it.each(Object.keys(FLOODS) as (keyof typeof FLOODS)[])(
    'a %s flood is refused with a short list of what is wrong',
    async (name) => {
      const read = await FILE_KINDS[KIND_OF[name]].decode(bytes(FLOODS[name]));
      expect(read.ok).toBe(false);
      if (read.ok || read.problem.kind !== 'invalid') throw new Error(`not refused as invalid`);
      expect(read.problem.issues.length).toBeGreaterThan(0);
      expect(read.problem.issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
    },
  );

  it('says so when it stopped checking a list early', async () => {
    const read = await FILE_KINDS.bank.decode(bytes(FLOODS.bank));
    const issues = !read.ok && read.problem.kind === 'invalid' ? read.problem.issues : [];
    // The first bad items are named; the check stops, and says after how many.
    expect(issues.some((i) => i.path.startsWith('items[0]'))).toBe(true);
    expect(issues.filter((i) => i.code === 'checking-stopped')).toEqual([
      expect.objectContaining({ path: 'items', params: { after: 20 } }),
    ]);
  });

  it('refuses any large array of junk where a pack is expected, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constant({}), fc.integer(), fc.string(), fc.constant(null)), {
          minLength: 1000,
          maxLength: 5000,
        }),
        fc.constantFrom('units', 'levels', 'domains'),
        async (junk, field) => {
          const pack = { format: 'kompeten.framework-pack', formatVersion: 1, [field]: junk };
          const read = await FILE_KINDS.pack.decode(bytes(pack));
          expect(read.ok).toBe(false);
          if (!read.ok && read.problem.kind === 'invalid')
            expect(read.problem.issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
        },
      ),
      { numRuns: 25 },
    );
  });
});
