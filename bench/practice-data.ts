import { DEFAULT_FIELDS_OF_PRACTICE } from '../shared/domain/fields-of-practice';
import { HELPING_STAGES, PRACTICE_FORMS, PRACTICE_LEVELS } from '../shared/domain/vocabularies';
import type { CsvVocabulary } from '../shared/practice/csv';
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

// Ids are accepted for every choice, so the file needs no translated labels.
const ids = (list: readonly string[]) => list.map((id) => ({ id, labels: [id] }));
export const idVocabulary: CsvVocabulary = {
  choices: {
    field: ids(DEFAULT_FIELDS_OF_PRACTICE),
    practiceLevel: ids(PRACTICE_LEVELS),
    practiceForm: ids(PRACTICE_FORMS),
    stage: ids(HELPING_STAGES),
    activityKind: ids(ACTIVITY_KINDS),
  },
  supervisors: [],
  defaultPackId: 'kompeten-default-id',
};
