/**
 * "Make a backup on quit": the data lives in the page, so the main process holds the first quit
 * back, asks the page for a backup and quits once the page says it is done, or after a timeout
 * so a stuck page can never keep the app open.
 */
export interface QuitBackup {
  /** Call with the event of every quit attempt (`before-quit`, and a closing window). */
  onQuitRequested(event: { preventDefault(): void }): void;
  /** The page finished its backup (or gave up on it). */
  done(): void;
}

export function createQuitBackup({
  hasWindow,
  requestBackup,
  quit,
  timeoutMs = 15_000,
}: {
  hasWindow(): boolean;
  requestBackup(): void;
  quit(): void;
  timeoutMs?: number;
}): QuitBackup {
  let state: 'idle' | 'waiting' | 'finished' = 'idle';
  let timer: ReturnType<typeof setTimeout> | undefined;

  function finish(): void {
    if (state !== 'waiting') return;
    clearTimeout(timer);
    // Before quit(): quitting emits `before-quit` again, which must now go through.
    state = 'finished';
    quit();
  }

  return {
    onQuitRequested(event) {
      if (state === 'finished') return;
      // Repeated quit attempts while the backup runs wait for the same backup.
      if (state === 'waiting') {
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
