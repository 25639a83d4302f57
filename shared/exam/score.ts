import { DOMAINS, type DomainId } from '../framework/pack';
import { DIFFICULTIES, type BankItem, type Difficulty, type OptionId } from './bank';

/** One asked item as the candidate left it: the choice (if any) and whether it was flagged. */
export interface Response {
  itemId: string;
  choice: OptionId | null;
  flagged: boolean;
}

export interface Tally {
  correct: number;
  count: number;
}

export interface ItemResult {
  item: BankItem;
  choice: OptionId | null;
  correct: boolean;
}

export interface ScoreReport {
  total: Tally;
  answered: number;
  byDomain: Record<DomainId, Tally>;
  byDifficulty: Record<Difficulty, Tally>;
  /** In the order asked, each with the candidate's choice and whether it was the key. */
  items: ItemResult[];
}

const tallies = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, { correct: 0, count: 0 }])) as Record<K, Tally>;

/** One point per item whose choice is the key; an item left blank counts as wrong. */
export function scoreAttempt(
  responses: readonly Response[],
  itemsById: ReadonlyMap<string, BankItem>,
): ScoreReport {
  const report: ScoreReport = {
    total: { correct: 0, count: 0 },
    answered: 0,
    byDomain: tallies(DOMAINS),
    byDifficulty: tallies(DIFFICULTIES),
    items: [],
  };
  for (const { itemId, choice } of responses) {
    const item = itemsById.get(itemId);
    // An item removed from its bank since cannot be scored; it is left out, not counted wrong.
    if (!item) continue;
    const correct = choice === item.key;
    for (const tally of [
      report.total,
      report.byDomain[item.domain],
      report.byDifficulty[item.difficulty],
    ]) {
      tally.count += 1;
      if (correct) tally.correct += 1;
    }
    if (choice !== null) report.answered += 1;
    report.items.push({ item, choice, correct });
  }
  return report;
}

/** A tally as a share from 0 to 1; null when nothing was asked. */
export const share = ({ correct, count }: Tally): number | null =>
  count > 0 ? correct / count : null;
