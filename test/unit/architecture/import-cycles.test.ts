import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No module of the app reaches itself through its imports. ESLint's import-x/no-cycle finds
 * cycles of runtime imports as you type; this also follows `import type` and `export … from`,
 * so a part that only names another's types still cannot depend on something depending on it
 * (as shared/portfolio/data.ts and shared/settings/settings.ts once did).
 */
const root = path.resolve(import.meta.dirname, '../../..');
const PARTS = ['shared', 'renderer/src', 'electron/main', 'electron/preload'];
const SOURCE = /\.tsx?$/;
const TEST = /\.(test|spec)\.tsx?$/;

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.ReactJSX,
};

function sourceFiles(): string[] {
  return PARTS.flatMap((part) =>
    readdirSync(path.join(root, part), { recursive: true, encoding: 'utf8' })
      .filter((file) => SOURCE.test(file) && !TEST.test(file) && !file.endsWith('.d.ts'))
      .map((file) => path.join(root, part, file)),
  );
}

/** What a module imports, of any kind: values, types, re-exports, dynamic imports. */
const specifiersOf = (text: string) =>
  ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => fileName);

/** Each file's imports of other files in the app. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiersOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((fileName) => {
        const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
        return resolved && path.resolve(resolved.resolvedFileName);
      })
      .filter((target): target is string => target !== undefined && known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One cycle per group of files that reach each other (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];

  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group = new Set<string>();
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.add(member);
    } while (member !== file);
    const selfImport = graph.get(file)?.includes(file);
    if (group.size > 1 || selfImport) found.push(pathWithin(graph, group, file));
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** A shortest way from `start` back to itself inside `group`, to show in the failure. */
function pathWithin(
  graph: ReadonlyMap<string, readonly string[]>,
  group: Set<string>,
  start: string,
) {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const way = [file];
        while (way[0] !== start) way.unshift(cameFrom.get(way[0]!)!);
        return [...way, start].map((f) => path.relative(root, f));
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return [path.relative(root, start)];
}

describe('imports', () => {
  const graph = importGraph(sourceFiles());

  it('are read from every part of the app', () => {
    expect(graph.size).toBeGreaterThan(200);
    const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
    expect(edges).toBeGreaterThan(500);
  });

  it('form no cycle', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('count type-only imports, re-exports and dynamic imports too', () => {
    const text = [
      "import type { Language } from './language';",
      "export { LANGUAGES } from './language';",
      "const load = () => import('./page');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(specifiersOf(text)).toEqual(['./language', './language', './page', 'zod']);
  });

  it('in a cycle are reported with the way round', () => {
    const [a, b, c] = ['a.ts', 'b.ts', 'c.ts'].map((name) => path.join(root, name));
    const graph = new Map([
      [a!, [b!]],
      [b!, [c!]],
      [c!, [a!]],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
