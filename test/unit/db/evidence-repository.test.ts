import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KompetenDatabase } from '../../../renderer/src/db/database';
import {
  addEvidence,
  deleteEvidence,
  EvidenceFileTooLargeError,
  listEvidence,
  loadEvidenceFile,
  setEvidenceLink,
  updateEvidence,
} from '../../../renderer/src/db/evidence-repository';
import { MAX_EVIDENCE_FILE_BYTES, type EvidenceInput } from '../../../shared/assessment/assessment';
import { testDatabase } from './test-database';

let db: KompetenDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(() => db.close());

const now = new Date('2026-11-23T09:00:00Z');
const input: EvidenceInput = {
  title: 'Laporan asesmen keluarga',
  date: '2026-11-01',
  type: 'TL',
  description: '',
  link: '',
  vatm: { valid: true, asli: true, terkini: true, memadai: true },
  criterionRefs: ['pack/C1', 'pack/C2'],
};
const pdf = (text: string) => ({
  name: 'laporan.pdf',
  mimeType: 'application/pdf',
  blob: new Blob([text], { type: 'application/pdf' }),
});

describe('evidence', () => {
  it('stores evidence with its file, and lists without loading the file', async () => {
    const saved = await addEvidence(db, input, pdf('%PDF-1.7 isi'), now);
    expect(saved.file).toEqual({ name: 'laporan.pdf', mimeType: 'application/pdf', size: 12 });
    const [listed] = await listEvidence(db);
    expect(listed).toEqual(saved);
    expect('blob' in (listed ?? {})).toBe(false);
    const blob = await loadEvidenceFile(db, saved.id);
    expect(await blob?.text()).toBe('%PDF-1.7 isi');
  });

  it('supports many criteria with one piece, found through the criterion index', async () => {
    const saved = await addEvidence(db, input, undefined, now);
    const forC2 = await db.evidence.where('criterionRefs').equals('pack/C2').toArray();
    expect(forC2.map((e) => e.id)).toEqual([saved.id]);
  });

  it('refuses a file above the limit and stores nothing', async () => {
    const big = {
      name: 'besar.mp4',
      mimeType: 'video/mp4',
      blob: new Blob([new Uint8Array(MAX_EVIDENCE_FILE_BYTES + 1)]),
    };
    await expect(addEvidence(db, input, big, now)).rejects.toBeInstanceOf(
      EvidenceFileTooLargeError,
    );
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('refuses invalid input and stores nothing', async () => {
    await expect(addEvidence(db, { ...input, title: '' }, pdf('x'), now)).rejects.toThrow();
    await expect(
      addEvidence(db, { ...input, date: '2027-01-01' }, undefined, now),
    ).rejects.toThrow();
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('keeps, replaces or removes the file on update', async () => {
    const saved = await addEvidence(db, input, pdf('satu'), now);
    await updateEvidence(db, saved.id, { ...input, title: 'Judul baru' }, { keep: true }, now);
    expect(await (await loadEvidenceFile(db, saved.id))?.text()).toBe('satu');
    const replaced = await updateEvidence(db, saved.id, input, { replace: pdf('dua!') }, now);
    expect(replaced.file?.size).toBe(4);
    expect(await (await loadEvidenceFile(db, saved.id))?.text()).toBe('dua!');
    const removed = await updateEvidence(db, saved.id, input, { remove: true }, now);
    expect(removed.file).toBeUndefined();
    expect(await loadEvidenceFile(db, saved.id)).toBeNull();
  });

  it('links and unlinks criteria', async () => {
    const saved = await addEvidence(db, input, undefined, now);
    await setEvidenceLink(db, saved.id, 'pack/C3', true, now);
    await setEvidenceLink(db, saved.id, 'pack/C1', false, now);
    expect((await db.evidence.get(saved.id))?.criterionRefs.sort()).toEqual(['pack/C2', 'pack/C3']);
  });

  it('deletes evidence together with its file', async () => {
    const saved = await addEvidence(db, input, pdf('x'), now);
    await deleteEvidence(db, saved.id);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });
});

describe('evidence dates', () => {
  it('accepts today on the user’s own calendar, early in the morning in Indonesia', async () => {
    const earlyMorning = new Date(2026, 10, 23, 6, 30);
    const saved = await addEvidence(db, { ...input, date: '2026-11-23' }, undefined, earlyMorning);
    expect(saved.date).toBe('2026-11-23');
  });
});
