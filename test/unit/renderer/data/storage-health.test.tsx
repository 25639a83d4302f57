// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageHealth } from '../../../../renderer/src/features/data/StorageHealth';
import '../../../../renderer/src/i18n';

const MB = 1024 * 1024;

function storage(usage: number, quota: number, persisted: boolean) {
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: {
      persisted: async () => persisted,
      estimate: async () => ({ usage, quota }),
      persist: async () => true,
    },
  });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('storage health', () => {
  it('warns when the quota is nearly used up and offers to ask for persistence', async () => {
    storage(95 * MB, 100 * MB, false);
    render(<StorageHealth lastBackupAt={null} diskFree={null} />);
    expect((await screen.findByTestId('nearly-full')).textContent).toMatch(
      /^Ruang penyimpanan hampir penuh \(95\s?%/,
    );
    expect(screen.getByTestId('persisted').textContent).toMatch(/^Belum diizinkan/);
    expect(screen.getByRole('button', { name: 'Minta izin penyimpanan permanen' })).toBeTruthy();
    expect(screen.getByTestId('last-backup').textContent).toBe('Belum pernah');
  });

  it('stays quiet with room to spare, and warns about a nearly full backup disk', async () => {
    storage(10 * MB, 100 * MB, true);
    render(<StorageHealth lastBackupAt="2026-11-20T03:00:00.000Z" diskFree={100 * MB} />);
    expect(await screen.findByTestId('persisted')).toBeTruthy();
    expect(screen.queryByTestId('nearly-full')).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Disk tempat cadangan otomatis disimpan hampir penuh \(sisa 100/,
    );
    expect(screen.getByTestId('last-backup').textContent).toMatch(/2026/);
  });
});
