import { describe, expect, it } from 'vitest';
import { csvVocabulary } from '../../../../renderer/src/features/practice-log/csv-vocabulary';
import { i18n } from '../../../../renderer/src/i18n';
import { DEFAULT_PRACTICE_CONFIG } from '../../../../shared/practice/config';
import { parsePracticeCsv, practiceToCsv } from '../../../../shared/practice/csv';
import { testPracticeEntry } from '../../../support/entry';

describe('the CSV vocabulary', () => {
  const config = {
    ...DEFAULT_PRACTICE_CONFIG,
    hiddenFields: ['anak'],
    customFields: [{ id: 'pekerja-migran', label: 'Pekerja migran' }],
  };
  const vocabulary = csvVocabulary(i18n, 'id', config, [], 'pack');

  it('knows a field hidden from the forms, so its entries export and import again', () => {
    const entries = [
      testPracticeEntry({ field: 'anak' }),
      testPracticeEntry({ id: 'e2', field: 'pekerja-migran' }),
    ];
    const csv = practiceToCsv(entries, vocabulary);
    expect(csv).toContain(';Anak;');
    expect(csv).toContain(';Pekerja migran;');
    const result = parsePracticeCsv(csv, vocabulary, '2026-11-23');
    expect(result).toMatchObject({ ok: true, issueCount: 0 });
  });

  it('accepts the words of either language', () => {
    const field = vocabulary.choices.field.find((c) => c.id === 'lanjut-usia');
    expect(field?.labels).toEqual(['Lanjut usia', 'Older people']);
  });
});
