import { localIsoDate } from '../../../shared/dates';
import {
  cvEntrySchema,
  cvSection,
  type CvEntry,
  type CvSectionId,
  type CvValues,
} from '../../../shared/portfolio/cv';
import type { KompetenDatabase } from './database';

/** Every CV entry, grouped by part, each part in the candidate's order. */
export async function listCvEntries(db: KompetenDatabase): Promise<Map<CvSectionId, CvEntry[]>> {
  const rows = await db.cvEntries.toArray();
  const bySection = new Map<CvSectionId, CvEntry[]>();
  for (const row of rows.sort((a, b) => a.order - b.order)) {
    bySection.set(row.section, [...(bySection.get(row.section) ?? []), row]);
  }
  return bySection;
}

const validate = (section: CvSectionId, values: CvValues, now: Date) =>
  cvEntrySchema(section, localIsoDate(now)).parse(values);

/** Adds an entry at the end of its part. A single-entry part (identity) is replaced instead. */
export async function saveNewCvEntry(
  db: KompetenDatabase,
  section: CvSectionId,
  values: CvValues,
  now: Date = new Date(),
): Promise<CvEntry> {
  const data = validate(section, values, now);
  return db.transaction('rw', db.cvEntries, async () => {
    const siblings = await db.cvEntries.where('section').equals(section).toArray();
    const single = cvSection(section).single;
    const entry: CvEntry = {
      // The identity part keeps one fixed id, so saving it twice can never make two.
      id: single ? section : crypto.randomUUID(),
      section,
      order: single ? 0 : Math.max(-1, ...siblings.map((s) => s.order)) + 1,
      values: data,
      updatedAt: now.toISOString(),
    };
    await db.cvEntries.put(entry);
    return entry;
  });
}

export async function updateCvEntry(
  db: KompetenDatabase,
  id: string,
  values: CvValues,
  now: Date = new Date(),
): Promise<CvEntry> {
  return db.transaction('rw', db.cvEntries, async () => {
    const current = await db.cvEntries.get(id);
    if (!current) throw new Error(`CV entry ${id} does not exist`);
    const next = {
      ...current,
      values: validate(current.section, values, now),
      updatedAt: now.toISOString(),
    };
    await db.cvEntries.put(next);
    return next;
  });
}

export async function deleteCvEntry(db: KompetenDatabase, id: string): Promise<void> {
  await db.cvEntries.delete(id);
}

/** Swaps an entry with its neighbour above (-1) or below (+1); at either end nothing moves. */
export async function moveCvEntry(
  db: KompetenDatabase,
  id: string,
  direction: -1 | 1,
): Promise<void> {
  await db.transaction('rw', db.cvEntries, async () => {
    const entry = await db.cvEntries.get(id);
    if (!entry) throw new Error(`CV entry ${id} does not exist`);
    const siblings = (await db.cvEntries.where('section').equals(entry.section).toArray()).sort(
      (a, b) => a.order - b.order,
    );
    const index = siblings.findIndex((s) => s.id === id);
    const other = siblings[index + direction];
    if (!other) return;
    await db.cvEntries.update(entry.id, { order: other.order });
    await db.cvEntries.update(other.id, { order: entry.order });
  });
}
