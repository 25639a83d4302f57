import { describe, expect, it } from 'vitest';
import { newDrillSession, drillSessionSchema, recordAnswer, sessionTally } from './drill-session';

const START = new Date('2026-11-23T03:00:00.000Z');
const later = (minutes: number) => new Date(START.getTime() + minutes * 60_000);
const session = () =>
  newDrillSession({
    id: 'sesi-1',
    bankKey: 'bank-uji@1.0',
    filter: { domain: 'values' },
    itemIds: ['bov-001', 'bov-002'],
    now: START,
  });

describe('a drill session', () => {
  it('keeps each answer as it comes and ends with the last one', () => {
    const one = recordAnswer(
      session(),
      { itemId: 'bov-002', choice: 'B', correct: false },
      later(1),
    );
    expect(one.finishedAt).toBeUndefined();
    expect(sessionTally(one)).toEqual({ correct: 0, count: 1 });
    const two = recordAnswer(one, { itemId: 'bov-001', choice: 'A', correct: true }, later(2));
    expect(two.finishedAt).toBe(later(2).toISOString());
    expect(two.updatedAt).toBe(later(2).toISOString());
    expect(sessionTally(two)).toEqual({ correct: 1, count: 2 });
    expect(drillSessionSchema.parse(two)).toEqual(two);
  });

  it('refuses a second answer to one item, or an answer to an item it did not pick', () => {
    const one = recordAnswer(session(), { itemId: 'bov-001', choice: 'A', correct: true }, START);
    expect(() =>
      recordAnswer(one, { itemId: 'bov-001', choice: 'C', correct: false }, later(1)),
    ).toThrow(/already answered/);
    expect(() =>
      recordAnswer(one, { itemId: 'bok-009', choice: 'C', correct: false }, later(1)),
    ).toThrow(/not part/);
  });

  it('is refused from a backup when its answers do not fit its items', () => {
    const done = recordAnswer(session(), { itemId: 'bov-001', choice: 'A', correct: true }, START);
    const broken = {
      'an answer to an item not picked': {
        ...session(),
        answers: [{ itemId: 'bok-009', choice: 'A', correct: true }],
      },
      'an item picked twice': { ...session(), itemIds: ['bov-001', 'bov-001'] },
      'an item answered twice': { ...done, answers: [...done.answers, ...done.answers] },
      'finished with items left': { ...done, finishedAt: START.toISOString() },
      'not finished with every item answered': {
        ...recordAnswer(done, { itemId: 'bov-002', choice: 'B', correct: true }, START),
        finishedAt: undefined,
      },
    };
    for (const [what, value] of Object.entries(broken)) {
      expect(drillSessionSchema.safeParse(value).success, what).toBe(false);
    }
    expect(drillSessionSchema.safeParse(done).success).toBe(true);
  });
});
