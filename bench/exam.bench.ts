import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { test } from 'vitest';
import { installBank } from '../renderer/src/db/bank-repository';
import { KompetenDatabase } from '../renderer/src/db/database';
import { FILE_KINDS } from '../shared/files/file-kinds';
import { drawSimulation, seededRandom, WRITTEN_TEST } from '../shared/exam/blueprint';
import { bankSchema } from '../shared/exam/bank';
import { scoreAttempt, type Response } from '../shared/exam/score';
import { makeTestBank } from '../test/support/bank';
import { measure } from './harness';

/** A bank of 5,000 items spread over every domain and difficulty, as a large institution's might be. */
const bank = makeTestBank((domain, difficulty) =>
  domain !== 'skills' ? 500 : difficulty === 'easy' ? 666 : 667,
);
const { items } = bank;

test(`written-test simulation from a bank of ${items.length.toLocaleString('en')} items`, async () => {
  const random = seededRandom(1);
  await measure('check the bank (schema, ids, stems, keys)', 5, () =>
    bankSchema.parse({ ...bank, items }),
  );
  await measure('draw 100 items to the blueprint', 50, () =>
    drawSimulation(items, WRITTEN_TEST, random),
  );
  const byId = new Map(items.map((item) => [item.id, item]));
  const draw = drawSimulation(items, WRITTEN_TEST, random);
  const responses: Response[] = draw.itemIds.map((itemId, i) => ({
    itemId,
    choice: i % 7 === 0 ? null : 'A',
    flagged: false,
  }));
  await measure('score 100 answers by domain and difficulty', 200, () =>
    scoreAttempt(responses, byId),
  );
});

test(`importing a bank file of ${items.length.toLocaleString('en')} items`, async () => {
  const bytes = new TextEncoder().encode(JSON.stringify(bank));
  console.log(`bank file: ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  let n = 0;
  // Each run installs into a database of its own, as a first import does.
  await measure('read, check and install (fake-indexeddb)', 5, async () => {
    const read = await FILE_KINDS.bank.decode(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const db = new KompetenDatabase(`bench-${(n += 1)}`, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    if ((await installBank(db, read.value)) !== 'installed') throw new Error('not installed');
    db.close();
  });
});
