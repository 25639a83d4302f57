import type { FileKindId } from './file-problem';

/**
 * The app's own file types: the files it writes with an extension of its own, which the
 * installers register with the operating system so that a double-click opens them in Kompeten.
 * Plain data without imports, so the main process can read it without pulling in any schema;
 * `electron-builder.yml` lists the same types (a test keeps the two in step).
 */
export const OWN_FILE_TYPES = {
  request: { extension: 'kompeten-permintaan', maxBytes: 20 * 1024 * 1024 },
  response: { extension: 'kompeten-jawaban', maxBytes: 20 * 1024 * 1024 },
  keyCard: { extension: 'kompeten-kunci-publik', maxBytes: 20 * 1024 * 1024 },
  keyBackup: { extension: 'kompeten-kunci', maxBytes: 20 * 1024 * 1024 },
  /** 200 evidence files of up to 20 MB each would be 4 GB; real profiles stay far below this. */
  backup: { extension: 'kompeten-cadangan', maxBytes: 512 * 1024 * 1024 },
  /** A large framework pack and thousands of signed entries stay well below this. */
  portfolioBundle: { extension: 'kompeten-portofolio', maxBytes: 50 * 1024 * 1024 },
} as const satisfies Partial<Record<FileKindId, { extension: string; maxBytes: number }>>;

export type OwnFileKindId = keyof typeof OWN_FILE_TYPES;

/** The own type a file name ends in (case-insensitive, as Windows and macOS treat names), if any. */
export function ownFileKindOf(fileName: string): OwnFileKindId | null {
  const lower = fileName.toLowerCase();
  for (const [kind, { extension }] of Object.entries(OWN_FILE_TYPES)) {
    if (lower.endsWith(`.${extension}`)) return kind as OwnFileKindId;
  }
  return null;
}
