// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n';
import { FileProblemMessage } from '../../../renderer/src/ui/FileProblemMessage';
import { FILE_KINDS } from '../../../shared/files/file-kinds';
import type { FileKindId, FileProblem } from '../../../shared/files/file-problem';
import defaultBank from '../../../resources/exam/default-bank.id.json';
import defaultPack from '../../../resources/framework/default-pack.id.json';

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('id'));
});

/** What the app says about a file of `kind` holding `content`, in the UI language. */
async function wordsFor(kind: FileKindId, content: unknown): Promise<string> {
  const decoded = (await FILE_KINDS[kind].decode(
    new TextEncoder().encode(JSON.stringify(content)),
  )) as { ok: boolean; problem: FileProblem };
  expect(decoded.ok).toBe(false);
  const text =
    render(<FileProblemMessage name="berkas.json" problem={decoded.problem} kind={kind} />)
      .container.textContent ?? '';
  cleanup();
  return text;
}

/** A copy of `file` with `change` made to it. */
function changed<T>(file: T, change: (copy: T) => void): T {
  const copy = structuredClone(file);
  change(copy);
  return copy;
}

// The format checks of banks and packs are the app's own issue codes, worded by the renderer.
const CASES: [FileKindId, unknown, string, string][] = [
  [
    'bank',
    changed(defaultBank, (bank) => (bank.items[0]!.id = 'soal 1')),
    'items[0].id: id hanya memakai huruf, angka, titik, tanda hubung, dan garis bawah, diawali huruf atau angka, paling panjang 80 karakter',
    'items[0].id: an id uses letters, digits, dot, dash and underscore, starts with a letter or digit and has at most 80 characters',
  ],
  [
    'pack',
    changed(defaultPack, (pack) => (pack.id = '-kerangka')),
    'id: id hanya memakai huruf',
    'id: an id uses letters',
  ],
  [
    'pack',
    changed(defaultPack, (pack) => (pack.provenance.date = '23/11/2026')),
    'provenance.date: tanggal ditulis TTTT-BB-HH, misalnya 2026-03-31',
    'provenance.date: a date is written YYYY-MM-DD, for example 2026-03-31',
  ],
  [
    'bank',
    changed(defaultBank, (bank) => (bank.version = 'v1')),
    'version: versi ditulis seperti 1.0 atau 1.0.2',
    'version: a version is written like 1.0 or 1.0.2',
  ],
  [
    'pack',
    changed(defaultPack, (pack) => (pack.language = 'Bahasa')),
    'language: tulis kode bahasa, misalnya id atau en',
    'language: a language code such as id or en',
  ],
];

describe('the format checks of a bank or a pack', () => {
  it('are worded in the UI language', async () => {
    for (const [kind, content, indonesian] of CASES) {
      expect(await wordsFor(kind, content)).toContain(indonesian);
    }
    await act(() => i18n.changeLanguage('en'));
    for (const [kind, content, , english] of CASES) {
      expect(await wordsFor(kind, content)).toContain(english);
    }
  });
});
