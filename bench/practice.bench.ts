import { test } from 'vitest';
import { practiceWarnings } from '../shared/practice/entry';
import {
  DEFAULT_PRACTICE_TARGETS,
  practiceTotals,
  targetProgress,
} from '../shared/practice/totals';
import { FILE_KINDS } from '../shared/files/file-kinds';
import { practiceToCsv, parsePracticeCsv } from '../shared/practice/csv';
import { EMPTY_QUERY, indexEntries, queryEntries } from '../shared/practice/filter';
import {
  exportPublicKey,
  generateSigningKeyPair,
  publicKeyFingerprint,
} from '../shared/signing/ed25519';
import { buildRequest } from '../shared/signoff/request';
import { signResponse, verifyResponse } from '../shared/signoff/response';
import { measure } from './harness';
import { benchEntries, idVocabulary } from './practice-data';

const entries = benchEntries(20_000);

test(`practice log at ${entries.length} entries`, async () => {
  await measure('totals: every category, week and day', 30, () => practiceTotals(entries));
  await measure('targets: progress from totals', 30, () =>
    targetProgress(practiceTotals(entries), DEFAULT_PRACTICE_TARGETS),
  );
  await measure('warnings: long days and overlaps', 30, () => practiceWarnings(entries));

  const indexed = indexEntries(entries);
  await measure('index for the list (sign-off states, search text)', 10, () =>
    indexEntries(entries),
  );
  await measure('filter: field + date range, newest first', 30, () =>
    queryEntries(indexed, { ...EMPTY_QUERY, field: 'anak', from: '2024-01-01', to: '2024-12-31' }),
  );
  await measure('search: two words over every narrative', 30, () =>
    queryEntries(indexed, { ...EMPTY_QUERY, text: 'kegiatan 1999' }),
  );
  await measure('sort: by duration', 30, () =>
    queryEntries(indexed, { ...EMPTY_QUERY, sort: 'minutes', descending: false }),
  );
});

test('CSV: import 10,000 rows (parse, validate, preview)', async () => {
  const vocabulary = idVocabulary;
  const csv = new TextEncoder().encode(practiceToCsv(entries.slice(0, 10_000), vocabulary));
  console.log(`CSV file: ${(csv.byteLength / 1024).toFixed(0)} kB`);
  await measure('parse and check 10,000 rows', 10, () => {
    const text = FILE_KINDS.csv.decode(csv);
    if (!text.ok) throw new Error('the bench file should be text');
    const result = parsePracticeCsv(text.value, vocabulary, '2026-11-23');
    if (!result.ok || result.issueCount > 0) throw new Error('the bench file should be clean');
  });
  await measure('export 10,000 rows', 10, () =>
    practiceToCsv(entries.slice(0, 10_000), vocabulary),
  );
});

test('sign-off: 1,000 entries signed and verified through the protocol', async () => {
  const keys = await generateSigningKeyPair();
  const publicKey = await exportPublicKey(keys.publicKey);
  const fingerprint = await publicKeyFingerprint(publicKey);
  const batch = entries.slice(0, 1000);
  const { request, marks } = buildRequest({
    requestId: '6f1c2a4e-3b7d-4c1a-9e2f-0a1b2c3d4e5f',
    entries: batch,
    candidate: { name: 'Bench', strNumber: '' },
    supervisor: { id: 's', name: 'Supervisor', fingerprint },
    fieldLabels: {},
    now: new Date(),
  });
  const decisions = batch.map((e) => ({
    entryId: e.id,
    decision: 'approved' as const,
    comment: '',
  }));
  const supervisor = {
    name: 'Supervisor',
    role: '',
    strNumber: '',
    contact: '',
    publicKey,
    fingerprint,
  };
  const sign = () =>
    signResponse({ request, decisions, supervisor, privateKey: keys.privateKey, now: new Date() });
  const response = await sign();
  await measure('sign 1,000 entries into a response', 5, sign, { warmup: 0 });

  const local = new Map(batch.map((e, i) => [e.id, { ...e, signoff: marks[i]?.signoff }]));
  await measure('verify a 1,000-entry response', 5, async () => {
    const result = await verifyResponse(response, {
      entries: local,
      supervisors: [{ id: 's', name: 'Supervisor', publicKey }],
    });
    if (!result.ok) throw new Error('the bench response should verify');
  });
});
