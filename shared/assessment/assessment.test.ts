import { describe, expect, it } from 'vitest';
import {
  answerChangeSchema,
  evidenceInputSchema,
  meetsVatm,
  type EvidenceInput,
} from './assessment';

const today = '2026-11-23';
const valid: EvidenceInput = {
  title: 'Catatan kunjungan rumah (disamarkan)',
  date: '2026-10-02',
  type: 'L',
  description: 'Observasi langsung oleh supervisor.',
  link: '',
  vatm: { valid: true, asli: true, terkini: true, memadai: false },
  criterionRefs: ['kompeten-default-id/BOS-02.1.1'],
};
const errorAt = (input: EvidenceInput, field: string) => {
  const r = evidenceInputSchema(today).safeParse(input);
  return r.success ? undefined : r.error.issues.find((i) => i.path.join('.') === field)?.message;
};

describe('evidence input', () => {
  it('accepts complete evidence', () => {
    expect(evidenceInputSchema(today).safeParse(valid).success).toBe(true);
  });

  it('needs a title and a type', () => {
    expect(errorAt({ ...valid, title: '  ' }, 'title')).toBe('required');
    expect(errorAt({ ...valid, type: '' as never }, 'type')).toBe('required');
  });

  it('refuses impossible and future dates', () => {
    expect(errorAt({ ...valid, date: '2026-13-40' }, 'date')).toBe('dateFormat');
    expect(errorAt({ ...valid, date: '02-10-2026' }, 'date')).toBe('dateFormat');
    expect(errorAt({ ...valid, date: '2026-02-30' }, 'date')).toBe('dateFormat');
    expect(errorAt({ ...valid, date: '2026-11-24' }, 'date')).toBe('futureDate');
    expect(errorAt({ ...valid, date: today }, 'date')).toBeUndefined();
  });

  it('accepts only safe https links', () => {
    expect(errorAt({ ...valid, link: 'https://drive.example.org/berkas' }, 'link')).toBeUndefined();
    expect(errorAt({ ...valid, link: 'javascript:alert(1)' }, 'link')).toBe('unsafeLink');
    expect(errorAt({ ...valid, link: 'http://example.org' }, 'link')).toBe('unsafeLink');
  });

  it('meets VATM only when all four rules hold', () => {
    expect(meetsVatm(valid.vatm)).toBe(false);
    expect(meetsVatm({ ...valid.vatm, memadai: true })).toBe(true);
  });
});

describe('answer changes', () => {
  it('accept rubric levels 1–4, K/BK and a bounded reflection', () => {
    expect(answerChangeSchema.safeParse({ rubricLevel: 3, judgement: 'K' }).success).toBe(true);
    expect(answerChangeSchema.safeParse({ rubricLevel: 5 }).success).toBe(false);
    expect(answerChangeSchema.safeParse({ rubricLevel: 0 }).success).toBe(false);
    expect(answerChangeSchema.safeParse({ judgement: 'M' }).success).toBe(false);
    expect(answerChangeSchema.safeParse({ reflection: 'x'.repeat(4001) }).success).toBe(false);
  });
});
