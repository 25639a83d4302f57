import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIdentityData } from '../confidentiality/detect';
import { DOMAINS, frameworkPackSchema } from '../framework/pack';
import { criterionRef } from '../assessment/assessment';
import { bankSchema, DEFAULT_BANK_ID, DIFFICULTIES, OPTION_IDS } from './bank';
import { blueprintCells, drawSimulation, seededRandom, WRITTEN_TEST } from './blueprint';

/** The bank that ships with the app, read as a user's copy of the app reads it. */
const root = resolve(import.meta.dirname, '../..');
const json = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const bank = bankSchema.parse(json('resources/exam/default-bank.id.json'));
const pack = frameworkPackSchema.parse(json('resources/framework/default-pack.id.json'));

describe('the default question bank', () => {
  it('has the id older review cards are filed under', () => {
    expect(bank.id).toBe(DEFAULT_BANK_ID);
  });

  it('has at least 150 items, balanced so a full simulation never repeats or falls short', () => {
    expect(bank.items.length).toBeGreaterThanOrEqual(150);
    const cells = blueprintCells(WRITTEN_TEST);
    for (const domain of DOMAINS) {
      for (const difficulty of DIFFICULTIES) {
        const count = bank.items.filter(
          (i) => i.domain === domain && i.difficulty === difficulty,
        ).length;
        expect(count, `${domain}/${difficulty}`).toBeGreaterThanOrEqual(cells[domain][difficulty]);
      }
    }
    for (const seed of [1, 2, 3, 4, 5]) {
      const draw = drawSimulation(bank.items, WRITTEN_TEST, seededRandom(seed));
      expect(draw.shortfalls).toEqual([]);
      expect(new Set(draw.itemIds).size).toBe(WRITTEN_TEST.items);
    }
  });

  it('keeps close to the blueprint proportions in the bank itself: 30/30/40 and 20/30/50', () => {
    const percent = (n: number) => (100 * n) / bank.items.length;
    const near = (actual: number, wanted: number) =>
      expect(Math.abs(actual - wanted)).toBeLessThan(2);
    DOMAINS.forEach((d, i) =>
      near(percent(bank.items.filter((item) => item.domain === d).length), [30, 30, 40][i] ?? 0),
    );
    (['hard', 'medium', 'easy'] as const).forEach((d, i) =>
      near(
        percent(bank.items.filter((item) => item.difficulty === d).length),
        [20, 30, 50][i] ?? 0,
      ),
    );
  });

  it('has exactly one key per item, an explanation for every option, and a cited fact', () => {
    for (const item of bank.items) {
      expect(
        item.options.filter((o) => o.id === item.key),
        item.id,
      ).toHaveLength(1);
      for (const option of item.options)
        expect(option.explanation.length, item.id).toBeGreaterThan(20);
      expect(item.fact.detail.length, item.id).toBeGreaterThan(10);
    }
  });

  it('rests only on sources of medium or high confidence', () => {
    expect(bank.sources.filter((s) => s.confidence === 'L')).toEqual([]);
    const cited = new Set(bank.items.map((i) => i.fact.source));
    expect(bank.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('links only criteria that exist in the default framework pack', () => {
    const known = new Set(
      pack.units.flatMap((u) =>
        u.elements.flatMap((e) => e.criteria.map((c) => criterionRef(pack.id, c.id))),
      ),
    );
    const unknown = bank.items.flatMap((i) =>
      i.criteria.filter((c) => !known.has(c)).map((c) => `${i.id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it('spreads the keys over the options, so guessing one letter does not pay', () => {
    for (const domain of DOMAINS) {
      const items = bank.items.filter((i) => i.domain === domain);
      for (const id of OPTION_IDS.slice(0, 4)) {
        const share = items.filter((i) => i.key === id).length / items.length;
        expect(share, `${domain} ${id}`).toBeGreaterThan(0.2);
        expect(share, `${domain} ${id}`).toBeLessThan(0.3);
      }
    }
  });

  it('holds no data that could identify a person in its cases', () => {
    const texts = bank.items.flatMap((i) => [
      i.vignette,
      i.stem,
      ...i.options.flatMap((o) => [o.text, o.explanation]),
    ]);
    expect(texts.flatMap((t) => findIdentityData(t).map((f) => `${f.kind}: ${t}`))).toEqual([]);
  });
});
