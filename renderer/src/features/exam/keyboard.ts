import { OPTION_IDS, type OptionId } from '../../../../shared/exam/bank';

export type ExamKeyAction =
  { kind: 'choose'; option: OptionId } | { kind: 'next' } | { kind: 'previous' } | { kind: 'flag' };

/**
 * What a key press means while answering: 1–5 or A–E choose, N next, P previous, F flag.
 * Nothing while typing in a field or with a modifier held, so shortcuts never steal keys.
 */
export function examKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: EventTarget | null,
  optionCount: number,
): ExamKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (
    target instanceof HTMLElement &&
    target.closest('input[type="text"], textarea, select, [contenteditable="true"]')
  )
    return null;
  const key = event.key.toUpperCase();
  const byNumber = /^[1-5]$/.test(key) ? OPTION_IDS[Number(key) - 1] : undefined;
  const byLetter = OPTION_IDS.find((id) => id === key);
  const option = byNumber ?? byLetter;
  if (option && OPTION_IDS.indexOf(option) < optionCount) return { kind: 'choose', option };
  if (key === 'N') return { kind: 'next' };
  if (key === 'P') return { kind: 'previous' };
  if (key === 'F') return { kind: 'flag' };
  return null;
}
