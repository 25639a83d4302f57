import type { Catalogue } from './catalogue';

type Tree = { [key: string]: string | Tree };

/**
 * Every catalogue file, found by the build: `<language>/<namespace>.ts`, the namespace written in
 * kebab-case (`file-problems.ts` holds `fileProblems`). A new file or a new language folder needs
 * no list here; each file's default export is its namespace.
 */
const files = import.meta.glob<Tree>('./*/*.ts', { eager: true, import: 'default' });

/** `file-problems` → `fileProblems`: the namespace a file name holds. */
export const namespaceOf = (fileName: string) =>
  fileName.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** Groups files found by `import.meta.glob` into one catalogue per language folder. */
export function assemble(found: Record<string, Tree>): Record<string, Record<string, Tree>> {
  const catalogues: Record<string, Record<string, Tree>> = {};
  for (const [file, words] of Object.entries(found)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.ts$/.exec(file);
    if (!match) throw new Error(`Not a catalogue file: ${file}`);
    const [, language = '', name = ''] = match;
    (catalogues[language] ??= {})[namespaceOf(name)] = words;
  }
  return catalogues;
}

/**
 * The catalogue of every language that has a folder here. Typed as the Indonesian shape, which
 * en/ and any other language are held to when they compile; the test checks the rest.
 */
export const catalogues = assemble(files) as Record<string, Catalogue>;

/** For i18next: everything in its one default namespace, so keys read `t('exam.title')`. */
export const resources = Object.fromEntries(
  Object.entries(catalogues).map(([language, catalogue]) => [language, { translation: catalogue }]),
);
