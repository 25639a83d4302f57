import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const source = join(root, 'renderer/src');

/** Ways to turn a string into markup. Text from files and users reaches the page only as text. */
const HTML_SINKS = [
  'dangerouslySetInnerHTML',
  '.innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'document.write',
  'setHTMLUnsafe',
  'createContextualFragment',
];

const filesIn = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesIn(join(folder, entry.name))
      : /\.(ts|tsx)$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );

describe('the renderer', () => {
  it('never renders a string as HTML', () => {
    const files = filesIn(source);
    expect(files.length).toBeGreaterThan(50);
    const offending = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = HTML_SINKS.filter((sink) => text.includes(sink));
      return found.length > 0 ? [`${relative(root, file)}: ${found.join(', ')}`] : [];
    });
    expect(offending).toEqual([]);
  });
});
