import { describe, expect, it } from 'vitest';
import type { RubricLevel } from '../framework/pack';
import { makeTestPack } from '../../test/support/pack';
import { allCriteria } from '../framework/tree';
import { criterionRef } from './assessment';
import { computeReadiness, levelToPercent } from './readiness';

// 3 units (knowledge, values, skills) × 2 elements × 2 criteria = 12 criteria.
const pack = makeTestPack();
const ids = allCriteria(pack).map((c) => c.criterion.id);
const vatm = (ok: boolean) => ({ valid: ok, asli: ok, terkini: ok, memadai: ok });
const rate = (entries: [string, RubricLevel][]) =>
  new Map(entries.map(([id, rubricLevel]) => [id, { rubricLevel }]));

describe('readiness', () => {
  it('maps rubric levels to mastery from 0 to 100 %', () => {
    const percents = [1, 2, 3, 4].map((l) => levelToPercent(l as RubricLevel));
    [0, 100 / 3, 200 / 3, 100].forEach((expected, i) =>
      expect(percents[i]).toBeCloseTo(expected, 9),
    );
  });

  it('has no scores before anything is answered, but counts what applies', () => {
    const r = computeReadiness(pack, undefined, new Map(), []);
    expect(r.overall).toBeNull();
    expect(r.domains.map((d) => d.score)).toEqual([null, null, null]);
    expect(r.coverage).toEqual({ total: 12, answered: 0, withEvidence: 0, vatmMet: 0 });
  });

  it('scores each domain over its answered criteria and weights them 30/30/40', () => {
    // knowledge: U1 (ids 0–3), values: U2 (4–7), skills: U3 (8–11)
    const answers = rate([
      [ids[0]!, 4],
      [ids[1]!, 2],
      [ids[4]!, 3],
      [ids[8]!, 1],
      [ids[9]!, 4],
    ]);
    const r = computeReadiness(pack, undefined, answers, []);
    const score = (id: string) => r.domains.find((d) => d.id === id)?.score;
    expect(score('knowledge')).toBeCloseTo((100 + 100 / 3) / 2, 5);
    expect(score('values')).toBeCloseTo(200 / 3, 5);
    expect(score('skills')).toBeCloseTo(50, 5);
    const expected = (0.3 * (100 + 100 / 3)) / 2 + 0.3 * (200 / 3) + 0.4 * 50;
    expect(r.overall).toBeCloseTo(expected, 5);
    expect(r.coverage.answered).toBe(5);
  });

  it('withholds the overall score while a domain has no answers', () => {
    const r = computeReadiness(pack, undefined, rate([[ids[0]!, 4]]), []);
    expect(r.overall).toBeNull();
    expect(r.domains[0]?.score).toBe(100);
  });

  it('counts only the criteria of the candidate’s level', () => {
    const asisten = allCriteria(pack).filter((c) => c.criterion.levels.includes('asisten'));
    const r = computeReadiness(pack, 'asisten', new Map(), []);
    expect(r.coverage.total).toBe(asisten.length);
    expect(r.coverage.total).toBeLessThan(12);
  });

  it('counts evidence and VATM per criterion, whichever piece meets the rules', () => {
    const evidence = [
      {
        criterionRefs: [criterionRef(pack.id, ids[0]!), criterionRef(pack.id, ids[1]!)],
        vatm: vatm(false),
      },
      { criterionRefs: [criterionRef(pack.id, ids[1]!)], vatm: vatm(true) },
      { criterionRefs: [criterionRef('other-pack', ids[2]!)], vatm: vatm(true) },
    ];
    const r = computeReadiness(pack, undefined, new Map(), evidence);
    expect(r.coverage.withEvidence).toBe(2);
    expect(r.coverage.vatmMet).toBe(1);
    expect(r.units[0]).toMatchObject({ id: 'U1', withEvidence: 2, vatmMet: 1, total: 4 });
  });

  it('suggests the weakest criteria without evidence first', () => {
    const answers = rate([
      [ids[3]!, 3],
      [ids[5]!, 1],
      [ids[7]!, 2],
      [ids[0]!, 1],
    ]);
    const evidence = [{ criterionRefs: [criterionRef(pack.id, ids[0]!)], vatm: vatm(true) }];
    const r = computeReadiness(pack, undefined, answers, evidence);
    expect(r.nextSteps.map((s) => s.item.criterion.id).slice(0, 3)).toEqual([
      ids[5],
      ids[7],
      ids[3],
    ]);
    expect(r.nextSteps).toHaveLength(5);
    expect(r.nextSteps.some((s) => s.item.criterion.id === ids[0])).toBe(false);
  });
});
