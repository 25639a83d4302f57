/**
 * "Make a backup on quit": the data lives in the page, so the main process holds the first quit
 * back, asks the page for a backup and quits once the page says it is done, or after a timeout
 * so a stuck page can never keep the app open.
 */
export interface QuitBackup {
  /** Call with the event of every quit attempt (`before-quit`, and a closing window). */
  onQuitRequested(event: { preventDefault(): void }): void;
  /** The page finished its backup (or gave up on it), or the page is gone. */
  done(): void;
}

export function createQuitBackup({
  hasWindow,
  requestBackup,
  quit,
  writing = () => null,
  timeoutMs = 15_000,
}: {
  hasWindow(): boolean;
  requestBackup(): void;
  quit(): void;
  /** A backup file being written now, if any: it is finished before the app quits. */
  writing?(): Promise<void> | null;
  timeoutMs?: number;
}): QuitBackup {
  let state: 'idle' | 'waiting' | 'finishing' | 'finished' = 'idle';
  let timer: ReturnType<typeof setTimeout> | undefined;

  function quitNow(): void {
    // Before quit(): quitting emits `before-quit` again, which must now go through.
    state = 'finished';
    quit();
  }

  function finish(): void {
    if (state !== 'waiting') return;
    clearTimeout(timer);
    // Bytes that already reached this process are written out whole even past the time limit,
    // so the limit never leaves a backup cut off (writes are local and take moments).
    const write = writing();
    if (!write) return quitNow();
    state = 'finishing';
    void write.catch(() => undefined).finally(quitNow);
  }

  return {
    onQuitRequested(event) {
      if (state === 'finished') return;
      // Repeated quit attempts while the backup runs wait for the same backup.
      if (state === 'waiting' || state === 'finishing') {
        event.preventDefault();
        return;
      }
      // Without a page there is nothing to back up: let this quit go ahead.
      if (!hasWindow()) return;
      event.preventDefault();
      state = 'waiting';
      timer = setTimeout(finish, timeoutMs);
      try {
        requestBackup();
      } catch {
        finish();
      }
    },
    done: finish,
  };
}
