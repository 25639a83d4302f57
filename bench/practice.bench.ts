import { test } from 'vitest';
import { HELPING_STAGES, PRACTICE_LEVELS } from '../shared/domain/vocabularies';
import { DEFAULT_FIELDS_OF_PRACTICE } from '../shared/domain/fields-of-practice';
import { ACTIVITY_KINDS, practiceWarnings, type PracticeEntry } from '../shared/practice/entry';
import {
  DEFAULT_PRACTICE_TARGETS,
  practiceTotals,
  targetProgress,
} from '../shared/practice/totals';
import {
  exportPublicKey,
  generateSigningKeyPair,
  signCanonical,
  verifyCanonical,
} from '../shared/signing/ed25519';
import { measure } from './harness';

// 20,000 entries over about three years, three a day, some overlapping.
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const entries: PracticeEntry[] = Array.from({ length: 20_000 }, (_, i) => {
  const day = new Date(Date.UTC(2023, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10);
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

test(`practice log at ${entries.length} entries`, async () => {
  await measure('totals: every category, week and day', 30, () => practiceTotals(entries));
  await measure('targets: progress from totals', 30, () =>
    targetProgress(practiceTotals(entries), DEFAULT_PRACTICE_TARGETS),
  );
  await measure('warnings: long days and overlaps', 30, () => practiceWarnings(entries));

  const keys = await generateSigningKeyPair();
  const publicKey = await exportPublicKey(keys.publicKey);
  const batch = entries.slice(0, 1000);
  const signatures: string[] = [];
  await measure(
    'sign 1,000 entries (Ed25519, canonical JSON)',
    5,
    async () => {
      signatures.length = 0;
      for (const entry of batch) signatures.push(await signCanonical(keys.privateKey, entry));
    },
    { warmup: 0 },
  );
  await measure('verify 1,000 signed entries', 5, async () => {
    for (const [i, entry] of batch.entries()) {
      await verifyCanonical(publicKey, entry, signatures[i] ?? '');
    }
  });
});
