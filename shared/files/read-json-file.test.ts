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

  it('tells an empty file, a binary file and broken JSON apart', () => {
    expect(read(new Uint8Array())).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(read(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toEqual({
      ok: false,
      problem: { kind: 'not-text' },
    });
    const truncated = read(bytes('{"name":"a","items":[{"n":'));
    expect(truncated.ok || truncated.problem.kind).toBe('not-json');
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
