import { useCallback, useState } from 'react';
import { errorMessage } from './error-message';

export type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; reason: string };

/** Runs saves one after another and reports the state of the latest one. */
export function useSaveState() {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const run = useCallback(async (save: () => Promise<unknown>) => {
    setState({ kind: 'saving' });
    try {
      await save();
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', reason: errorMessage(error) });
    }
  }, []);
  return { state, run };
}
