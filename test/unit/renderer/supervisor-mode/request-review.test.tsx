// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PracticeEntry } from '../../../../shared/practice/entry';
import { testPracticeEntry } from '../../../support/entry';
import { signoffResponseSchema } from '../../../../shared/signoff/files';
import { buildRequest } from '../../../../shared/signoff/request';
import { SINGLE_ROW_ID, type OwnKeyRow } from '../../../../renderer/src/db/database';
import { createOwnKey } from '../../../../renderer/src/features/supervisor-mode/own-key';
import { RequestReview } from '../../../../renderer/src/features/supervisor-mode/RequestReview';
import '../../../../renderer/src/i18n';
import type { Bridge } from '../../../../renderer/src/platform/bridge';
import { services } from '../../../support/services';
import { testDatabase } from '../../db/test-database';

const bridge = { openFile: vi.fn<Bridge['openFile']>(), saveFile: vi.fn<Bridge['saveFile']>() };
const wrapper = services(testDatabase(), bridge);

afterEach(cleanup);

const PASSPHRASE = 'kopi pagi di teras rumah';

const entry = (id: string, agency: string): PracticeEntry =>
  testPracticeEntry({
    id,
    agency,
    setting: '',
    field: 'kebun',
    practiceLevel: '',
    practiceForm: 'case-management',
    stage: '',
    criterionRefs: ['pack/BOS-01.1.1', 'pack/BOS-01.1.2'],
    narrative: '',
    supervisorId: 'sup-1',
  });

let ownKey: OwnKeyRow;
beforeAll(async () => {
  const identity = { name: 'Ani Suryani', role: '', strNumber: '', contact: '' };
  ownKey = { id: SINGLE_ROW_ID, ...(await createOwnKey(identity, PASSPHRASE, new Date())) };
}, 30_000);

function requestFile() {
  const { request } = buildRequest({
    requestId: '6f1c2a4e-3b7d-4c1a-9e2f-0a1b2c3d4e5f',
    entries: [entry('e1', 'Dinas Sosial'), entry('e2', 'Panti Asuhan')],
    candidate: { name: 'Siti Rahmawati', strNumber: '' },
    supervisor: { id: 'sup-1', name: 'Ani Suryani', fingerprint: ownKey.fingerprint },
    fieldLabels: { kebun: 'Pertanian kota' },
    now: new Date('2026-11-03T08:00:00Z'),
  });
  const data = new TextEncoder().encode(JSON.stringify(request));
  vi.mocked(bridge.openFile).mockResolvedValue({
    status: 'opened',
    name: 'p.kompeten-permintaan',
    data,
  });
}

async function openRequest() {
  requestFile();
  render(<RequestReview ownKey={ownKey} />, { wrapper });
  fireEvent.click(screen.getByRole('button', { name: 'Buka permintaan' }));
  await screen.findByRole('heading', { name: 'Permintaan dari Siti Rahmawati' });
}

const item = (number: number) =>
  screen.getByRole('listitem', { name: new RegExp(`^Entri ${number} ·`) });

describe('reviewing a request', () => {
  it('shows each entry with the candidate’s own field words and the request’s totals', async () => {
    await openRequest();
    expect(screen.getByText('5 jam')).toBeTruthy();
    const first = within(item(1));
    expect(first.getByText('Pertanian kota (istilah kandidat)')).toBeTruthy();
    expect(first.getByText('Manajemen kasus')).toBeTruthy();
    expect(first.getByText('09:00–11:30', { exact: false })).toBeTruthy();
    expect(first.getByText('Tanpa narasi.')).toBeTruthy();
    expect(screen.queryByText(/bukan kunci Anda/)).toBeNull();
    expect(
      (screen.getByRole('button', { name: 'Tandatangani & simpan jawaban' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it('asks for a reason before signing a return, at the comment itself', async () => {
    await openRequest();
    fireEvent.click(within(item(2)).getByRole('radio', { name: 'Kembalikan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tandatangani & simpan jawaban' }));
    const comment = within(item(2)).getByRole('textbox', { name: /Catatan untuk kandidat/ });
    expect(document.activeElement).toBe(comment);
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('1 entri dikembalikan tanpa alasan');
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.change(comment, { target: { value: 'Jam selesai?' } });
    expect(comment.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a wrong passphrase next to the field, then saves the signed response', async () => {
    await openRequest();
    vi.mocked(bridge.saveFile).mockResolvedValue({ saved: true, fileName: 'x' });
    fireEvent.click(screen.getByRole('button', { name: 'Setujui semua yang belum diputuskan' }));
    expect(screen.getByText('2 disetujui · 0 dikembalikan · 0 belum diputuskan')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tandatangani & simpan jawaban' }));

    const dialog = within(screen.getByRole('dialog', { name: 'Tandatangani jawaban' }));
    const passphrase = dialog.getByLabelText(/Frasa sandi kunci/);
    fireEvent.change(passphrase, { target: { value: 'bukan frasa sandinya' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Tandatangani & simpan' }));
    await waitFor(() => expect(dialog.getByText(/Frasa sandi salah/)).toBeTruthy(), {
      timeout: 10_000,
    });
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.saveFile).not.toHaveBeenCalled();

    fireEvent.change(passphrase, { target: { value: PASSPHRASE } });
    await act(async () => {
      fireEvent.click(dialog.getByRole('button', { name: 'Tandatangani & simpan' }));
    });
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledOnce(), { timeout: 10_000 });
    const saved = vi.mocked(bridge.saveFile).mock.calls[0]![0];
    expect(saved.suggestedName).toMatch(/^Siti Rahmawati-\d{4}-\d{2}-\d{2}\.kompeten-jawaban$/);
    const response = signoffResponseSchema.parse(JSON.parse(saved.data as string));
    expect(response.decisions.map((d) => d.decision)).toEqual(['approved', 'approved']);
    await screen.findByText(/Jawaban sudah ditandatangani dan disimpan: 2 disetujui/);
  }, 30_000);

  it('asks before another request replaces unsaved decisions', async () => {
    await openRequest();
    const approve = () => within(item(1)).getByRole('radio', { name: 'Setujui' });
    fireEvent.click(approve());
    const openAgain = async () => {
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Buka permintaan' }));
      });
      return within(screen.getByRole('dialog', { name: 'Ganti permintaan yang sedang ditinjau?' }));
    };

    fireEvent.click((await openAgain()).getByRole('button', { name: 'Batal' }));
    expect((approve() as HTMLInputElement).checked).toBe(true);

    fireEvent.click((await openAgain()).getByRole('button', { name: 'Ganti permintaan' }));
    await waitFor(() => expect((approve() as HTMLInputElement).checked).toBe(false));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
