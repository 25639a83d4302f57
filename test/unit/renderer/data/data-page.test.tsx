// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBackup } from '../../../../shared/backup/write';
import { testPracticeEntry } from '../../../support/entry';
import { readSnapshot } from '../../../../renderer/src/db/backup-repository';
import { DataPage } from '../../../../renderer/src/features/data/DataPage';
import '../../../../renderer/src/i18n';
import type { KompetenDatabase } from '../../../../renderer/src/db/database';
import type { AutoBackupInfo, Bridge } from '../../../../renderer/src/platform/bridge';
import { services } from '../../../support/services';
import { testDatabase } from '../../db/test-database';

const FILE: AutoBackupInfo = {
  name: 'kompeten-20261122-080000-000-quit.kompeten-cadangan',
  createdAt: '2026-11-22T08:00:00.000Z',
  reason: 'quit',
  size: 1234,
};

/** A backup holding one practice entry, made from a database of its own. */
async function backupBytes() {
  const source = testDatabase();
  await source.practiceEntries.put(testPracticeEntry({ agency: 'LKSA Harapan Bangsa' }));
  const meta = { appVersion: '1.0.0', createdAt: FILE.createdAt, reason: 'quit' as const };
  return writeBackup(await readSnapshot(source), meta);
}

/** The desktop's backup folder, holding one automatic backup; it notes what is written to it. */
function desktopBridge(db: KompetenDatabase, written: unknown[]): Partial<Bridge> {
  return {
    kind: 'electron',
    appInfo: async () => ({ version: '1.0.0', platform: 'linux' }),
    autoBackups: {
      list: async () => ({
        files: [FILE],
        folder: '/home/siti/.config/Kompeten/backups',
        freeBytes: 9e9,
      }),
      read: async () => ({ status: 'opened', name: FILE.name, data: await backupBytes() }),
      write: async (reason, data) => {
        // What the database held when the copy was taken.
        written.push({ reason, size: data.byteLength, entries: await db.practiceEntries.count() });
        return { ...FILE, name: `kompeten-x-${reason}.kompeten-cadangan`, reason };
      },
      versionCheck: async () => ({ previousVersion: '1.0.0', currentVersion: '1.0.0' }),
      markVersionSeen: async () => undefined,
      onQuit: () => undefined,
    },
  };
}

afterEach(cleanup);

describe('Data & Cadangan on the desktop', () => {
  it('restores an automatic backup after copying the current state into the folder', async () => {
    const db = testDatabase();
    const written: unknown[] = [];
    render(
      <MemoryRouter>
        <DataPage />
      </MemoryRouter>,
      { wrapper: services(db, desktopBridge(db, written)) },
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
    expect(written).toEqual([expect.objectContaining({ reason: 'before-restore', entries: 0 })]);
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
