import {
  evidenceInputSchema,
  MAX_EVIDENCE_FILE_BYTES,
  type Evidence,
  type EvidenceInput,
} from '../../../shared/assessment/assessment';
import { localIsoDate } from '../../../shared/dates';
import type { KompetenDatabase } from './database';

export interface NewFile {
  name: string;
  mimeType: string;
  blob: Blob;
}

/** What to do with an evidence item's file when it is saved. */
export type FileChange = { keep: true } | { remove: true } | { replace: NewFile };

export class EvidenceFileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`Evidence file is ${size} bytes; the limit is ${maxBytes}`);
    this.name = 'EvidenceFileTooLargeError';
  }
}

function checkSize(file: NewFile | undefined) {
  if (file && file.blob.size > MAX_EVIDENCE_FILE_BYTES) {
    throw new EvidenceFileTooLargeError(file.blob.size, MAX_EVIDENCE_FILE_BYTES);
  }
}

const fileInfo = (file: NewFile) => ({
  name: file.name,
  mimeType: file.mimeType || 'application/octet-stream',
  size: file.blob.size,
});

/** Validates and stores new evidence and its file together: both or neither. */
export async function addEvidence(
  db: KompetenDatabase,
  input: EvidenceInput,
  file?: NewFile,
  now: Date = new Date(),
): Promise<Evidence> {
  const data = evidenceInputSchema(localIsoDate(now)).parse(input);
  checkSize(file);
  const stamp = now.toISOString();
  const evidence: Evidence = {
    ...data,
    id: crypto.randomUUID(),
    ...(file ? { file: fileInfo(file) } : {}),
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.transaction('rw', db.evidence, db.evidenceFiles, async () => {
    await db.evidence.add(evidence);
    if (file) await db.evidenceFiles.add({ id: evidence.id, blob: file.blob });
  });
  return evidence;
}

export async function updateEvidence(
  db: KompetenDatabase,
  id: string,
  input: EvidenceInput,
  fileChange: FileChange,
  now: Date = new Date(),
): Promise<Evidence> {
  const data = evidenceInputSchema(localIsoDate(now)).parse(input);
  const replacement = 'replace' in fileChange ? fileChange.replace : undefined;
  checkSize(replacement);
  return db.transaction('rw', db.evidence, db.evidenceFiles, async () => {
    const current = await db.evidence.get(id);
    if (!current) throw new Error(`Evidence ${id} does not exist`);
    const { file: currentFile, ...rest } = current;
    const file = replacement
      ? fileInfo(replacement)
      : 'keep' in fileChange
        ? currentFile
        : undefined;
    const next: Evidence = {
      ...rest,
      ...data,
      ...(file ? { file } : {}),
      updatedAt: now.toISOString(),
    };
    await db.evidence.put(next);
    if (replacement) await db.evidenceFiles.put({ id, blob: replacement.blob });
    if ('remove' in fileChange) await db.evidenceFiles.delete(id);
    return next;
  });
}

export async function deleteEvidence(db: KompetenDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.evidence, db.evidenceFiles, async () => {
    await db.evidence.delete(id);
    await db.evidenceFiles.delete(id);
  });
}

/** All evidence, newest first. */
export async function listEvidence(db: KompetenDatabase): Promise<Evidence[]> {
  const rows = await db.evidence.toArray();
  return rows.sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}

export async function loadEvidenceFile(db: KompetenDatabase, id: string): Promise<Blob | null> {
  return (await db.evidenceFiles.get(id))?.blob ?? null;
}

/** Links or unlinks one piece of evidence and one criterion. */
export async function setEvidenceLink(
  db: KompetenDatabase,
  id: string,
  ref: string,
  linked: boolean,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction('rw', db.evidence, async () => {
    const current = await db.evidence.get(id);
    if (!current) throw new Error(`Evidence ${id} does not exist`);
    const refs = new Set(current.criterionRefs);
    if (linked) refs.add(ref);
    else refs.delete(ref);
    await db.evidence.update(id, { criterionRefs: [...refs], updatedAt: now.toISOString() });
  });
}
