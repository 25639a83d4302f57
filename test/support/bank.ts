import { DOMAINS, type DomainId } from '../../shared/framework/pack';
import {
  BANK_FORMAT,
  BANK_FORMAT_VERSION,
  DIFFICULTIES,
  OPTION_IDS,
  type BankItem,
  type Difficulty,
  type QuestionBank,
} from '../../shared/exam/bank';

/** A valid item for tests; `n` makes its id and stem unique. */
export function testItem(n: number, domain: DomainId, difficulty: Difficulty): BankItem {
  return {
    id: `${domain}-${difficulty}-${n}`,
    domain,
    difficulty,
    vignette: `Kasus ${n}: Ibu R (42) datang ke Dinas Sosial.`,
    stem: `Apa langkah yang paling tepat untuk kasus nomor ${n}?`,
    options: OPTION_IDS.slice(0, 4).map((id) => ({
      id,
      text: `Pilihan ${id} untuk kasus ${n}`,
      explanation: `Penjelasan pilihan ${id}.`,
    })),
    key: (['A', 'B', 'C', 'D'] as const)[n % 4] ?? 'A',
    criteria: [],
    tags: [],
    fact: { source: 'test', detail: 'Fakta uji.' },
  };
}

/** A bank with `perCell(domain, difficulty)` items in each domain and difficulty. */
export function makeTestBank(
  perCell: (domain: DomainId, difficulty: Difficulty) => number,
): QuestionBank {
  let n = 0;
  const items = DOMAINS.flatMap((domain) =>
    DIFFICULTIES.flatMap((difficulty) =>
      Array.from({ length: perCell(domain, difficulty) }, () =>
        testItem((n += 1), domain, difficulty),
      ),
    ),
  );
  return {
    format: BANK_FORMAT,
    formatVersion: BANK_FORMAT_VERSION,
    id: 'test-bank',
    title: 'Bank uji',
    version: '1.0',
    language: 'id',
    provenance: {
      status: 'unofficial-rendering',
      confidence: 'M',
      date: '2026-11-23',
      sources: [{ title: 'Uji' }],
    },
    sources: [{ id: 'test', title: 'Sumber uji', confidence: 'M' }],
    items,
  };
}
