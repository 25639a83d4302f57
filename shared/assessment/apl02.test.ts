import { describe, expect, it } from 'vitest';
import { makeTestPack } from '../../test/support/pack';
import type { Evidence } from './assessment';
import { buildApl02 } from './apl02';

const pack = makeTestPack({ units: 2, elementsPerUnit: 2, criteriaPerElement: 3 });
const evidence: Evidence = {
  id: 'e1',
  title: 'Laporan kasus',
  date: '2026-11-01',
  type: 'TL',
  description: '',
  link: '',
  vatm: { valid: true, asli: true, terkini: true, memadai: true },
  criterionRefs: ['test-pack/U1.E1.C1', 'test-pack/U2.E2.C3', 'other/U1.E1.C2'],
  createdAt: '',
  updatedAt: '',
};

describe('APL-02 layout', () => {
  it('keeps the unit → element → criterion order with K/BK and evidence', () => {
    const answers = new Map([['U1.E1.C1', { judgement: 'K' as const, rubricLevel: 3 as const }]]);
    const units = buildApl02(pack, undefined, answers, [evidence]);
    expect(units.map((u) => u.code)).toEqual(['U.1', 'U.2']);
    const first = units[0]!.elements[0]!.criteria[0]!;
    expect(first).toMatchObject({ id: 'U1.E1.C1', judgement: 'K', rubricLevel: 3 });
    expect(first.evidence).toEqual([
      { id: 'e1', title: 'Laporan kasus', type: 'TL', date: '2026-11-01', vatm: true },
    ]);
    // Evidence for the same id in another pack does not count here.
    expect(units[0]!.elements[0]!.criteria[1]!.evidence).toEqual([]);
    expect(units[1]!.elements[1]!.criteria[2]!.evidence).toHaveLength(1);
  });

  it('shows only the criteria of the candidate’s level and drops empty branches', () => {
    const units = buildApl02(pack, 'asisten', new Map(), []);
    const ids = units.flatMap((u) => u.elements.flatMap((e) => e.criteria.map((c) => c.id)));
    const expected = pack.units.flatMap((u) =>
      u.elements.flatMap((e) =>
        e.criteria.filter((c) => c.levels.includes('asisten')).map((c) => c.id),
      ),
    );
    expect(ids).toEqual(expected);
    expect(units.every((u) => u.elements.every((e) => e.criteria.length > 0))).toBe(true);
  });
});
