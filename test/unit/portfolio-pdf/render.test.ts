import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import { afterAll, describe, expect, it } from 'vitest';
import portfolioPdfId from '../../../renderer/src/i18n/id/portfolio-pdf';
import { PORTFOLIO_SECTIONS, type PortfolioData } from '../../../shared/portfolio/data';
import { buildPortfolioDocument } from '../../../shared/portfolio/pdf/document';
import { emptyPortfolio, testVocab, typicalPortfolio } from '../../support/portfolio';

// As the PDF worker does: pdfmake's own build with its bundled Roboto, and no network.
pdfMake.addVirtualFileSystem(vfs);
pdfMake.setUrlAccessPolicy(() => false);

const CODE = 'KMP-7Q4R-9XWD-2M3H';
const PDFTOTEXT = '/usr/bin/pdftotext';
const dir = mkdtempSync(join(tmpdir(), 'kompeten-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(data: PortfolioData, name: string): Promise<string> {
  const definition = buildPortfolioDocument(data, {
    sections: PORTFOLIO_SECTIONS,
    words: { ...portfolioPdfId, vocab: testVocab() },
    verificationCode: CODE,
  });
  const buffer = await pdfMake.createPdf(definition).getBuffer();
  expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, buffer);
  return file;
}

/** The text of the PDF, or of one page, as a reader would copy it. */
const textOf = (file: string, page?: number) =>
  execFileSync(
    PDFTOTEXT,
    ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'],
    { encoding: 'utf8' },
  );

describe.skipIf(!existsSync(PDFTOTEXT))('the rendered portfolio', () => {
  it('reads as a whole document: names, code, numbered pages and a working table of contents', async () => {
    const file = await render(typicalPortfolio(), 'typical');
    const all = textOf(file);
    expect(all).toContain('Siti Rahmawati');
    expect(all).toContain('Dra. Ani Suryani, M.Si.');
    expect(all).toContain('Tidak terverifikasi digital');
    // The code is spaced out on the cover, so compare without spaces.
    expect(all.replace(/\s/g, '')).toContain(CODE);

    // Every page but the cover says "Halaman x dari y", with y the real page count.
    const numbers = [...all.matchAll(/Halaman (\d+) dari (\d+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const pages = numbers.length + 1;
    expect(numbers.map(([page]) => page)).toEqual(
      Array.from({ length: pages - 1 }, (_, i) => i + 2),
    );
    expect(numbers.every(([, total]) => total === pages)).toBe(true);

    // The contents give each section's page, and that page starts with its heading.
    const contents = textOf(file, 2);
    for (const title of ['Daftar Bukti', 'Catatan Jam Praktik', 'Pernyataan dan Peninjauan']) {
      const page = Number(new RegExp(`${title}\\s+(\\d+)`).exec(contents)?.[1]);
      expect(page, title).toBeGreaterThan(2);
      expect(textOf(file, page), title).toContain(title);
    }
  });

  it('renders an empty portfolio too, with its markers', async () => {
    const all = textOf(await render(emptyPortfolio(), 'empty'));
    expect(all).toContain('Nama belum diisi');
    expect(all).toContain('Belum ada putaran asesmen mandiri');
    expect(all).toContain('K (kosong): esai ini belum diisi.');
  });
});
