import { makeTestSnapshot } from '../test/support/snapshot';

/** The large profile of issue 6: 300 criteria answered, 200 evidence files of 100 MB, 20,000 entries. */
export const LARGE_PROFILE = {
  criteriaAnswered: 300,
  evidenceFiles: 200,
  evidenceBytes: 100 * 1024 * 1024,
  logEntries: 20_000,
} as const;

export const largeSnapshot = () => makeTestSnapshot(LARGE_PROFILE);

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
