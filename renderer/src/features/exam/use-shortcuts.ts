import { useSyncExternalStore } from 'react';

/**
 * Single-key shortcuts (1–5, A–E, N, P, F) can be switched off: speech input and some
 * assistive tools type letters, and WCAG 2.1.4 asks that such shortcuts can be turned off.
 * Remembered on this device.
 */
const KEY = 'kompeten.examShortcuts';
const CHANGED = 'kompeten:exam-shortcuts';

const subscribe = (onChange: () => void) => {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
};
const enabled = () => localStorage.getItem(KEY) !== 'off';

export function useShortcuts(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, enabled);
  const set = (value: boolean) => {
    localStorage.setItem(KEY, value ? 'on' : 'off');
    window.dispatchEvent(new Event(CHANGED));
  };
  return [on, set];
}

/** While a dialog is open, keys belong to it. */
export const dialogOpen = () => document.querySelector('dialog[open]') !== null;
