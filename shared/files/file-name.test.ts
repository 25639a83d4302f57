import { describe, expect, it } from 'vitest';
import { fileExtension, isSafeFileName, toSafeFileName } from './file-name';

describe('file names', () => {
  it('accepts plain names and refuses folders, traversal and control characters', () => {
    expect(isSafeFileName('Laporan kunjungan.pdf')).toBe(true);
    for (const bad of [
      '',
      '.',
      '..',
      '../etc/passwd',
      'a\\b',
      'C:x',
      'a\u0000b',
      'x'.repeat(201),
    ]) {
      expect(isSafeFileName(bad)).toBe(false);
    }
  });

  it('makes any name safe and keeps its extension when shortening', () => {
    expect(toSafeFileName('../../rahasia.txt')).toBe('.._.._rahasia.txt');
    expect(toSafeFileName('a:b*c?.docx')).toBe('a_b_c_.docx');
    expect(toSafeFileName('\u0007..')).toBe('berkas');
    expect(toSafeFileName('   ')).toBe('berkas');
    const long = toSafeFileName(`${'n'.repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
    for (const name of ['../x', 'a/b', '..', 'x'.repeat(300)]) {
      expect(isSafeFileName(toSafeFileName(name))).toBe(true);
    }
  });

  it('reads a usable extension', () => {
    expect(fileExtension('Foto.JPG')).toBe('jpg');
    expect(fileExtension('tanpa-ekstensi')).toBeNull();
    expect(fileExtension('arsip.tar.gz')).toBe('gz');
    expect(fileExtension('aneh.ex-e')).toBeNull();
  });
});
