import { useEffect, useRef, useState } from 'react';

/** Typing pauses this long before the text is saved (and at once on leaving the field). */
export const AUTOSAVE_DELAY_MS = 600;

/**
 * Free text that saves itself: after a pause in typing, on leaving the field, and when the
 * component goes away, so the last words typed are never lost. `saved` is what storage holds.
 */
export function useAutosavedText(saved: string, save: (text: string) => void) {
  // The field shows what the user typed at once; storage follows.
  const [value, setValue] = useState(saved);
  const pending = useRef<number | null>(null);

  const flush = (text: string) => {
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = null;
    if (text !== saved) save(text);
  };
  const change = (text: string) => {
    setValue(text);
    if (pending.current !== null) window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => flush(text), AUTOSAVE_DELAY_MS);
  };

  const latest = useRef({ value, flush });
  useEffect(() => {
    latest.current = { value, flush };
  });
  useEffect(
    () => () => {
      if (pending.current !== null) latest.current.flush(latest.current.value);
    },
    [],
  );
  return { value, change, flush: () => flush(value) };
}
