import { describe, expect, it } from 'vitest';
import { entriesPerField, hiddenFieldsAfter } from './field-usage';

describe('field usage', () => {
  it('counts the entries of each field', () => {
    const counts = entriesPerField([{ field: 'anak' }, { field: 'napza' }, { field: 'anak' }]);
    expect([...counts]).toEqual([
      ['anak', 2],
      ['napza', 1],
    ]);
    expect(entriesPerField([]).size).toBe(0);
  });

  it('hides and shows a default field, keeping the others and the usual order', () => {
    const hidden = new Set(['sekolah', 'anak']);
    expect(hiddenFieldsAfter(hidden, 'napza', false)).toEqual(['anak', 'napza', 'sekolah']);
    expect(hiddenFieldsAfter(hidden, 'anak', true)).toEqual(['sekolah']);
    // A custom field is not a default one: hiding it here hides nothing.
    expect(hiddenFieldsAfter(new Set(), 'pekerja-migran', false)).toEqual([]);
  });
});
