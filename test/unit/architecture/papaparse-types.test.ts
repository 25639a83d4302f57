import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type * as SharedPapa from '../../../shared/types/papaparse';

/**
 * shared/ type-checks papaparse against shared/types/papaparse.d.ts (so that @types/papaparse
 * does not bring Node's types into it). Here, where the real types apply, the real functions
 * must fit those declarations: if an update of papaparse changed them, this stops compiling.
 */
const parse: typeof SharedPapa.parse = Papa.parse;
const unparse: typeof SharedPapa.unparse = Papa.unparse;

describe('papaparse as shared/ declares it', () => {
  it('parses and writes CSV text', () => {
    const rows: string[][] = [];
    parse<string[]>('a;b\r\n"c;d";e', {
      delimiter: ';',
      step: ({ data }) => {
        rows.push(data);
      },
    });
    expect(rows).toEqual([
      ['a', 'b'],
      ['c;d', 'e'],
    ]);
    expect(unparse({ fields: ['x'], data: [['1;2']] }, { delimiter: ';' })).toBe('x\r\n"1;2"');
  });
});
