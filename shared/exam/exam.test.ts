import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../framework/pack';
import { bankSchema, DIFFICULTIES, type BankItem } from './bank';
import { apportion, blueprintCells, drawSimulation, seededRandom, WRITTEN_TEST } from './blueprint';
import { elapsed, formatRemaining, isOver, pause, remaining, resume, startClock } from './clock';
import { scoreAttempt, share } from './score';
import { makeTestBank, testItem } from '../../test/support/bank';

const clone = <T>(value: T): T => structuredClone(value);

describe('question bank schema', () => {
  const bank = makeTestBank(() => 2);

  it('accepts a valid bank', () => {
    expect(bankSchema.safeParse(bank).success).toBe(true);
  });

  it.each([
    ['a key that is not an option', (b: typeof bank) => (b.items[0]!.key = 'E'), 'items[0].key'],
    [
      'options out of order',
      (b: typeof bank) => (b.items[1]!.options[0]!.id = 'B'),
      'items[1].options[0].id',
    ],
    [
      'two options saying the same',
      (b: typeof bank) => (b.items[2]!.options[1]!.text = b.items[2]!.options[0]!.text),
      'items[2].options',
    ],
    [
      'three options',
      (b: typeof bank) => b.items[0]!.options.pop() && b.items[0]!.options.pop(),
      'items[0].options',
    ],
    [
      'an unknown source',
      (b: typeof bank) => (b.items[3]!.fact.source = 'gossip'),
      'items[3].fact.source',
    ],
    ['a repeated id', (b: typeof bank) => (b.items[4]!.id = b.items[0]!.id), 'items[4].id'],
    [
      'the same question reworded in case and punctuation',
      (b: typeof bank) => {
        b.items[5]!.vignette = b.items[0]!.vignette.toUpperCase();
        b.items[5]!.stem = `${b.items[0]!.stem}!!`;
      },
      'items[5].stem',
    ],
    [
      'a missing explanation',
      (b: typeof bank) => (b.items[0]!.options[2]!.explanation = ' '),
      'items[0].options[2].explanation',
    ],
    [
      'an unknown domain',
      (b: typeof bank) => ((b.items[0] as { domain: string }).domain = 'luck'),
      'items[0].domain',
    ],
  ])('refuses %s, naming where', (_label, change, path) => {
    const broken = clone(bank);
    change(broken);
    const parsed = bankSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) =>
      i.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, ''),
    );
    expect(paths).toContain(path);
  });
});

describe('blueprint', () => {
  it('splits the written test into 6/9/15, 6/9/15 and 8/12/20', () => {
    expect(blueprintCells(WRITTEN_TEST)).toEqual({
      knowledge: { hard: 6, medium: 9, easy: 15 },
      values: { hard: 6, medium: 9, easy: 15 },
      skills: { hard: 8, medium: 12, easy: 20 },
    });
  });

  it('apportions whole numbers that add up, by largest remainder', () => {
    expect(apportion(10, { a: 1, b: 1, c: 1 })).toEqual({ a: 4, b: 3, c: 3 });
    expect(apportion(7, { a: 0.3, b: 0.3, c: 0.4 })).toEqual({ a: 2, b: 2, c: 3 });
    expect(apportion(0, { a: 1 })).toEqual({ a: 0 });
  });
});

describe('drawing a simulation', () => {
  const counts = (ids: string[], items: BankItem[]) => {
    const byId = new Map(items.map((i) => [i.id, i]));
    const cells: Record<string, number> = {};
    for (const id of ids) {
      const item = byId.get(id)!;
      cells[`${item.domain}/${item.difficulty}`] =
        (cells[`${item.domain}/${item.difficulty}`] ?? 0) + 1;
    }
    return cells;
  };

  it('draws 100 items to the blueprint from a large enough bank, never one twice', () => {
    const { items } = makeTestBank(() => 40);
    for (const seed of [1, 2, 3]) {
      const draw = drawSimulation(items, WRITTEN_TEST, seededRandom(seed));
      expect(draw.itemIds).toHaveLength(100);
      expect(new Set(draw.itemIds).size).toBe(100);
      expect(draw.shortfalls).toEqual([]);
      expect(draw.missing).toBe(0);
      expect(counts(draw.itemIds, items)).toEqual({
        'knowledge/hard': 6,
        'knowledge/medium': 9,
        'knowledge/easy': 15,
        'values/hard': 6,
        'values/medium': 9,
        'values/easy': 15,
        'skills/hard': 8,
        'skills/medium': 12,
        'skills/easy': 20,
      });
    }
  });

  it('varies with the seed and repeats with the same seed', () => {
    const { items } = makeTestBank(() => 40);
    const a = drawSimulation(items, WRITTEN_TEST, seededRandom(7)).itemIds;
    expect(drawSimulation(items, WRITTEN_TEST, seededRandom(7)).itemIds).toEqual(a);
    expect(drawSimulation(items, WRITTEN_TEST, seededRandom(8)).itemIds).not.toEqual(a);
  });

  it('says which cells fell short and borrows the nearest difficulty of the same domain', () => {
    const { items } = makeTestBank((domain, difficulty) =>
      domain === 'values' && difficulty === 'hard' ? 2 : 40,
    );
    const draw = drawSimulation(items, WRITTEN_TEST, seededRandom(1));
    expect(draw.shortfalls).toEqual([
      { domain: 'values', difficulty: 'hard', wanted: 6, available: 2 },
    ]);
    expect(draw.itemIds).toHaveLength(100);
    expect(draw.drawn.values).toEqual({ hard: 2, medium: 13, easy: 15 });
  });

  it('borrows from other domains when a whole domain is short, and says so', () => {
    const { items } = makeTestBank((domain) => (domain === 'knowledge' ? 3 : 40));
    const draw = drawSimulation(items, WRITTEN_TEST, seededRandom(1));
    expect(draw.shortfalls.map((s) => `${s.domain}/${s.difficulty}`).sort()).toEqual([
      'knowledge/easy',
      'knowledge/hard',
      'knowledge/medium',
    ]);
    expect(draw.itemIds).toHaveLength(100);
    expect(new Set(draw.itemIds).size).toBe(100);
    const total = (d: (typeof DOMAINS)[number]) =>
      DIFFICULTIES.reduce((s, x) => s + draw.drawn[d][x], 0);
    expect(total('knowledge')).toBe(9);
  });

  it('draws everything from a bank smaller than the blueprint and counts what is missing', () => {
    const { items } = makeTestBank(() => 2);
    const draw = drawSimulation(items, WRITTEN_TEST, seededRandom(1));
    expect(draw.itemIds).toHaveLength(18);
    expect(draw.missing).toBe(82);
  });
});

describe('scoring', () => {
  const items = [
    testItem(1, 'knowledge', 'easy'),
    testItem(2, 'values', 'hard'),
    testItem(3, 'skills', 'medium'),
  ];
  const byId = new Map(items.map((i) => [i.id, i]));

  it('counts one point per key, blanks as wrong, by domain and difficulty', () => {
    const report = scoreAttempt(
      [
        { itemId: items[0]!.id, choice: items[0]!.key, flagged: false },
        { itemId: items[1]!.id, choice: items[1]!.key === 'A' ? 'B' : 'A', flagged: true },
        { itemId: items[2]!.id, choice: null, flagged: false },
      ],
      byId,
    );
    expect(report.total).toEqual({ correct: 1, count: 3 });
    expect(report.answered).toBe(2);
    expect(report.byDomain).toEqual({
      knowledge: { correct: 1, count: 1 },
      values: { correct: 0, count: 1 },
      skills: { correct: 0, count: 1 },
    });
    expect(report.byDifficulty.hard).toEqual({ correct: 0, count: 1 });
    expect(report.items.map((r) => r.correct)).toEqual([true, false, false]);
    expect(share(report.total)).toBeCloseTo(1 / 3);
    expect(share({ correct: 0, count: 0 })).toBeNull();
  });

  it('leaves out an item no longer in its bank rather than counting it wrong', () => {
    const report = scoreAttempt([{ itemId: 'gone', choice: 'A', flagged: false }], byId);
    expect(report.total).toEqual({ correct: 0, count: 0 });
  });
});

describe('exam clock', () => {
  const MIN = 60_000;
  it('counts down while running and stops at zero', () => {
    const clock = startClock(100 * MIN, 0);
    expect(remaining(clock, 30 * MIN)).toBe(70 * MIN);
    expect(isOver(clock, 99 * MIN)).toBe(false);
    expect(isOver(clock, 100 * MIN)).toBe(true);
    expect(remaining(clock, 500 * MIN)).toBe(0);
  });

  it('does not count time while paused, e.g. between closing and reopening the app', () => {
    let clock = startClock(100 * MIN, 0);
    clock = pause(clock, 10 * MIN);
    // Saved, the app closed for an hour, then resumed.
    clock = resume(JSON.parse(JSON.stringify(clock)) as typeof clock, 70 * MIN);
    expect(elapsed(clock, 75 * MIN)).toBe(15 * MIN);
    expect(resume(clock, 80 * MIN)).toBe(clock);
  });

  it('gives no time back when the system clock is set backwards', () => {
    const clock = startClock(100 * MIN, 50 * MIN);
    expect(elapsed(clock, 40 * MIN)).toBe(0);
    expect(remaining(clock, 40 * MIN)).toBe(100 * MIN);
  });

  it('formats what is left as a reader expects', () => {
    expect(formatRemaining(100 * MIN)).toBe('1:40:00');
    expect(formatRemaining(5 * MIN - 1)).toBe('05:00');
    expect(formatRemaining(59_001)).toBe('01:00');
    expect(formatRemaining(-5)).toBe('00:00');
  });
});
