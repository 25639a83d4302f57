import { DOMAINS, type DomainId } from '../framework/pack';
import { DIFFICULTIES, type BankItem, type Difficulty } from './bank';

/**
 * What a simulation is drawn to. The default is the written test as the 2017 blueprint
 * describes it (domain.md §3): 100 items, Body of Knowledge 30 % / Values 30 % / Skills 40 %,
 * 20 hard / 30 medium / 50 easy, reported as 100 minutes.
 */
export interface Blueprint {
  items: number;
  minutes: number;
  domains: Record<DomainId, number>;
  difficulties: Record<Difficulty, number>;
}

export const WRITTEN_TEST: Blueprint = {
  items: 100,
  minutes: 100,
  domains: { knowledge: 0.3, values: 0.3, skills: 0.4 },
  difficulties: { hard: 0.2, medium: 0.3, easy: 0.5 },
};

export type Cells = Record<DomainId, Record<Difficulty, number>>;

/** Splits `total` by `shares` into whole numbers that add up to it (largest remainder). */
export function apportion<K extends string>(
  total: number,
  shares: Record<K, number>,
): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const sum = keys.reduce((s, k) => s + shares[k], 0);
  const parts = keys.map((key) => {
    const exact = sum > 0 ? (total * shares[key]) / sum : 0;
    return { key, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - parts.reduce((s, p) => s + p.count, 0);
  for (const part of [...parts].sort((a, b) => b.remainder - a.remainder)) {
    if (left <= 0) break;
    part.count += 1;
    left -= 1;
  }
  return Object.fromEntries(parts.map((p) => [p.key, p.count])) as Record<K, number>;
}

/** How many items each domain and difficulty should have in a simulation. */
export function blueprintCells(blueprint: Blueprint): Cells {
  const perDomain = apportion(blueprint.items, blueprint.domains);
  return Object.fromEntries(
    DOMAINS.map((d) => [d, apportion(perDomain[d], blueprint.difficulties)]),
  ) as Cells;
}

/** A cell the bank could not fill as the blueprint asks. */
export interface Shortfall {
  domain: DomainId;
  difficulty: Difficulty;
  wanted: number;
  available: number;
}

export interface Draw {
  /** The drawn items in the order they are asked; never one item twice. */
  itemIds: string[];
  /** What was actually drawn per domain and difficulty. */
  drawn: Cells;
  /** Cells with too few items, and fewer items overall than the blueprint asks. */
  shortfalls: Shortfall[];
  missing: number;
}

const emptyCells = (): Cells =>
  Object.fromEntries(DOMAINS.map((d) => [d, { hard: 0, medium: 0, easy: 0 }])) as Cells;

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  // Fisher–Yates: every order equally likely.
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swapped = copy[j] as T;
    copy[j] = copy[i] as T;
    copy[i] = swapped;
  }
  return copy;
}

/** Where a short cell borrows from: the nearest difficulty in its domain first. */
const NEAREST: Record<Difficulty, Difficulty[]> = {
  hard: ['medium', 'easy'],
  medium: ['hard', 'easy'],
  easy: ['medium', 'hard'],
};

/**
 * Draws a simulation to the blueprint. A cell the bank cannot fill borrows from the nearest
 * difficulty in the same domain, then from other domains; every such gap is reported, so the
 * screen can say honestly how this draw differs from the real test.
 */
export function drawSimulation(
  items: readonly BankItem[],
  blueprint: Blueprint = WRITTEN_TEST,
  random: () => number = Math.random,
): Draw {
  const targets = blueprintCells(blueprint);
  const pools = emptyPools();
  for (const item of shuffled(items, random)) pools[item.domain][item.difficulty].push(item.id);
  const drawn = emptyCells();
  const chosen: string[] = [];
  const take = (domain: DomainId, difficulty: Difficulty, count: number) => {
    const taken = pools[domain][difficulty].splice(0, count);
    drawn[domain][difficulty] += taken.length;
    chosen.push(...taken);
    return taken.length;
  };
  const shortfalls: Shortfall[] = [];
  const gaps: { domain: DomainId; difficulty: Difficulty; count: number }[] = [];
  for (const domain of DOMAINS) {
    for (const difficulty of DIFFICULTIES) {
      const wanted = targets[domain][difficulty];
      const available = pools[domain][difficulty].length;
      if (available < wanted) shortfalls.push({ domain, difficulty, wanted, available });
      const count = wanted - take(domain, difficulty, wanted);
      if (count > 0) gaps.push({ domain, difficulty, count });
    }
  }
  // Gaps borrow from the nearest difficulty of their own domain, then, keeping the difficulty
  // mix, from the same difficulty of other domains, then from anything left.
  for (const gap of gaps) {
    const sources: [DomainId, Difficulty][] = [
      ...NEAREST[gap.difficulty].map((d): [DomainId, Difficulty] => [gap.domain, d]),
      ...DOMAINS.filter((d) => d !== gap.domain).flatMap((domain) =>
        [gap.difficulty, ...NEAREST[gap.difficulty]].map((d): [DomainId, Difficulty] => [
          domain,
          d,
        ]),
      ),
    ];
    for (const [domain, difficulty] of sources) gap.count -= take(domain, difficulty, gap.count);
  }
  return {
    itemIds: shuffled(chosen, random),
    drawn,
    shortfalls,
    missing: blueprint.items - chosen.length,
  };
}

function emptyPools(): Record<DomainId, Record<Difficulty, string[]>> {
  return Object.fromEntries(
    DOMAINS.map((d) => [d, { hard: [], medium: [], easy: [] }]),
  ) as unknown as Record<DomainId, Record<Difficulty, string[]>>;
}

/** A small, fast, seedable generator (mulberry32), so a draw can be repeated in tests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
