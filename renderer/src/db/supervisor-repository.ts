import type { SupervisorIdentity } from '../../../shared/signoff/files';
import {
  SINGLE_ROW_ID,
  type KompetenDatabase,
  type OwnKeyRow,
  type SupervisorRow,
} from './database';

export async function listSupervisors(db: KompetenDatabase): Promise<SupervisorRow[]> {
  const rows = await db.supervisors.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export interface SupervisorKey {
  publicKey: string;
  fingerprint: string;
}

/** Adds a supervisor; a key may come later. One key belongs to one supervisor only. */
export async function saveSupervisor(
  db: KompetenDatabase,
  identity: SupervisorIdentity & Partial<SupervisorKey>,
  id?: string,
  now: Date = new Date(),
): Promise<SupervisorRow> {
  return db.transaction('rw', db.supervisors, async () => {
    const current = id ? await db.supervisors.get(id) : undefined;
    if (id && !current) throw new Error(`Supervisor ${id} does not exist`);
    const row: SupervisorRow = {
      id: current?.id ?? crypto.randomUUID(),
      createdAt: current?.createdAt ?? now.toISOString(),
      publicKey: current?.publicKey ?? '',
      fingerprint: current?.fingerprint ?? '',
      ...identity,
    };
    if (row.publicKey) {
      const owner = (await db.supervisors.toArray()).find(
        (s) => s.publicKey === row.publicKey && s.id !== row.id,
      );
      if (owner) throw new KeyInUseError(owner.name);
    }
    await db.supervisors.put(row);
    return row;
  });
}

/** The key card belongs to a supervisor already in the list. */
export class KeyInUseError extends Error {
  constructor(readonly owner: string) {
    super(`This key already belongs to ${owner}`);
    this.name = 'KeyInUseError';
  }
}

/** Removes a supervisor. Entries keep their sign-offs, which carry the name and key. */
export async function deleteSupervisor(db: KompetenDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.supervisors, db.practiceEntries, async () => {
    await db.supervisors.delete(id);
    await db.practiceEntries.where('supervisorId').equals(id).modify({ supervisorId: '' });
  });
}

export const loadOwnKey = (db: KompetenDatabase) => db.ownKey.get(SINGLE_ROW_ID);

export async function saveOwnKey(db: KompetenDatabase, key: Omit<OwnKeyRow, 'id'>) {
  await db.ownKey.put({ ...key, id: SINGLE_ROW_ID });
}

export const deleteOwnKey = (db: KompetenDatabase) => db.ownKey.delete(SINGLE_ROW_ID);
