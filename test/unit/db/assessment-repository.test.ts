import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeRound,
  latestRound,
  listRounds,
  loadAnswers,
  saveAnswer,
  startRound,
} from '../../../renderer/src/db/assessment-repository';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import { testDatabase } from './test-database';

let db: KompetenDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(() => db.close());

const t1 = new Date('2026-10-01T08:00:00Z');
const t2 = new Date('2026-11-01T08:00:00Z');

describe('assessment rounds', () => {
  it('starts with no round, then numbers rounds from 1 and remembers the pack', async () => {
    expect(await latestRound(db)).toBeNull();
    const first = await startRound(db, 'kompeten-default-id@1.0', t1);
    expect(first).toMatchObject({ number: 1, packKey: 'kompeten-default-id@1.0' });
    expect(first.closedAt).toBeUndefined();
    expect((await latestRound(db))?.id).toBe(first.id);
  });

  it('saves answers piece by piece, as autosave does', async () => {
    const round = await startRound(db, 'p@1', t1);
    await saveAnswer(db, round.id, 'C1', { rubricLevel: 2 }, t1);
    await saveAnswer(db, round.id, 'C1', { judgement: 'BK' }, t1);
    await saveAnswer(db, round.id, 'C1', { reflection: 'Perlu latihan asesmen keluarga.' }, t2);
    expect((await loadAnswers(db, round.id)).get('C1')).toEqual({
      roundId: round.id,
      criterionId: 'C1',
      rubricLevel: 2,
      judgement: 'BK',
      reflection: 'Perlu latihan asesmen keluarga.',
      updatedAt: t2.toISOString(),
    });
  });

  it('rejects invalid answers and keeps the saved one', async () => {
    const round = await startRound(db, 'p@1', t1);
    await saveAnswer(db, round.id, 'C1', { rubricLevel: 3 }, t1);
    await expect(saveAnswer(db, round.id, 'C1', { rubricLevel: 7 as never })).rejects.toThrow();
    expect((await loadAnswers(db, round.id)).get('C1')?.rubricLevel).toBe(3);
  });

  it('a new round closes the previous one and copies its answers', async () => {
    const first = await startRound(db, 'p@1', t1);
    await saveAnswer(db, first.id, 'C1', { rubricLevel: 2, judgement: 'BK' }, t1);
    await saveAnswer(db, first.id, 'C2', { rubricLevel: 4 }, t1);
    const second = await startRound(db, 'p@1', t2);
    expect(second.number).toBe(2);
    expect((await listRounds(db)).map((r) => [r.number, r.closedAt])).toEqual([
      [1, t2.toISOString()],
      [2, undefined],
    ]);
    const copied = await loadAnswers(db, second.id);
    expect(copied.get('C1')).toMatchObject({ rubricLevel: 2, judgement: 'BK' });
    // Changing the new round leaves the old one as it was.
    await saveAnswer(db, second.id, 'C1', { rubricLevel: 3 }, t2);
    expect((await loadAnswers(db, first.id)).get('C1')?.rubricLevel).toBe(2);
  });

  it('never changes a closed round', async () => {
    const round = await startRound(db, 'p@1', t1);
    await closeRound(db, round.id, t2);
    await expect(saveAnswer(db, round.id, 'C1', { rubricLevel: 4 })).rejects.toMatchObject({
      reason: 'closed',
    });
    expect((await loadAnswers(db, round.id)).size).toBe(0);
  });
});
