import { describe, expect, it } from 'vitest';
import { pickPracticeItems, review, reviewCardSchema, type ReviewCard } from './review';
import { makeTestBank } from '../../test/support/bank';

const NOW = new Date('2026-11-23T03:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const days = (n: number) => minutes(n * 24 * 60);
const ref = (itemId: string) => ({ bankId: 'bank-uji', itemId });

describe('spaced repetition (FSRS)', () => {
  it('brings a wrong answer back within minutes and a right one later', () => {
    const wrong = review(undefined, ref('bok-001'), false, NOW);
    const right = review(undefined, ref('bok-002'), true, NOW);
    expect(Date.parse(wrong.due) - NOW.getTime()).toBeLessThanOrEqual(5 * 60_000);
    expect(Date.parse(right.due)).toBeGreaterThan(Date.parse(wrong.due));
    expect(reviewCardSchema.parse(wrong)).toEqual(wrong);
  });

  it('spaces a known item further each time, and shortens it after a lapse', () => {
    let card: ReviewCard | undefined;
    let at = NOW;
    const gaps: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      card = review(card, ref('bov-001'), true, at);
      gaps.push(Date.parse(card.due) - at.getTime());
      at = new Date(card.due);
    }
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(gaps.at(-1)).toBeGreaterThan(24 * 60 * 60_000);
    const lapsed = review(card, ref('bov-001'), false, at);
    expect(lapsed.lapses).toBe(1);
    expect(Date.parse(lapsed.due) - at.getTime()).toBeLessThan(gaps.at(-1) ?? 0);
  });

  it('survives being stored as JSON and read back', () => {
    const first = review(undefined, ref('bos-001'), true, NOW);
    const stored = JSON.parse(JSON.stringify(first)) as ReviewCard;
    expect(review(stored, ref('bos-001'), true, days(1))).toEqual(
      review(first, ref('bos-001'), true, days(1)),
    );
  });
});

describe('picking a drill', () => {
  const { items } = makeTestBank(() => 3);
  const [a, b, c, d] = items;

  it('offers what is due first, most overdue first, then items never practised', () => {
    const cards = new Map<string, ReviewCard>([
      [b!.id, { ...review(undefined, ref(b!.id), false, NOW), due: minutes(-5).toISOString() }],
      [c!.id, { ...review(undefined, ref(c!.id), false, NOW), due: minutes(-60).toISOString() }],
      // Practised and not yet due: it waits.
      [a!.id, { ...review(undefined, ref(a!.id), true, NOW), due: days(3).toISOString() }],
    ]);
    const picked = pickPracticeItems(items, cards, { count: 4, now: NOW });
    expect(picked).toEqual([c!.id, b!.id, d!.id, items[4]!.id]);
  });

  it('keeps to a domain, criterion or tag', () => {
    const picked = pickPracticeItems(items, new Map(), {
      count: 50,
      now: NOW,
      filter: { domain: 'values' },
    });
    expect(picked).toHaveLength(9);
    expect(picked.every((id) => id.startsWith('values-'))).toBe(true);
    const tagged = items.map((item, i) => (i === 5 ? { ...item, tags: ['kerahasiaan'] } : item));
    expect(
      pickPracticeItems(tagged, new Map(), { count: 5, now: NOW, filter: { tag: 'kerahasiaan' } }),
    ).toEqual([tagged[5]!.id]);
  });
});
