import type { FileProblem } from '../../../../shared/files/file-problem';
import type { SignoffResponse } from '../../../../shared/signoff/files';
import { verifyResponse, type ResponseRejection } from '../../../../shared/signoff/response';
import type { KompetenDatabase } from '../../db/database';
import {
  listPracticeEntries,
  setSignoffs,
  SignoffChangedError,
} from '../../db/practice-repository';
import { listSupervisors } from '../../db/supervisor-repository';

export type ResponseImportResult =
  | { kind: 'file-problem'; problem: FileProblem }
  | { kind: 'rejected'; rejection: ResponseRejection }
  | { kind: 'changed-meanwhile' }
  | { kind: 'imported'; supervisor: string; approved: number; returned: number };

/**
 * Verifies every signature of a supervisor's response against the registered key and the waiting
 * entries, and only then stores the sign-offs, all at once. A refusal changes nothing.
 */
export async function importResponse(
  db: KompetenDatabase,
  response: SignoffResponse,
): Promise<ResponseImportResult> {
  const [entries, supervisors] = await Promise.all([listPracticeEntries(db), listSupervisors(db)]);
  const verified = await verifyResponse(response, {
    entries: new Map(entries.map((e) => [e.id, e])),
    supervisors,
  });
  if (!verified.ok) return { kind: 'rejected', rejection: verified.rejection };
  const byId = new Map(entries.map((e) => [e.id, e]));
  // Checking thousands of signatures takes a moment; what changed meanwhile is not overwritten.
  try {
    await setSignoffs(
      db,
      verified.updates.map((u) => ({ ...u, replaces: byId.get(u.entryId)?.signoff })),
    );
  } catch (error) {
    if (error instanceof SignoffChangedError) return { kind: 'changed-meanwhile' };
    throw error;
  }
  const approved = verified.updates.filter((u) => u.signoff.kind === 'signed').length;
  return {
    kind: 'imported',
    supervisor: verified.supervisor.name,
    approved,
    returned: verified.updates.length - approved,
  };
}
