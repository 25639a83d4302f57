import { describe, expect, it } from 'vitest';
import { findIdentityData } from './detect';

const kinds = (text: string) => findIdentityData(text).map((f) => f.kind);

describe('findIdentityData', () => {
  it('finds a 16-digit NIK, also written in groups', () => {
    expect(kinds('NIK klien 3201234567890123 tercatat')).toEqual(['nik']);
    expect(kinds('NIK: 3201 2345 6789 0123')).toEqual(['nik']);
    expect(kinds('nomor 3201.2345.6789.0123.')).toEqual(['nik']);
  });

  it('does not take longer or shorter digit runs for a NIK', () => {
    expect(kinds('kode 32012345678901234')).toEqual([]);
    expect(kinds('kode 320123456789012')).toEqual([]);
  });

  it('finds Indonesian phone numbers in the usual spellings', () => {
    for (const phone of [
      '081234567890',
      '0812-3456-7890',
      '0812 3456 789',
      '+62 812 3456 7890',
      '+6281234567890',
      '62812345678',
      '(021) 5551234'.replace(/[()]/g, ''),
    ]) {
      expect(kinds(`Hubungi ${phone} besok`), phone).toEqual(['phone']);
    }
  });

  it('leaves amounts, years, dates and counts alone', () => {
    for (const text of [
      'Bantuan Rp 62.000.000 untuk 120 keluarga',
      'Tahun 2019-2023, 900 jam praktik',
      'Kunjungan 02-05-2024 pukul 10.30',
      'Kunjungan 02-05-2024 10.30',
      'Skor 3 dari 4 pada 14 unit',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('finds e-mail addresses', () => {
    expect(kinds('surel ibu.sari@contoh.co.id ya')).toEqual(['email']);
  });

  it('finds a full date of birth near a word about birth, not every date', () => {
    expect(kinds('Klien lahir di Bandung, 12 Maret 1985.')).toEqual(['birthDate']);
    expect(kinds('TTL: Garut, 03-11-2001')).toEqual(['birthDate']);
    expect(kinds('born on 1999-07-21')).toEqual(['birthDate']);
    expect(kinds('Tanggal lahir 5 Agt. 2010')).toEqual(['birthDate']);
    expect(kinds('Rapat kasus 12 Maret 2024 di kantor')).toEqual([]);
    expect(kinds('Klien lahir tahun 1985')).toEqual([]);
  });

  it('reports positions in reading order and hides the middle of what it found', () => {
    const text = 'Telp 081234567890, NIK 3201234567890123';
    const found = findIdentityData(text);
    expect(found.map((f) => f.kind)).toEqual(['phone', 'nik']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('081234567890');
    expect(found[1]!.masked).toBe('320…23');
    expect(found[1]!.masked).not.toContain('4567');
  });

  it('finds nothing in ordinary practice notes', () => {
    expect(
      findIdentityData(
        'Melakukan asesmen awal bersama keluarga klien (inisial R), menyusun rencana intervensi, dan merujuk ke puskesmas.',
      ),
    ).toEqual([]);
  });
});
