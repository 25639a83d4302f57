import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCutShortJson } from './cut-short-json';

const refused = (text: string) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

describe('telling JSON cut short from JSON that is broken', () => {
  // Every kind of token, escapes included, as a file written by hand might hold them.
  const document = `{
  "title": "Kode \\"etik\\" \\\\ é😀 \\n \\u00e9 \\/",
  "numbers": [0, -1, 12.5, -0.25e-3, 6E+23, 1e2],
  "flags": [true, false, null],
  "nested": { "empty": {}, "list": [], "deeper": [{ "a": [[]] }] }
}`;

  it('calls every refused prefix of a document cut short', () => {
    expect(refused(document)).toBe(false);
    for (let end = 1; end < document.length; end += 1) {
      const prefix = document.slice(0, end);
      if (refused(prefix)) expect(isCutShortJson(prefix), prefix).toBe(true);
    }
  });

  it('holds for the prefixes of any JSON document', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const prefix = json.slice(0, cut % (json.length + 1));
        return !refused(prefix) || isCutShortJson(prefix);
      }),
    );
  });

  it('calls a document with a mistake before its end broken', () => {
    for (const text of [
      '{"a":1}x',
      '{"a":1}}',
      '[1,]',
      '[,',
      '{,',
      '{"a" 1',
      '{"a":1 "b"',
      '{1:2',
      '"\\x',
      '"\\u12G',
      '"a\u0001',
      '[01',
      '[1.e5',
      '[-a',
      '[tx',
      '[nul,',
      "{'a':1",
      '%PDF-1.7',
      '<html>',
    ]) {
      expect(refused(text), text).toBe(true);
      expect(isCutShortJson(text), text).toBe(false);
    }
  });

  it('reads very deep nesting without recursion', () => {
    expect(isCutShortJson('['.repeat(100_000))).toBe(true);
    expect(isCutShortJson(`${'{"a":'.repeat(100_000)}1`)).toBe(true);
    expect(isCutShortJson(`${'['.repeat(100_000)}x`)).toBe(false);
  });
});
