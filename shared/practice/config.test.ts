import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../settings/settings';
import {
  DEFAULT_PRACTICE_CONFIG,
  fieldLabelProblem,
  newFieldId,
  offeredFields,
  practiceTargetsSchema,
  type PracticeConfig,
} from './config';

const config = (change: Partial<PracticeConfig>): PracticeConfig => ({
  ...DEFAULT_PRACTICE_CONFIG,
  ...change,
});

describe('the list of fields of practice', () => {
  it('offers the defaults minus the hidden ones, then the user’s own', () => {
    const fields = offeredFields(
      config({
        hiddenFields: ['sekolah'],
        customFields: [{ id: 'pekerja-migran', label: 'Pekerja migran' }],
      }),
    );
    expect(fields.map((f) => f.id)).not.toContain('sekolah');
    expect(fields.at(0)).toEqual({ id: 'anak' });
    expect(fields.at(-1)).toEqual({ id: 'pekerja-migran', label: 'Pekerja migran' });
  });

  it('makes a new id from the label that never clashes with an existing one', () => {
    expect(newFieldId('Pekerja Migran & Keluarga', DEFAULT_PRACTICE_CONFIG)).toBe(
      'pekerja-migran-keluarga',
    );
    expect(newFieldId('Anak', DEFAULT_PRACTICE_CONFIG)).toBe('anak-2');
    const taken = config({
      customFields: [
        { id: 'desa', label: 'Desa' },
        { id: 'desa-2', label: 'Désa' },
      ],
    });
    expect(newFieldId('Désa', taken)).toBe('desa-3');
    expect(newFieldId('???', DEFAULT_PRACTICE_CONFIG)).toBe('bidang');
  });

  it('refuses a blank, overlong or repeated label', () => {
    expect(fieldLabelProblem('  ', [])).toBe('required');
    expect(fieldLabelProblem('x'.repeat(61), [])).toBe('tooLong');
    expect(fieldLabelProblem('anak ', ['Anak'])).toBe('duplicate');
    expect(fieldLabelProblem('Perkotaan', ['Anak'])).toBeNull();
  });
});

describe('hour targets', () => {
  it('default to 900 hours in total and no minimums', () => {
    expect(settingsSchema.parse({}).practice.targets).toEqual({ totalHours: 900, minimums: [] });
  });

  it('take hours typed as text and refuse zero, negative or absurd numbers', () => {
    expect(practiceTargetsSchema.parse({ totalHours: '450', minimums: [] }).totalHours).toBe(450);
    for (const totalHours of ['0', '-5', 'banyak', '10001']) {
      expect(practiceTargetsSchema.safeParse({ totalHours, minimums: [] }).success).toBe(false);
    }
  });

  it('fall back on their own: damaged targets keep the user’s fields', () => {
    const customFields = [{ id: 'desa', label: 'Desa' }];
    const practice = settingsSchema.parse({
      practice: { customFields, hiddenFields: ['anak'], targets: { totalHours: -1 } },
    }).practice;
    expect(practice).toEqual({
      customFields,
      hiddenFields: ['anak'],
      targets: DEFAULT_PRACTICE_CONFIG.targets,
    });
  });

  it('fall back to the defaults when the stored settings are damaged', () => {
    expect(settingsSchema.parse({ practice: { targets: 'rusak' } }).practice).toEqual(
      DEFAULT_PRACTICE_CONFIG,
    );
  });
});
