import type { DBCore, Dexie } from 'dexie';

/**
 * Writes that fail because the disk or the browser's quota is full must be reported, not
 * swallowed by whichever screen made them. A Dexie middleware sees every write of every screen:
 * failed requests, and transactions that abort at commit for lack of space.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Calls `listener` on every write refused for lack of space; returns the unsubscribe. */
export function onQuotaFailure(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const report = () => listeners.forEach((listener) => listener());

export function watchQuota(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'quota-watch',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        // The IndexedDB core hands out the native transaction; listen for its abort.
        const native = tx as unknown as Partial<IDBTransaction>;
        if (mode === 'readwrite' && typeof native.addEventListener === 'function') {
          native.addEventListener('abort', () => {
            if (isQuotaError(native.error)) report();
          });
        }
        return tx;
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            table.mutate(request).catch((error: unknown) => {
              if (isQuotaError(error)) report();
              throw error;
            }),
        };
      },
    }),
  });
}
