import { useState } from 'react';
import type { FileKind } from '../../../shared/files/file-kinds';
import { useBridge } from '../platform/context';
import { openUserFile } from '../platform/open-user-file';
import type { ImportOutcome } from './ImportMessage';

/**
 * What a card that imports and manages installed content (framework packs, question banks)
 * keeps: whether a file is being read, and what came of the last action, for `ImportMessage`.
 * `describeError` words a refused action or an unexpected failure.
 */
export function useImportCard(describeError: (error: unknown) => string) {
  const bridge = useBridge();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ImportOutcome | null>(null);
  const fail = (error: unknown) => setMessage({ tone: 'error', text: describeError(error) });

  /** Asks for a file of `kind` and hands what it holds to `install`, whose outcome is shown. */
  const importFile = async <T>(
    kind: FileKind<T>,
    install: (value: T) => Promise<ImportOutcome>,
  ): Promise<void> => {
    setMessage(null);
    try {
      const file = await openUserFile(bridge, kind, () => setBusy(true));
      if (file.status === 'cancelled') return;
      setMessage(file.status === 'problem' ? { tone: 'error', file } : await install(file.value));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  /** Runs an action on installed content; `done` is said when it succeeds. */
  const act = async (action: () => Promise<unknown>, done?: string): Promise<void> => {
    setMessage(null);
    try {
      await action();
      if (done) setMessage({ tone: 'ok', text: done });
    } catch (error) {
      fail(error);
    }
  };

  return { busy, message, importFile, act };
}
