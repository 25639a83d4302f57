// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveOwnKey } from '../../../../renderer/src/db/supervisor-repository';
import { CreateKeyForm } from '../../../../renderer/src/features/supervisor-mode/CreateKeyForm';
import {
  createOwnKey,
  keyBackupOf,
  type OwnKey,
} from '../../../../renderer/src/features/supervisor-mode/own-key';
import { RestoreKey } from '../../../../renderer/src/features/supervisor-mode/RestoreKey';
import '../../../../renderer/src/i18n';
import type { Bridge } from '../../../../renderer/src/platform/bridge';
import { services } from '../../../support/services';
import { testDatabase } from '../../db/test-database';

const bridge = { openFile: vi.fn<Bridge['openFile']>(), saveFile: vi.fn<Bridge['saveFile']>() };
// The key is stored through the (mocked) repository; the database itself is never written.
const wrapper = services(testDatabase(), bridge);
vi.mock('../../../../renderer/src/db/supervisor-repository', () => ({ saveOwnKey: vi.fn() }));

afterEach(cleanup);

const PASSPHRASE = 'kopi pagi di teras rumah';
const identity = { name: 'Ani Suryani', role: '', strNumber: '', contact: '' };

const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('creating a key', () => {
  it('shows each problem next to its field and saves nothing', async () => {
    render(<CreateKeyForm onCreated={vi.fn()} />, { wrapper });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Buat kunci' }));
    });
    const name = screen.getByLabelText(/^Nama lengkap/);
    const passphrase = screen.getByLabelText(/^Frasa sandi/);
    expect(description(name)).toBe('Wajib diisi.');
    expect(description(passphrase)).toMatch(/Frasa sandi minimal 12 karakter\./);

    fireEvent.change(passphrase, { target: { value: 'kopi pagi' } });
    expect(screen.getByText('Kurang 3 karakter lagi.')).toBeTruthy();
    fireEvent.change(passphrase, { target: { value: PASSPHRASE } });
    fireEvent.change(screen.getByLabelText(/^Ulangi frasa sandi/), {
      target: { value: 'kopi pagi di teras' },
    });
    await waitFor(() =>
      expect(description(screen.getByLabelText(/^Ulangi frasa sandi/))).toMatch(
        /Tidak sama dengan frasa sandi di atas/,
      ),
    );
    expect(saveOwnKey).not.toHaveBeenCalled();
  });
});

describe('restoring a key', () => {
  let key: OwnKey;
  beforeAll(async () => {
    key = await createOwnKey(identity, PASSPHRASE, new Date());
  }, 30_000);

  const choose = async (name: string, text: string) => {
    const data = new TextEncoder().encode(text);
    vi.mocked(bridge.openFile).mockResolvedValue({ status: 'opened', name, data });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pilih berkas cadangan' }));
    });
  };

  it('says what is wrong with a file that is not a key backup', async () => {
    render(<RestoreKey onRestored={vi.fn()} />, { wrapper });
    await choose('kartu.kompeten-kunci', JSON.stringify({ format: 'lain' }));
    expect(screen.getByRole('alert').textContent).toContain(
      'tidak sesuai format cadangan kunci supervisor',
    );
    vi.mocked(bridge.openFile).mockResolvedValue({
      status: 'too-large',
      name: 'besar.kompeten-kunci',
      size: 30 * 1024 * 1024,
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pilih berkas cadangan' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('terlalu besar');
    expect(screen.queryByLabelText(/Frasa sandi cadangan/)).toBeNull();
  });

  it('refuses a wrong passphrase next to the field, then restores with the right one', async () => {
    const onRestored = vi.fn();
    render(<RestoreKey onRestored={onRestored} />, { wrapper });
    await choose('ani.kompeten-kunci', JSON.stringify(keyBackupOf(key)));
    expect(screen.getByText(new RegExp(`sidik jari ${key.fingerprint}`))).toBeTruthy();
    const passphrase = screen.getByLabelText(/Frasa sandi cadangan/);
    expect(document.activeElement).toBe(passphrase);

    fireEvent.change(passphrase, { target: { value: 'bukan frasa sandinya' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan kunci' }));
    await waitFor(() => expect(description(passphrase)).toMatch(/Frasa sandi salah/), {
      timeout: 10_000,
    });
    expect(saveOwnKey).not.toHaveBeenCalled();

    fireEvent.change(passphrase, { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan kunci' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledOnce(), { timeout: 10_000 });
    expect(vi.mocked(saveOwnKey).mock.calls[0]?.[1]).toMatchObject({
      fingerprint: key.fingerprint,
      sealedPrivateKey: key.sealedPrivateKey,
    });
  }, 30_000);

  it('sets aside a backup whose key does not match its fingerprint', async () => {
    const other = await createOwnKey(identity, 'frasa sandi yang lain', new Date());
    const relabelled = keyBackupOf(key);
    relabelled.supervisor.fingerprint = other.fingerprint;
    render(<RestoreKey onRestored={vi.fn()} />, { wrapper });
    await choose('rusak.kompeten-kunci', JSON.stringify(relabelled));
    fireEvent.change(screen.getByLabelText(/Frasa sandi cadangan/), {
      target: { value: PASSPHRASE },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan kunci' }));
    await waitFor(
      () =>
        expect(screen.getByRole('alert').textContent).toContain(
          'Kunci di berkas "rusak.kompeten-kunci" tidak cocok dengan sidik jarinya sendiri',
        ),
      { timeout: 10_000 },
    );
    expect(screen.queryByLabelText(/Frasa sandi cadangan/)).toBeNull();
  }, 30_000);
});
