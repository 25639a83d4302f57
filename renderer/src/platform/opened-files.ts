import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { OwnFileKindId } from '../../../shared/files/own-file-types';
import type { PickedFile } from './open-user-file';

/**
 * Files the OS opened, waiting for the screen that imports their kind. The router puts each
 * here and moves to that screen; the screen takes it once it is ready (a supervisor without a
 * key first makes one), and reads it through `openUserFile` like a file from its own button.
 * The latest file of a kind wins: a second double-click means the user wants that one.
 */
const waiting = new Map<OwnFileKindId, PickedFile>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export function offerOpenedFile(kind: OwnFileKindId, file: PickedFile): void {
  waiting.set(kind, file);
  changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Hands each waiting file of `kind` to `handle`, once, while the calling screen is shown and
 * `ready` (a screen busy with another file lets the new one wait).
 */
export function useOpenedFile(
  kind: OwnFileKindId,
  handle: (file: PickedFile) => void,
  ready = true,
): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    if (!ready) return;
    const deliver = () => {
      const file = waiting.get(kind);
      if (!file) return;
      waiting.delete(kind);
      latest.current(file);
    };
    deliver();
    return subscribe(deliver);
  }, [kind, ready]);
}

/** The name of a file of `kind` still waiting for its screen, if any. */
export function useWaitingFileName(kind: OwnFileKindId): string | null {
  return useSyncExternalStore(subscribe, () => waiting.get(kind)?.name ?? null);
}

/**
 * The same as a component, for screens that are not ready at once (their data still loading):
 * render it where the import would happen, and the file waits until then.
 */
export function WhenFileOpened({
  kind,
  onFile,
}: {
  kind: OwnFileKindId;
  onFile(file: PickedFile): void;
}): null {
  useOpenedFile(kind, onFile);
  return null;
}
