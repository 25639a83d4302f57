// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearEntryDraft,
  draftGeneration,
  loadEntryDraft,
  saveEntryDraft,
} from '../../../../renderer/src/features/practice-log/entry-draft';
import { blankPracticeInput } from '../../../../shared/practice/entry';

const TODAY = '2026-11-23';
const typed = { ...blankPracticeInput(TODAY), narrative: 'Kunjungan rumah dan asesmen awal.' };

describe('practice entry draft', () => {
  beforeEach(() => clearEntryDraft());

  it('keeps what was typed for the next form', () => {
    saveEntryDraft(typed);
    expect(loadEntryDraft(TODAY)?.narrative).toBe(typed.narrative);
  });

  it('drops a save scheduled before the draft was cleared (the entry was saved meanwhile)', () => {
    const since = draftGeneration();
    clearEntryDraft();
    saveEntryDraft(typed, since);
    expect(loadEntryDraft(TODAY)).toBeNull();
  });
});
