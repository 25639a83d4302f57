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

/**
 * Counts clears. A save scheduled before the latest clear is dropped: the form is unmounted a
 * moment after it is closed, and a debounced save falling in between would otherwise bring a
 * saved entry's text back as the next new entry's draft.
 */
let generation = 0;
export const draftGeneration = (): number => generation;

export function saveEntryDraft(values: PracticeEntryInput, since = generation): void {
  if (since !== generation) return;
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // Storage full or unavailable: the form itself still works.
  }
}

export function clearEntryDraft(): void {
  generation += 1;
  localStorage.removeItem(DRAFT_KEY);
}
