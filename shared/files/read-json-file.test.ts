import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { formatPath, MAX_REPORTED_ISSUES, readJsonFile } from './read-json-file';

const schema = z.object({ name: z.string(), items: z.array(z.object({ n: z.number() })) });
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (input: Uint8Array, maxBytes = 1000) => readJsonFile(input, schema, { maxBytes });

describe('readJsonFile', () => {
  it('returns the parsed value of a valid file, with or without a byte-order mark', () => {
    expect(read(bytes('{"name":"Śrī","items":[{"n":1}]}'))).toEqual({
      ok: true,
      value: { name: 'Śrī', items: [{ n: 1 }] },
    });
    expect(read(bytes('\uFEFF{"name":"a","items":[]}')).ok).toBe(true);
  });

  it('refuses a file above the limit before reading it', () => {
    expect(read(bytes('{"name":"a","items":[]}'), 5)).toEqual({
      ok: false,
      problem: { kind: 'too-large', size: 23, maxBytes: 5 },
    });
  });

  it('tells an empty file, a binary file, a file cut short and broken JSON apart', () => {
    const problemOf = (input: Uint8Array) => {
      const result = read(input);
      return result.ok ? null : result.problem;
    };
    expect(problemOf(new Uint8Array())).toEqual({ kind: 'empty' });
    expect(problemOf(bytes(' \r\n\t'))).toEqual({ kind: 'empty' });
    expect(problemOf(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toEqual({ kind: 'not-text' });
    expect(problemOf(bytes('{"name":"a\u0000"}'))).toEqual({ kind: 'not-text' });
    expect(problemOf(bytes('{"name":"a","items":[{"n":'))).toEqual({ kind: 'truncated' });
    expect(problemOf(bytes('{"name":"a","items":[]}}'))).toMatchObject({ kind: 'not-json' });
    expect(problemOf(bytes('%PDF-1.7'))).toMatchObject({
      kind: 'not-json',
      detail: expect.any(String),
    });
  });

  it('names the kind and version a Kompeten file states before checking its schema', () => {
    const response = { format: 'kompeten.signoff-response', version: 1 };
    const readAs = (data: unknown) =>
      readJsonFile(bytes(JSON.stringify(data)), schema, { maxBytes: 1000, format: 'request' });
    expect(readAs(response)).toEqual({
      ok: false,
      problem: { kind: 'wrong-type', found: 'response' },
    });
    const request = { ...response, format: 'kompeten.signoff-request' };
    expect(readAs({ ...request, version: 2 })).toEqual({
      ok: false,
      problem: { kind: 'wrong-version', found: 2, supported: 1 },
    });
    // A format we do not know, or a version that is not a number, is for the schema to refuse.
    for (const data of [{ format: 'lain' }, { ...request, version: '2' }, [response]]) {
      expect(readAs(data)).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    }
  });

  it('lets no crafted key touch a prototype', () => {
    const text =
      '{"name":"a","items":[],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}';
    const result = read(bytes(text));
    expect(result.ok).toBe(true);
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(result.ok && Object.keys(result.value)).toEqual(['name', 'items']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file nested 100,000 deep without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(read(bytes(deep), 1e6)).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    expect(read(bytes(`{"name":"a","items":${deep}}`), 1e6)).toMatchObject({
      ok: false,
      problem: { kind: 'invalid' },
    });
    expect(read(bytes('['.repeat(100_000)), 1e6)).toEqual({
      ok: false,
      problem: { kind: 'truncated' },
    });
  });

  it('reports every schema problem with a readable path', () => {
    const result = read(bytes('{"name":5,"items":[{"n":1},{"n":"x"}]}'));
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'invalid',
        issues: [
          { path: 'name', message: expect.any(String) },
          { path: 'items[1].n', message: expect.any(String) },
        ],
      },
    });
  });

  it('caps the number of reported problems', () => {
    const many = JSON.stringify({ name: 'a', items: Array.from({ length: 500 }, () => ({})) });
    const result = read(bytes(many), 1e6);
    expect(
      result.ok === false && result.problem.kind === 'invalid' && result.problem.issues.length,
    ).toBe(MAX_REPORTED_ISSUES);
  });

  it('writes paths the way a reader would', () => {
    expect(formatPath(['units', 3, 'elements', 0, 'title'])).toBe('units[3].elements[0].title');
    expect(formatPath([])).toBe('');
  });
});
