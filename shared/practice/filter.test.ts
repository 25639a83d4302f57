import { describe, expect, it } from 'vitest';
import { signedText } from '../signoff/signable';
import {
  EMPTY_QUERY,
  indexEntries,
  queryEntries,
  type LoggedEntry,
  type PracticeQuery,
} from './filter';
import { testPracticeEntry } from '../../test/support/entry';

let n = 0;
const entry = (change: Partial<LoggedEntry>): LoggedEntry =>
  testPracticeEntry({
    id: `e${(n += 1)}`,
    date: '2026-10-01',
    startTime: '',
    endTime: '',
    duration: '2',
    minutes: 120,
    agency: 'Dinas Sosial',
    setting: '',
    narrative: '',
    ...change,
  });

const signed = (e: LoggedEntry): LoggedEntry => ({
  ...e,
  signoff: {
    kind: 'in-person',
    supervisorId: 's1',
    supervisorName: 'Ani',
    at: '',
    drawing: 'M0 0',
    entryText: signedText(e),
  },
});

const entries = [
  entry({
    date: '2026-09-01',
    agency: 'Panti Wredha Ciracas',
    field: 'lanjut-usia',
    minutes: 60,
    supervisorId: 's1',
  }),
  entry({ date: '2026-10-05', narrative: 'Pendampingan keluarga dan sekolah', minutes: 240 }),
  signed(
    entry({
      date: '2026-11-10',
      agency: 'LPKA Bandung',
      field: 'koreksional',
      practiceLevel: 'mezzo',
      supervisorId: 's1',
    }),
  ),
  {
    ...signed(entry({ date: '2026-11-12', agency: 'Rumah Singgah Kémang' })),
    narrative: 'changed after signing',
  },
];
const ids = (query: Partial<PracticeQuery>) =>
  queryEntries(indexEntries(entries), { ...EMPTY_QUERY, ...query }).map((i) => i.entry.date);

describe('finding entries in the log', () => {
  it('shows everything newest first by default', () => {
    expect(ids({})).toEqual(['2026-11-12', '2026-11-10', '2026-10-05', '2026-09-01']);
  });

  it('filters by a date range, inclusive at both ends', () => {
    expect(ids({ from: '2026-10-05', to: '2026-11-10' })).toEqual(['2026-11-10', '2026-10-05']);
  });

  it('filters by category, supervisor and sign-off state together', () => {
    expect(ids({ practiceLevel: 'mezzo' })).toEqual(['2026-11-10']);
    expect(ids({ supervisorId: 's1', field: 'lanjut-usia' })).toEqual(['2026-09-01']);
    expect(ids({ supervisorId: 'none' })).toEqual(['2026-11-12', '2026-10-05']);
    expect(ids({ state: 'in-person' })).toEqual(['2026-11-10']);
    expect(ids({ state: 'broken' })).toEqual(['2026-11-12']);
    expect(ids({ state: 'unsigned' })).toEqual(['2026-10-05', '2026-09-01']);
  });

  it('searches agency, setting and narrative for all words, ignoring case and accents', () => {
    expect(ids({ text: 'KELUARGA sekolah' })).toEqual(['2026-10-05']);
    expect(ids({ text: 'kemang' })).toEqual(['2026-11-12']);
    expect(ids({ text: 'keluarga wredha' })).toEqual([]);
  });

  it('searches display words given by the caller, such as a field label', () => {
    const indexed = indexEntries(entries, (e) =>
      e.field === 'koreksional' ? 'Pemasyarakatan' : '',
    );
    expect(queryEntries(indexed, { ...EMPTY_QUERY, text: 'pemasyarakatan' })).toHaveLength(1);
  });

  it('sorts by duration or agency in either direction', () => {
    expect(ids({ sort: 'minutes', descending: true })[0]).toBe('2026-10-05');
    expect(ids({ sort: 'agency', descending: false })).toEqual([
      '2026-10-05',
      '2026-11-10',
      '2026-09-01',
      '2026-11-12',
    ]);
  });
});
