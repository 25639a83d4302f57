import { describe, expect, it } from 'vitest';
import { facetCounts, filterCriteria, indexPack } from './filter';
import { makeTestPack } from '../../test/support/pack';
import { normalizeForSearch, queryTerms } from './search';

const pack = makeTestPack();
pack.units[0]!.elements[0]!.criteria[0]!.question =
  'Dapatkah saya menjelaskan prinsip kerahasiaan?';
pack.units[1]!.elements[1]!.criteria[1]!.description =
  'Contoh: mendampingi keluarga Śrī di Denpasar.';
pack.units[2]!.elements[0]!.criteria[0]!.tags.keywords = ['Advokasi'];
const index = indexPack(pack);
const ids = (list: { criterion: { id: string } }[]) => list.map((c) => c.criterion.id);

describe('search normalisation', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeForSearch('  Śrī  RAHAYU, S.Tr.Sos. ')).toBe('sri rahayu s tr sos');
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('Kerahasiaan—Klien')).toEqual(['kerahasiaan', 'klien']);
  });
});

describe('filtering criteria', () => {
  it('returns everything without a filter, in reading order', () => {
    expect(filterCriteria(index, {})).toHaveLength(12);
    expect(ids(filterCriteria(index, {}))[0]).toBe('U1.E1.C1');
  });

  it('finds words in questions and descriptions, whatever the case and accents', () => {
    expect(ids(filterCriteria(index, { query: 'KERAHASIAAN' }))).toEqual(['U1.E1.C1']);
    expect(ids(filterCriteria(index, { query: 'sri denpasar' }))).toEqual(['U2.E2.C2']);
    expect(ids(filterCriteria(index, { query: 'advokasi' }))).toEqual(['U3.E1.C1']);
    expect(filterCriteria(index, { query: 'tidakada' })).toEqual([]);
  });

  it('matches word beginnings, so a partial word still finds its criterion', () => {
    expect(ids(filterCriteria(index, { query: 'rahasia' }))).toEqual([]);
    expect(ids(filterCriteria(index, { query: 'kerahas' }))).toEqual(['U1.E1.C1']);
  });

  it('combines filters by domain, level and tag', () => {
    const skills = filterCriteria(index, { domain: 'skills' });
    expect(skills.every((c) => c.unit.domain === 'skills')).toBe(true);
    expect(skills).toHaveLength(4);
    const asisten = filterCriteria(index, { level: 'asisten' });
    expect(asisten.every((c) => c.criterion.levels.includes('asisten'))).toBe(true);
    const both = filterCriteria(index, { domain: 'skills', practiceLevel: 'makro' });
    expect(both.every((c) => c.criterion.tags.practiceLevels?.includes('makro'))).toBe(true);
    expect(both.length).toBeLessThan(skills.length);
  });

  it('counts each facet value under the other active filters', () => {
    const counts = facetCounts(index, { domain: 'skills' });
    // The domain facet ignores its own filter, so every domain keeps its count.
    expect(counts.domain.values.get('knowledge')).toBe(4);
    expect(counts.domain.values.get('skills')).toBe(4);
    expect(counts.domain.total).toBe(12);
    // Other facets count only within skills.
    expect(counts.practiceLevel.total).toBe(4);
    expect(counts.practiceLevel.values.get('makro')).toBe(
      filterCriteria(index, { domain: 'skills', practiceLevel: 'makro' }).length,
    );
  });

  it('counts a criterion with several tags once in the total and once under each tag', () => {
    const multi = makeTestPack({ units: 1, elementsPerUnit: 1, criteriaPerElement: 2 });
    multi.units[0]!.elements[0]!.criteria[0]!.tags.stages = ['asesmen', 'rencana-intervensi'];
    const counts = facetCounts(indexPack(multi), {});
    expect(counts.stage.total).toBe(2);
    expect(counts.stage.values.get('asesmen')).toBe(1);
    expect(counts.stage.values.get('rencana-intervensi')).toBe(1);
  });
});
