import type { PracticeEntry } from '../../shared/practice/entry';

/**
 * A valid stored practice entry for tests: two and a half hours of direct casework on 2 November
 * 2026. Tests override only what they are about.
 */
export function testPracticeEntry(change: Partial<PracticeEntry> = {}): PracticeEntry {
  return {
    id: 'e1',
    date: '2026-11-02',
    startTime: '09:00',
    endTime: '11:30',
    duration: '',
    minutes: 150,
    agency: 'Dinas Sosial Kota Bandung',
    setting: 'Kunjungan rumah',
    field: 'anak',
    practiceLevel: 'mikro',
    practiceForm: 'social-casework',
    stage: 'asesmen',
    activityKind: 'kontak-langsung',
    criterionRefs: [],
    narrative: 'Asesmen awal keluarga.',
    supervisorId: '',
    createdAt: '2026-11-02T12:00:00.000Z',
    updatedAt: '2026-11-02T12:00:00.000Z',
    ...change,
  };
}
