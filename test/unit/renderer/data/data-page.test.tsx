// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeBackup } from '../../../../shared/backup/write';
import { testPracticeEntry } from '../../../support/entry';
import { readSnapshot } from '../../../../renderer/src/db/backup-repository';
import { DataPage } from '../../../../renderer/src/features/data/DataPage';
import '../../../../renderer/src/i18n';
import type { AutoBackupInfo } from '../../../../renderer/src/platform/bridge';
import { testDatabase } from '../../db/test-database';

const mocks = vi.hoisted(() => ({ db: undefined as unknown, written: [] as unknown[] }));

vi.mock('../../../../renderer/src/db', async () => {
  const { testDatabase: make } = await import('../../db/test-database');
  mocks.db = make();
  return { db: mocks.db };
});

const FILE: AutoBackupInfo = {
  name: 'kompeten-20261122-080000-000-quit.kompeten-cadangan',
  createdAt: '2026-11-22T08:00:00.000Z',
  reason: 'quit',
  size: 1234,
};

vi.mock('../../../../renderer/src/platform', async () => {
  const { testDatabase: make } = await import('../../db/test-database');
  const { readSnapshot: snapshotOf } =
    await import('../../../../renderer/src/db/backup-repository');
  return {
    bridge: {
      kind: 'electron',
      appInfo: async () => ({ version: '1.0.0', platform: 'linux' }),
      autoBackups: {
        list: async () => ({
          files: [FILE],
          folder: '/home/siti/.config/Kompeten/backups',
          freeBytes: 9e9,
        }),
        read: async () => ({ status: 'opened', name: FILE.name, data: await backupBytes() }),
        write: async (reason: string, data: Uint8Array) => {
          // What the database held when the copy was taken.
          const entries = await (mocks.db as ReturnType<typeof make>).practiceEntries.count();
          mocks.written.push({ reason, size: data.byteLength, entries });
          return { ...FILE, name: `kompeten-x-${reason}.kompeten-cadangan`, reason };
        },
      },
    },
  };
  /** A backup holding one practice entry, made from a database of its own. */
  async function backupBytes() {
    const source = make();
    await source.practiceEntries.put(testPracticeEntry({ agency: 'LKSA Harapan Bangsa' }));
    const meta = { appVersion: '1.0.0', createdAt: FILE.createdAt, reason: 'quit' as const };
    return writeBackup(await snapshotOf(source), meta);
  }
});

afterEach(cleanup);

describe('Data & Cadangan on the desktop', () => {
  it('restores an automatic backup after copying the current state into the folder', async () => {
    render(
      <MemoryRouter>
        <DataPage />
      </MemoryRouter>,
    );
    const table = await screen.findByRole('table', { name: 'Cadangan otomatis, terbaru di atas' });
    expect(within(table).getByText('Saat aplikasi ditutup')).toBeTruthy();
    expect(screen.getByText('Folder: /home/siti/.config/Kompeten/backups')).toBeTruthy();

    fireEvent.click(within(table).getByRole('button', { name: /^Pulihkan cadangan / }));
    const row = await screen.findByText('1 baru');
    expect(row.closest('tr')?.getAttribute('data-table')).toBe('practiceEntries');
    expect(
      screen.getByText(
        'Sebelum memulihkan, Kompeten menyimpan salinan data saat ini ke folder cadangan otomatis.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan' }));

    await screen.findByText(`Data dipulihkan dari "${FILE.name}".`);
    expect(mocks.written).toEqual([
      expect.objectContaining({ reason: 'before-restore', entries: 0 }),
    ]);
    const db = mocks.db as ReturnType<typeof testDatabase>;
    const restored = await readSnapshot(db);
    expect(restored.tables.practiceEntries.map((e) => e.agency)).toEqual(['LKSA Harapan Bangsa']);
    await waitFor(() =>
      expect(
        screen.getByText(
          'Salinan data sebelum pemulihan: "kompeten-x-before-restore.kompeten-cadangan".',
        ),
      ).toBeTruthy(),
    );
  });
});
