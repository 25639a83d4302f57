import { useSyncExternalStore } from 'react';

/**
 * When the user last saved a backup themselves, on this device. Kept in localStorage rather
 * than the database: it describes this device, and a restore must not move it back in time.
 */
const KEY = 'kompeten.lastBackup';
const CHANGED = 'kompeten:last-backup';

export interface LastBackup {
  at: string;
  fileName: string;
}

export function readLastBackup(): LastBackup | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { at, fileName } = value as Record<string, unknown>;
    return typeof at === 'string' && typeof fileName === 'string' && !Number.isNaN(Date.parse(at))
      ? { at, fileName }
      : null;
  } catch {
    return null;
  }
}

export function recordBackup(backup: LastBackup): void {
  localStorage.setItem(KEY, JSON.stringify(backup));
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

const snapshot = () => localStorage.getItem(KEY);

export function useLastBackup(): LastBackup | null {
  // Subscribing to the raw string keeps the snapshot stable between renders.
  useSyncExternalStore(subscribe, snapshot);
  return readLastBackup();
}

/** A week without a backup is when the browser version starts reminding. */
export const REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export function backupIsDue(last: LastBackup | null, now: number): boolean {
  return last === null || now - Date.parse(last.at) > REMINDER_AFTER_MS;
}
