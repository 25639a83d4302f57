import { describe, expect, it } from 'vitest';
import type { Answer } from './assessment';
import { compareRounds } from './compare';

const answer = (criterionId: string, change: Partial<Answer>): [string, Answer] => [
  criterionId,
  { roundId: 'r', criterionId, reflection: '', updatedAt: '', ...change },
];

describe('compareRounds', () => {
  it('tells improvements, declines, other changes and no change apart', () => {
    const before = new Map([
      answer('a', { rubricLevel: 2, judgement: 'BK' }),
      answer('b', { rubricLevel: 3 }),
      answer('c', { rubricLevel: 3, judgement: 'BK' }),
      answer('d', { rubricLevel: 2 }),
    ]);
    const after = new Map([
      answer('a', { rubricLevel: 4, judgement: 'K' }),
      answer('b', { rubricLevel: 2 }),
      answer('c', { rubricLevel: 3, judgement: 'K' }),
      answer('d', { rubricLevel: 2 }),
      answer('e', { rubricLevel: 1 }),
    ]);
    const kinds = compareRounds(['a', 'b', 'c', 'd', 'e', 'f'], before, after).map((c) => [
      c.criterionId,
      c.kind,
    ]);
    expect(kinds).toEqual([
      ['a', 'improved'],
      ['b', 'declined'],
      ['c', 'changed'],
      ['d', 'unchanged'],
      ['e', 'changed'],
      ['f', 'unchanged'],
    ]);
  });

  it('keeps what each round said', () => {
    const [change] = compareRounds(
      ['a'],
      new Map([answer('a', { rubricLevel: 1 })]),
      new Map([answer('a', { rubricLevel: 3, judgement: 'K' })]),
    );
    expect(change).toEqual({
      criterionId: 'a',
      before: { rubricLevel: 1, judgement: undefined },
      after: { rubricLevel: 3, judgement: 'K' },
      kind: 'improved',
    });
  });
});
