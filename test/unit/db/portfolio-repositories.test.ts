import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import {
  deleteCvEntry,
  listCvEntries,
  moveCvEntry,
  saveNewCvEntry,
  updateCvEntry,
} from '../../../renderer/src/db/cv-repository';
import { loadEssays, saveEssay } from '../../../renderer/src/db/essay-repository';
import { emptyCvValues } from '../../../shared/portfolio/cv';
import { testDatabase } from './test-database';

let db: KompetenDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(() => db.close());

const now = new Date('2026-11-23T09:00:00Z');

describe('essays', () => {
  it('keep the text and the LSP wording apart, each saved without losing the other', async () => {
    await saveEssay(db, 'nilai-1', { text: 'Draf pertama' }, now);
    await saveEssay(db, 'nilai-1', { customPrompt: '  Pertanyaan dari LSP  ' }, now);
    await saveEssay(db, 'nilai-1', { text: 'Draf kedua' }, now);
    expect((await loadEssays(db)).get('nilai-1')).toEqual({
      promptId: 'nilai-1',
      text: 'Draf kedua',
      customPrompt: 'Pertanyaan dari LSP',
      updatedAt: now.toISOString(),
    });
    await saveEssay(db, 'nilai-1', { customPrompt: '' }, now);
    expect((await loadEssays(db)).get('nilai-1')).not.toHaveProperty('customPrompt');
  });

  it('refuses an over-long essay and keeps what was there', async () => {
    await saveEssay(db, 'nilai-2', { text: 'Tersimpan' }, now);
    await expect(saveEssay(db, 'nilai-2', { text: 'x'.repeat(20_001) }, now)).rejects.toThrow();
    expect((await loadEssays(db)).get('nilai-2')?.text).toBe('Tersimpan');
  });
});

const work = (organisation: string) => ({
  ...emptyCvValues('work'),
  organisation,
  position: 'Pekerja sosial',
  startYear: '2018',
});

describe('CV entries', () => {
  it('are listed per part in the order added, and can be moved and deleted', async () => {
    const a = await saveNewCvEntry(db, 'work', work('Dinas Sosial'), now);
    const b = await saveNewCvEntry(db, 'work', work('LKSA Harapan'), now);
    const c = await saveNewCvEntry(db, 'work', work('Puskesmas'), now);
    const names = async () =>
      ((await listCvEntries(db)).get('work') ?? []).map((e) => e.values.organisation);
    expect(await names()).toEqual(['Dinas Sosial', 'LKSA Harapan', 'Puskesmas']);

    await moveCvEntry(db, c.id, -1);
    expect(await names()).toEqual(['Dinas Sosial', 'Puskesmas', 'LKSA Harapan']);
    await moveCvEntry(db, a.id, -1);
    expect(await names()).toEqual(['Dinas Sosial', 'Puskesmas', 'LKSA Harapan']);

    await updateCvEntry(db, b.id, work('LKSA Harapan Bangsa'), now);
    await deleteCvEntry(db, a.id);
    expect(await names()).toEqual(['Puskesmas', 'LKSA Harapan Bangsa']);
  });

  it('refuses an invalid entry and writes nothing', async () => {
    await expect(
      saveNewCvEntry(db, 'work', { ...work('X'), startYear: '2030' }, now),
    ).rejects.toThrow();
    const saved = await saveNewCvEntry(db, 'work', work('Dinas Sosial'), now);
    await expect(
      updateCvEntry(db, saved.id, { ...work(''), endYear: '2010' }, now),
    ).rejects.toThrow();
    expect((await listCvEntries(db)).get('work')?.[0]?.values.organisation).toBe('Dinas Sosial');
    expect(await db.cvEntries.count()).toBe(1);
  });

  it('keep one identity entry however often it is saved', async () => {
    const identity = { ...emptyCvValues('identity'), birthPlace: 'Garut' };
    await saveNewCvEntry(db, 'identity', identity, now);
    await saveNewCvEntry(db, 'identity', { ...identity, birthPlace: 'Bandung' }, now);
    const entries = (await listCvEntries(db)).get('identity');
    expect(entries).toHaveLength(1);
    expect(entries?.[0]?.values.birthPlace).toBe('Bandung');
  });
});
