import { DEFAULT_FIELDS_OF_PRACTICE } from '../shared/domain/fields-of-practice';
import { HELPING_STAGES, PRACTICE_LEVELS } from '../shared/domain/vocabularies';
import { ACTIVITY_KINDS, type PracticeEntry } from '../shared/practice/entry';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** A large log: three two-hour entries a day going back from 1 November 2026, some overlapping. */
export function benchEntries(count: number): PracticeEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 10, 1 - Math.floor(i / 3))).toISOString().slice(0, 10);
    const startHour = 8 + (i % 3) * 3 - (i % 50 === 0 ? 1 : 0);
    const time = (h: number) => `${String(h).padStart(2, '0')}:00`;
    return {
      id: `e${i}`,
      date: day,
      startTime: time(startHour),
      endTime: time(startHour + 2),
      duration: '',
      minutes: 120,
      agency: `Lembaga ${i % 40}`,
      setting: '',
      field: pick(DEFAULT_FIELDS_OF_PRACTICE, i),
      practiceLevel: pick(PRACTICE_LEVELS, i),
      practiceForm: '',
      stage: pick(HELPING_STAGES, i),
      activityKind: pick(ACTIVITY_KINDS, i),
      criterionRefs: [],
      narrative: `Catatan kegiatan nomor ${i}`,
      supervisorId: '',
      createdAt: '',
      updatedAt: '',
    };
  });
}
