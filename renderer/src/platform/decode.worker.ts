/// <reference lib="webworker" />
import { runDecodeJob } from './decode-job';
import type { DecodeRequest } from './decode-protocol';

/**
 * Reads an opened file off the main thread: a file of hostile size or shape keeps this worker
 * busy, never the page. One job per worker; the page ends it once the reply is in.
 */
self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  const { reply, transfer } = await runDecodeJob(event.data);
  try {
    (self as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
  } catch (error) {
    // A value that cannot be cloned: say so rather than leave the page waiting.
    const message = error instanceof Error ? error.message : String(error);
    (self as DedicatedWorkerGlobalScope).postMessage({ kind: 'failed', message });
  }
};
