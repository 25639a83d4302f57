import { describe, expect, it } from 'vitest';
import { claimedType, evidenceFileProblem, isWellFormedLink } from './evidence-file';

const bytes = (...values: number[]) => new Uint8Array(values);
const PDF = new TextEncoder().encode('%PDF-1.7\n');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const JUNK = new TextEncoder().encode('MZ\x90\x00junk');

describe('evidence files', () => {
  it('refuses an empty file, whatever it is called', () => {
    expect(
      evidenceFileProblem({ name: 'laporan.pdf', mimeType: 'application/pdf', size: 0 }, bytes()),
    ).toEqual({
      kind: 'empty',
    });
    expect(evidenceFileProblem({ name: 'catatan.docx', mimeType: '', size: 0 }, bytes())).toEqual({
      kind: 'empty',
    });
  });

  it('keeps PDF, PNG and JPEG files that are what they claim', () => {
    expect(
      evidenceFileProblem({ name: 'a.pdf', mimeType: 'application/pdf', size: 9 }, PDF),
    ).toBeNull();
    expect(evidenceFileProblem({ name: 'foto.PNG', mimeType: '', size: 8 }, PNG)).toBeNull();
    expect(
      evidenceFileProblem({ name: 'foto.jpeg', mimeType: 'image/jpeg', size: 4 }, JPEG),
    ).toBeNull();
  });

  it('refuses junk named as one of them, by its name or by its type', () => {
    expect(evidenceFileProblem({ name: 'laporan.pdf', mimeType: '', size: 8 }, JUNK)).toEqual({
      kind: 'not-what-it-claims',
      claimed: 'pdf',
    });
    expect(evidenceFileProblem({ name: 'foto', mimeType: 'image/png', size: 8 }, JPEG)).toEqual({
      kind: 'not-what-it-claims',
      claimed: 'png',
    });
  });

  it('keeps other kinds as they are: the app never opens them', () => {
    expect(claimedType('notulen.docx', 'application/vnd.openxmlformats')).toBeNull();
    expect(evidenceFileProblem({ name: 'notulen.docx', mimeType: '', size: 8 }, JUNK)).toBeNull();
  });
});

describe('evidence links', () => {
  it.each(['https://kemensos.go.id/', 'HTTPS://contoh.id/laporan?x=1'])('accepts %s', (link) => {
    expect(isWellFormedLink(link)).toBe(true);
  });

  it.each([
    'https:evil.example',
    'https:/evil.example',
    'https:// spasi.id',
    'http://contoh.id',
    'javascript:alert(1)',
    'https:///x',
  ])('refuses %s', (link) => {
    expect(isWellFormedLink(link)).toBe(false);
  });
});
