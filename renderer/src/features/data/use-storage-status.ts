import { useCallback, useEffect, useState } from 'react';

export interface StorageStatus {
  /** null when the browser cannot tell. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Whether storage is persistent and how much is used; `request` asks the browser again. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const refresh = useCallback(() => readStatus().then(setStatus), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const request = useCallback(async () => {
    await navigator.storage?.persist?.().catch(() => false);
    await refresh();
  }, [refresh]);
  return { status, request };
}
