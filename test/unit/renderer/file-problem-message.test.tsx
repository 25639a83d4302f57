// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n';
import { FileProblemMessage } from '../../../renderer/src/ui/FileProblemMessage';
import { FILE_KINDS } from '../../../shared/files/file-kinds';
import type { FileKindId, FileProblem } from '../../../shared/files/file-problem';
import defaultBank from '../../../resources/exam/default-bank.id.json';

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('id'));
});

const HTML = '<img src=x onerror="window.ran=1"><script>window.ran=2</script>';

const PROBLEMS: FileProblem[] = [
  { kind: 'too-large', size: 30 * 1024 * 1024, maxBytes: 20 * 1024 * 1024 },
  { kind: 'empty' },
  { kind: 'not-text' },
  { kind: 'not-json', detail: HTML },
  { kind: 'truncated' },
  { kind: 'wrong-type', found: 'response' },
  { kind: 'wrong-version', found: 2, supported: 1 },
  { kind: 'wrong-version', found: 0, supported: 1 },
  { kind: 'invalid', issues: [{ path: HTML, message: HTML }] },
];

const show = (problem: FileProblem, kind: FileKindId = 'pack', name = 'berkas.json') =>
  render(<FileProblemMessage name={name} problem={problem} kind={kind} />).container;

describe('a message about a refused file', () => {
  it('shows text from the file as text, never as markup', () => {
    for (const problem of PROBLEMS) {
      const container = show(problem, 'pack', HTML);
      expect(container.querySelector('script, img'), problem.kind).toBeNull();
      expect(container.textContent, problem.kind).toContain(HTML);
      cleanup();
    }
    expect((window as { ran?: number }).ran).toBeUndefined();
  });

  it('says what is wrong, with which file, and what to choose instead', () => {
    expect(
      show({ kind: 'wrong-type', found: 'response' }, 'pack', 'jawaban.kompeten-jawaban')
        .textContent,
    ).toBe(
      'Berkas "jawaban.kompeten-jawaban" adalah jawaban supervisor (.kompeten-jawaban), bukan paket kerangka. Pilih paket kerangka (.json).',
    );
    cleanup();
    expect(
      show({ kind: 'truncated' }, 'request', 'terpotong.kompeten-permintaan').textContent,
    ).toMatch(
      /^Berkas "terpotong\.kompeten-permintaan" terpotong: .* Salin atau unduh ulang berkas itu, lalu buka lagi\.$/,
    );
    cleanup();
    expect(
      show({ kind: 'wrong-version', found: 2, supported: 1 }, 'keyCard').textContent,
    ).toContain('Perbarui Kompeten');
    cleanup();
    expect(show({ kind: 'not-text' }, 'csv', 'log.csv').textContent).toContain('CSV UTF-8');
  });

  it('has a complete message for every problem and kind, in both languages', async () => {
    for (const language of ['id', 'en']) {
      await act(() => i18n.changeLanguage(language));
      for (const kind of Object.keys(FILE_KINDS) as FileKindId[]) {
        for (const problem of PROBLEMS) {
          const text = show(problem, kind).textContent ?? '';
          expect(text, `${language} ${kind} ${problem.kind}`).toContain('berkas.json');
          expect(text, `${language} ${kind} ${problem.kind}`).not.toMatch(/{{|}}|fileProblems/);
          cleanup();
        }
      }
    }
    await act(() => i18n.changeLanguage('en'));
    expect(show({ kind: 'wrong-type', found: 'keyCard' }, 'response').textContent).toBe(
      'File "berkas.json" is a supervisor public key card (.kompeten-kunci-publik), not a supervisor response. Choose a supervisor response (.kompeten-jawaban).',
    );
  });

  it("words the app's own checks in the UI language, with what the check found", async () => {
    const bank = FILE_KINDS.bank.decode(
      new TextEncoder().encode(JSON.stringify(duplicateIdBank())),
    ) as { ok: false; problem: FileProblem };
    expect(bank.ok).toBe(false);
    expect(show(bank.problem, 'bank').textContent).toContain('id ini sudah dipakai di items[0]');
    cleanup();
    await act(() => i18n.changeLanguage('en'));
    expect(show(bank.problem, 'bank').textContent).toContain('this id is already used at items[0]');
  });
});

/** The default bank with its second item given the first one's id. */
function duplicateIdBank() {
  const bank = structuredClone(defaultBank) as { items: { id: string }[] };
  bank.items[1]!.id = bank.items[0]!.id;
  return bank;
}
