import { localIsoDate } from '../../../shared/dates';
import {
  practiceEntryInputSchema,
  type PracticeEntryData,
  type PracticeEntryInput,
} from '../../../shared/practice/entry';
import { canonicalJson } from '../../../shared/signing/canonical-json';
import { signedText } from '../../../shared/signoff/signable';
import type { Signoff } from '../../../shared/signoff/state';
import type { KompetenDatabase, PracticeEntryRow } from './database';
import { changedFields, withChanges } from '../../../shared/forms/changes';

/** Every entry, newest day first. */
export async function listPracticeEntries(db: KompetenDatabase): Promise<PracticeEntryRow[]> {
  return (await db.practiceEntries.orderBy('date').toArray()).reverse();
}

const validate = (input: PracticeEntryInput, now: Date) =>
  practiceEntryInputSchema(localIsoDate(now)).parse(input);

const newRow = (data: PracticeEntryData, now: Date): PracticeEntryRow => ({
  ...data,
  id: crypto.randomUUID(),
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
});

export async function addPracticeEntry(
  db: KompetenDatabase,
  input: PracticeEntryInput,
  now: Date = new Date(),
): Promise<PracticeEntryRow> {
  const row = newRow(validate(input, now), now);
  await db.practiceEntries.add(row);
  return row;
}

/**
 * Saves an edit. A sign-off record is kept as it was: the entry no longer matches what was signed,
 * so it shows as broken until it is signed again. With `base`, the values the form started from,
 * only the fields the user changed are written over the entry as it is now, so a form opened
 * before another tab's save (or an import, or a restore) does not undo it.
 */
export async function updatePracticeEntry(
  db: KompetenDatabase,
  id: string,
  input: PracticeEntryInput,
  { now = new Date(), base }: { now?: Date; base?: PracticeEntryInput } = {},
): Promise<PracticeEntryRow> {
  return db.transaction('rw', db.practiceEntries, async () => {
    const current = await db.practiceEntries.get(id);
    if (!current) throw new Error(`Practice entry ${id} does not exist`);
    const merged = base
      ? withChanges(practiceInputOf(current), input, changedFields(base, input))
      : input;
    const data = validate(merged, now);
    const next = { ...current, ...data, updatedAt: now.toISOString() };
    await db.practiceEntries.put(next);
    return next;
  });
}

/** A stored entry as the form holds it. */
export function practiceInputOf(entry: PracticeEntryRow): PracticeEntryInput {
  const { id: _id, createdAt: _c, updatedAt: _u, minutes: _m, signoff: _s, ...input } = entry;
  return input;
}

export async function deletePracticeEntries(db: KompetenDatabase, ids: readonly string[]) {
  await db.practiceEntries.bulkDelete([...ids]);
}

/** Adds already validated rows (a checked CSV file) in one transaction: all or nothing. */
export async function importPracticeEntries(
  db: KompetenDatabase,
  rows: readonly PracticeEntryData[],
  now: Date = new Date(),
): Promise<number> {
  await db.transaction('rw', db.practiceEntries, () =>
    db.practiceEntries.bulkAdd(rows.map((data) => newRow(data, now))),
  );
  return rows.length;
}

/** An entry's sign-off changed between checking a response and storing it. */
export class SignoffChangedError extends Error {
  constructor(readonly entryId: string) {
    super(`The sign-off of practice entry ${entryId} changed meanwhile`);
    this.name = 'SignoffChangedError';
  }
}

export interface SignoffUpdate {
  entryId: string;
  signoff: Signoff;
  /** The sign-off the update was made against; if the entry's is no longer this, nothing is written. */
  replaces?: Signoff;
}

/**
 * Stores sign-off records for several entries at once. Each record was made for the entry as it
 * was then; if an entry is gone, or its sign-off changed since, nothing is written.
 */
export async function setSignoffs(
  db: KompetenDatabase,
  updates: readonly SignoffUpdate[],
): Promise<void> {
  await db.transaction('rw', db.practiceEntries, async () => {
    const rows = await db.practiceEntries.bulkGet(updates.map((u) => u.entryId));
    updates.forEach(({ entryId, replaces }, i) => {
      const row = rows[i];
      if (!row) throw new Error(`Practice entry ${entryId} does not exist`);
      // Plain string comparison: no crypto may be awaited inside a Dexie transaction.
      if (replaces && canonicalJson(row.signoff ?? null) !== canonicalJson(replaces)) {
        throw new SignoffChangedError(entryId);
      }
    });
    await db.practiceEntries.bulkPut(
      updates.map(({ signoff }, i) => ({ ...(rows[i] as PracticeEntryRow), signoff })),
    );
  });
}

/** In-person sign-off: the supervisor's typed name and drawn signature on this screen. */
export async function signInPerson(
  db: KompetenDatabase,
  ids: readonly string[],
  signer: { supervisorId: string; supervisorName: string; drawing: string },
  now: Date = new Date(),
): Promise<void> {
  // One transaction, so the text recorded is the text of the entry as it is stored.
  await db.transaction('rw', db.practiceEntries, async () => {
    const rows = await db.practiceEntries.bulkGet([...ids]);
    const updates = ids.map((entryId, i): { entryId: string; signoff: Signoff } => {
      const row = rows[i];
      if (!row) throw new Error(`Practice entry ${entryId} does not exist`);
      const at = now.toISOString();
      return { entryId, signoff: { kind: 'in-person', ...signer, at, entryText: signedText(row) } };
    });
    await setSignoffs(db, updates);
  });
}
