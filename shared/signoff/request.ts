import { SIGNOFF_FILES, type SignoffRequest } from './files';
import { signableEntry, signedText, type SignableEntry } from './signable';
import type { Signoff } from './state';

/**
 * Candidate side: the request file for a set of entries, and the `requested` mark each entry
 * gets. The mark keeps the text that was sent, which is what the supervisor's signature covers.
 */
export function buildRequest(options: {
  requestId: string;
  entries: readonly SignableEntry[];
  candidate: SignoffRequest['candidate'];
  supervisor: { id: string; name: string; fingerprint: string };
  fieldLabels: Record<string, string>;
  now: Date;
}): { request: SignoffRequest; marks: { entryId: string; signoff: Signoff }[] } {
  const { requestId, entries, supervisor } = options;
  const createdAt = options.now.toISOString();
  const used = new Set(entries.map((e) => e.field));
  return {
    request: {
      format: SIGNOFF_FILES.request.format,
      version: 1,
      requestId,
      createdAt,
      candidate: options.candidate,
      supervisor: { name: supervisor.name, fingerprint: supervisor.fingerprint },
      fieldLabels: Object.fromEntries(
        Object.entries(options.fieldLabels).filter(([id]) => used.has(id)),
      ),
      entries: entries.map(signableEntry),
    },
    marks: entries.map((entry) => ({
      entryId: entry.id,
      signoff: {
        kind: 'requested',
        requestId,
        supervisorId: supervisor.id,
        candidate: options.candidate,
        at: createdAt,
        entryText: signedText(entry),
      },
    })),
  };
}
