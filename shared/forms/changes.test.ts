import { describe, expect, it } from 'vitest';
import { changedFields, withChanges } from './changes';

describe('saving only what changed', () => {
  it('finds the fields the user changed, arrays by value', () => {
    const base = { name: 'Siti', fields: ['anak'], year: 2020 };
    expect(changedFields(base, { ...base, fields: ['anak'] })).toEqual([]);
    expect(changedFields(base, { ...base, name: 'Siti R.', fields: ['anak', 'napza'] })).toEqual([
      'name',
      'fields',
    ]);
  });

  it('keeps what changed meanwhile in the fields the user left alone', () => {
    const base = { name: 'Siti', agency: 'Dinas Sosial', note: '' };
    const typed = { ...base, note: 'kunjungan kedua' };
    const now = { ...base, agency: 'LKSA Harapan' }; // saved by another tab meanwhile
    expect(withChanges(now, typed, changedFields(base, typed))).toEqual({
      name: 'Siti',
      agency: 'LKSA Harapan',
      note: 'kunjungan kedua',
    });
  });

  it('removes a field the user cleared to nothing', () => {
    const base: { a: number; b?: string } = { a: 1, b: 'x' };
    const next: { a: number; b?: string } = { a: 1 };
    expect(withChanges({ a: 2, b: 'x' }, next, changedFields(base, next))).toEqual({ a: 2 });
  });
});
