import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { localIsoDate } from '../../shared/dates';
import { expect } from './fixtures';

export const today = () => localIsoDate(new Date());

export interface EntryFields {
  date?: string;
  start?: string;
  end?: string;
  duration?: string;
  agency: string;
  field?: string;
  activity?: string;
  narrative?: string;
}

/** Fills the entry form that is open; leaves saving to the caller. */
export async function fillEntry(page: Page, fields: EntryFields) {
  const form = page.getByRole('dialog');
  if (fields.date) await form.getByLabel(/^Tanggal/).fill(fields.date);
  if (fields.start) await form.getByLabel('Jam mulai').fill(fields.start);
  if (fields.end) await form.getByLabel('Jam selesai').fill(fields.end);
  if (fields.duration) await form.getByLabel('Atau durasi (jam)').fill(fields.duration);
  await form.getByRole('textbox', { name: 'Lembaga', exact: true }).fill(fields.agency);
  await form
    .getByRole('combobox', { name: 'Bidang praktik', exact: true })
    .selectOption({ label: fields.field ?? 'Anak' });
  await form
    .getByLabel('Jenis kegiatan')
    .selectOption({ label: fields.activity ?? 'Kontak langsung dengan klien' });
  if (fields.narrative) await form.getByLabel('Narasi kegiatan').fill(fields.narrative);
}

export async function addEntry(page: Page, fields: EntryFields) {
  await page.getByRole('button', { name: 'Tambah entri' }).click();
  await fillEntry(page, fields);
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan entri' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** Clicks a button that makes the page download a file, and returns the file's name and text. */
export async function downloadFrom(page: Page, button: string | RegExp) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  const filePath = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(filePath, 'utf8') };
}
