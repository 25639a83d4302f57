import { blankPracticeInput, type PracticeEntryInput } from '../../../../shared/practice/entry';

/** Where a new entry's unsaved typing waits, so a crash or reload does not lose it. */
const DRAFT_KEY = 'kompeten.practice-entry-draft';

/** The draft, if one is stored and still has the shape of an entry's form. */
export function loadEntryDraft(today: string): PracticeEntryInput | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return null;
    const blank = blankPracticeInput(today);
    const draft = { ...blank } as Record<string, unknown>;
    for (const [key, value] of Object.entries(blank)) {
      const kept = (stored as Record<string, unknown>)[key];
      const sameShape = Array.isArray(value)
        ? Array.isArray(kept) && kept.every((v) => typeof v === 'string')
        : typeof kept === 'string';
      if (sameShape) draft[key] = kept;
    }
    return draft as PracticeEntryInput;
  } catch {
    // A damaged draft is simply not offered.
    return null;
  }
}

export function saveEntryDraft(values: PracticeEntryInput): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // Storage full or unavailable: the form itself still works.
  }
}

export const clearEntryDraft = (): void => localStorage.removeItem(DRAFT_KEY);
