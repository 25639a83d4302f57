import { describe, expect, it } from 'vitest';
import {
  CSV_LIMITS,
  MAX_LISTED_COLUMNS,
  parsePracticeCsv,
  practiceToCsv,
  type CsvParseResult,
  type CsvVocabulary,
} from './csv';
import {
  blankPracticeInput,
  practiceEntryInputSchema,
  type PracticeEntry,
  type PracticeEntryInput,
} from './entry';

const TODAY = '2026-11-23';
const PACK = 'kompeten-default-id';

const vocab: CsvVocabulary = {
  choices: {
    field: [
      { id: 'anak', labels: ['Anak'] },
      { id: 'lanjut-usia', labels: ['Lanjut Usia', 'Lansia'] },
      { id: 'disabilitas', labels: ['Penyandang Disabilitas'] },
    ],
    practiceLevel: [
      { id: 'mikro', labels: ['Mikro'] },
      { id: 'mezzo', labels: ['Mezzo'] },
      { id: 'makro', labels: ['Makro'] },
    ],
    practiceForm: [
      { id: 'social-casework', labels: ['Social Casework'] },
      { id: 'group-work', labels: ['Group Work', 'Kerja Kelompok'] },
    ],
    stage: [
      { id: 'asesmen', labels: ['Asesmen', 'Assessment'] },
      { id: 'evaluasi-terminasi', labels: ['Evaluasi & Terminasi'] },
    ],
    activityKind: [
      { id: 'kontak-langsung', labels: ['Kontak langsung', 'Direct contact'] },
      { id: 'tidak-langsung', labels: ['Tidak langsung'] },
      { id: 'supervisi', labels: ['Supervisi'] },
      { id: 'pelatihan', labels: ['Pelatihan'] },
    ],
  },
  supervisors: [
    { id: 'sup-1', name: 'Dra. Siti Aminah, M.Si.' },
    { id: 'sup-2', name: 'Budi Santoso' },
  ],
  defaultPackId: PACK,
};

const csv = (...lines: string[]) => lines.join('\r\n');
const parse = (text: string, limits: { maxRows: number } = CSV_LIMITS): CsvParseResult =>
  parsePracticeCsv(text, vocab, TODAY, limits);

function rowsOf(text: string) {
  const result = parse(text);
  if (!result.ok) throw new Error(`file refused: ${result.problem.kind}`);
  return result.rows;
}

function problemOf(text: string, limits: { maxRows: number } = CSV_LIMITS) {
  const result = parse(text, limits);
  return result.ok ? null : result.problem;
}

const blank: PracticeEntryInput = {
  ...blankPracticeInput('2026-11-20'),
  activityKind: 'kontak-langsung',
};

function entry(id: string, input: Partial<PracticeEntryInput>): PracticeEntry {
  const data = practiceEntryInputSchema(TODAY).parse({ ...blank, ...input });
  return {
    ...data,
    id,
    createdAt: '2026-11-21T01:00:00.000Z',
    updatedAt: '2026-11-21T01:00:00.000Z',
  };
}

const ALL_HEADERS =
  'tanggal;mulai;selesai;durasi_jam;lembaga;setting;bidang;level;bentuk;tahap;jenis_kegiatan;kriteria;narasi;supervisor';

describe('reading a practice log spreadsheet', () => {
  it('names the columns it ignores, also among thousands or under a hostile name', () => {
    const known = 'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan';
    const row = '20/11/2026;1;LKSA Harapan;Anak;supervisi';
    const few = parse(csv(`${known};__proto__;Catatn;;constructor`, `${row};x;y;;z`));
    expect(few).toMatchObject({
      ok: true,
      issueCount: 0,
      ignoredColumns: { names: ['__proto__', 'Catatn', 'constructor'], count: 3 },
    });
    const extra = Array.from({ length: 10_000 }, (_, i) => `kolom${i}`);
    const many = parse(csv([known, ...extra].join(';'), row));
    expect(many.ok && many.ignoredColumns.count).toBe(10_000);
    expect(many.ok && many.ignoredColumns.names).toHaveLength(MAX_LISTED_COLUMNS);
    expect(parse(csv(known, row))).toMatchObject({ ignoredColumns: { names: [], count: 0 } });
  });

  it('reads an Indonesian Excel file: semicolons, decimal commas, DD/MM/YYYY and labels', () => {
    const text = csv(
      ALL_HEADERS,
      '20/11/2026;08:00;10:30;;Dinas Sosial Kota Bandung;Kunjungan rumah;Anak;Mikro;Social Casework;' +
        'Asesmen;Kontak langsung;BOS-02.1.1 | BOS-02.1.2;"Asesmen awal; keluarga ""A"", ibu";budi santoso',
      '5/3/2026;;;1,5;Panti Sosial Tresna Wredha – Ciracas;;LANSIA;;;;supervisi;;;',
    );
    expect(parse(text)).toMatchObject({ ok: true, separator: ';', issueCount: 0 });
    const rows = rowsOf(text);
    expect(rows.map((r) => [r.line, r.issues])).toEqual([
      [2, []],
      [3, []],
    ]);
    expect(rows[0]!.data).toEqual({
      date: '2026-11-20',
      startTime: '08:00',
      endTime: '10:30',
      duration: '',
      minutes: 150,
      agency: 'Dinas Sosial Kota Bandung',
      setting: 'Kunjungan rumah',
      field: 'anak',
      practiceLevel: 'mikro',
      practiceForm: 'social-casework',
      stage: 'asesmen',
      activityKind: 'kontak-langsung',
      criterionRefs: [`${PACK}/BOS-02.1.1`, `${PACK}/BOS-02.1.2`],
      narrative: 'Asesmen awal; keluarga "A", ibu',
      supervisorId: 'sup-2',
    });
    expect(rows[1]!.data).toMatchObject({
      date: '2026-03-05',
      duration: '1,5',
      minutes: 90,
      agency: 'Panti Sosial Tresna Wredha – Ciracas',
      field: 'lanjut-usia',
      practiceLevel: '',
      activityKind: 'supervisi',
      criterionRefs: [],
      supervisorId: '',
    });
  });

  it('reads a comma file with English headers in another order, ignoring unknown columns', () => {
    const text = csv(
      'Activity,Date,Agency,Duration Hours,Field,Criteria,Notes,Supervisor',
      'Direct contact,2026-11-21,"Yayasan Sayap Ibu, Jakarta",2.25,ANAK,"pack-b/X-1, BOS-01.1.1",' +
        'tidak diimpor,"Dra. Siti Aminah, M.Si."',
    );
    const result = parse(text);
    expect(result).toMatchObject({ ok: true, separator: ',' });
    expect(rowsOf(text)[0]!.data).toEqual({
      ...blank,
      date: '2026-11-21',
      duration: '2.25',
      minutes: 135,
      agency: 'Yayasan Sayap Ibu, Jakarta',
      field: 'anak',
      activityKind: 'kontak-langsung',
      criterionRefs: ['pack-b/X-1', `${PACK}/BOS-01.1.1`],
      supervisorId: 'sup-1',
    });
  });

  it('matches headers whatever their case, spacing or hyphens', () => {
    const rows = rowsOf(
      csv(
        ' Tanggal ;DURASI-JAM;Lembaga;Bidang;Jenis  Kegiatan',
        '20-11-2026;1:30;Dinsos;anak;pelatihan',
      ),
    );
    expect(rows[0]!.data).toMatchObject({ date: '2026-11-20', minutes: 90 });
  });

  it('reads dates and times as spreadsheets write them', () => {
    const rows = rowsOf(
      csv(
        'tanggal;mulai;selesai;lembaga;bidang;jenis_kegiatan',
        '1-2-2026;8:30;10:00:00;Dinsos;anak;pelatihan',
        '2026-02-01;7.15;08.00;Dinsos;anak;pelatihan',
      ),
    );
    expect(rows[0]!.data).toMatchObject({
      date: '2026-02-01',
      startTime: '08:30',
      endTime: '10:00',
      minutes: 90,
    });
    // Stored one way, whatever the spreadsheet wrote: the form's time inputs show only this.
    expect(rows[1]!.data).toMatchObject({ startTime: '07:15', endTime: '08:00', minutes: 45 });
  });

  it('reads slash dates day first, unless the file shows they are month first', () => {
    const head = 'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan';
    const dayFirst = parse(
      csv(head, '3/5/2026;1;A;anak;pelatihan', '25/4/2026;1;A;anak;pelatihan'),
    );
    expect(dayFirst).toMatchObject({ ok: true, dateOrder: 'dmy', ambiguousDates: false });
    expect(rowsOf(csv(head, '3/5/2026;1;A;anak;pelatihan'))[0]!.data?.date).toBe('2026-05-03');

    const monthFirst = csv(head, '3/5/2026;1;A;anak;pelatihan', '4/25/2026;1;A;anak;pelatihan');
    expect(parse(monthFirst)).toMatchObject({ ok: true, dateOrder: 'mdy', ambiguousDates: false });
    expect(rowsOf(monthFirst).map((r) => r.data?.date)).toEqual(['2026-03-05', '2026-04-25']);

    // Nothing in the file decides: read day first, and say so.
    expect(parse(csv(head, '3/5/2026;1;A;anak;pelatihan'))).toMatchObject({
      dateOrder: 'dmy',
      ambiguousDates: true,
    });
    expect(
      parse(csv(head, '2026-05-03;1;A;anak;pelatihan', '5/5/2026;1;A;anak;pelatihan')),
    ).toMatchObject({ ambiguousDates: false });
  });

  it('splits criteria on bars, commas, semicolons and spaces', () => {
    const rows = rowsOf(
      csv(
        'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan;kriteria',
        '20/11/2026;1;Dinsos;anak;pelatihan;"BOS-01.1.1|BOS-01.1.2, lain/K-1; BOS-03.2.1  BOS-04.1.1"',
      ),
    );
    expect(rows[0]!.data?.criterionRefs).toEqual([
      `${PACK}/BOS-01.1.1`,
      `${PACK}/BOS-01.1.2`,
      'lain/K-1',
      `${PACK}/BOS-03.2.1`,
      `${PACK}/BOS-04.1.1`,
    ]);
  });

  it('skips blank lines and counts lines as the spreadsheet shows them', () => {
    const rows = rowsOf(
      csv(
        'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan;narasi',
        '20/11/2026;1;Dinsos;anak;supervisi;"baris satu',
        'baris dua"',
        '',
        ';;;;;',
        '24/11/2026;1;Dinsos;anak;supervisi',
        '',
      ),
    );
    expect(rows.map((r) => r.line)).toEqual([2, 6]);
    expect(rows[0]!.data?.narrative).toBe('baris satu\r\nbaris dua');
    expect(rows[1]!.issues).toEqual([
      { line: 6, column: 'tanggal', code: 'futureDate', value: '24/11/2026' },
    ]);
  });

  it('fills cells missing at the end of a row with blanks', () => {
    const rows = rowsOf(csv(ALL_HEADERS, '20/11/2026;;;2;Dinsos;;anak;;;;pelatihan'));
    expect(rows[0]!.data).toMatchObject({ minutes: 120, narrative: '', supervisorId: '' });
  });
});

describe('reporting rows that cannot be imported', () => {
  const text = csv(
    'tanggal;mulai;selesai;durasi_jam;lembaga;bidang;jenis_kegiatan;supervisor',
    '24/11/2026;;;1;Dinsos;anak;supervisi;',
    '20/11/2026;10:00;09:00;;Dinsos;anak;supervisi;',
    '20/11/2026;;;0;Dinsos;anak;supervisi;',
    '20/11/2026;;;1;Dinsos;Pertanian;supervisi;',
    '20/11/2026;;;1;Dinsos;anak;supervisi;Pak Joko',
    '20/11/2026;;;1;Dinsos;anak;supervisi;;catatan;lagi',
    '20/11/2026;08:00;09:00;2;Dinsos;anak;supervisi;',
    '31/02/2026;07:00;;;;Kesehatan Jiwa;rapat;',
    '20/11/2026;08:00;09:00;1,01;Dinsos;anak;supervisi;;;',
  );

  it('names the line, column, problem and cell for each bad row and keeps the good one', () => {
    const rows = rowsOf(text);
    const issue = (line: number, column: string, code: string, value: string) => ({
      line,
      column,
      code,
      value,
    });
    expect(rows.map((r) => r.issues)).toEqual([
      [issue(2, 'tanggal', 'futureDate', '24/11/2026')],
      [issue(3, 'selesai', 'endNotAfterStart', '09:00')],
      [issue(4, 'durasi_jam', 'durationNotPositive', '0')],
      [issue(5, 'bidang', 'unknownChoice', 'Pertanian')],
      [issue(6, 'supervisor', 'unknownSupervisor', 'Pak Joko')],
      [issue(7, '', 'extraCells', 'catatan;lagi')],
      [issue(8, 'durasi_jam', 'durationMismatch', '2')],
      [
        issue(9, 'tanggal', 'dateFormat', '31/02/2026'),
        issue(9, 'selesai', 'timePair', ''),
        issue(9, 'lembaga', 'required', ''),
        issue(9, 'bidang', 'unknownChoice', 'Kesehatan Jiwa'),
        issue(9, 'jenis_kegiatan', 'unknownChoice', 'rapat'),
      ],
      [],
    ]);
    expect(rows.map((r) => r.data !== null)).toEqual([...Array<boolean>(8).fill(false), true]);
    // Within a minute of the times is the same duration written in hours.
    expect(rows[8]!.data).toMatchObject({ duration: '', minutes: 60 });
  });

  it('keeps what the row said so the user can correct it', () => {
    expect(rowsOf(text)[1]!.input).toMatchObject({
      date: '2026-11-20',
      startTime: '10:00',
      endTime: '09:00',
      agency: 'Dinsos',
      field: 'anak',
    });
  });

  it('names columns as the file spells them, and absent ones by their Indonesian header', () => {
    const rows = rowsOf(
      csv(
        'Date,Start,End,Agency,Field,Activity',
        '2026-12-01,08:00,09:00,Dinsos,anak,Supervisi',
        '2026-11-01,,,Dinsos,anak,Supervisi',
      ),
    );
    expect(rows.map((r) => r.issues)).toEqual([
      [{ line: 2, column: 'Date', code: 'futureDate', value: '2026-12-01' }],
      [{ line: 3, column: 'durasi_jam', code: 'timeOrDuration', value: '' }],
    ]);
  });

  it('reports bad times even when bidang is blank', () => {
    const rows = rowsOf(
      csv(
        'tanggal;mulai;selesai;lembaga;bidang;jenis_kegiatan',
        '20/11/2026;10:00;09:00;Dinsos;;pelatihan',
      ),
    );
    expect(rows[0]!.issues.map((i) => [i.column, i.code])).toEqual([
      ['selesai', 'endNotAfterStart'],
      ['bidang', 'required'],
    ]);
  });

  it('reports a duration that cannot be read even when the times are fine', () => {
    const rows = rowsOf(
      csv(
        'tanggal;mulai;selesai;durasi_jam;lembaga;bidang;jenis_kegiatan',
        '20/11/2026;08:00;09:00;satu;Dinsos;anak;pelatihan',
      ),
    );
    expect(rows[0]!.issues).toEqual([
      { line: 2, column: 'durasi_jam', code: 'durationFormat', value: 'satu' },
    ]);
  });

  it('refuses cells longer than the log allows', () => {
    const long = 'x'.repeat(4001);
    const ref = 'K'.repeat(201);
    const rows = rowsOf(
      csv(
        'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan;kriteria;narasi',
        `20/11/2026;1;Dinsos;anak;pelatihan;BOS-01.1.1 ${ref};${long}`,
      ),
    );
    expect(rows[0]!.issues.map((i) => [i.column, i.code])).toEqual([
      ['kriteria', 'tooLong'],
      ['narasi', 'tooLong'],
    ]);
    expect(rows[0]!.issues[1]!.value).toBe(long);
  });

  it('flags a quote that is never closed instead of silently swallowing the rest', () => {
    const rows = rowsOf(
      csv(
        'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan;narasi',
        '20/11/2026;1;Dinsos;anak;pelatihan;"tanpa penutup',
        '21/11/2026;1;Dinsos;anak;pelatihan;baris berikut',
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.issues[0]).toEqual({ line: 2, column: '', code: 'badQuotes', value: '' });
  });
});

describe('refusing files that are not a practice log', () => {
  const header = 'tanggal;durasi_jam;lembaga;bidang;jenis_kegiatan';

  it('refuses more rows than the limit, counting blank lines out', () => {
    const row = '20/11/2026;1;Dinsos;anak;pelatihan';
    const limits = { maxRows: 3 };
    expect(problemOf(csv(header, row, row, '', row, row, row), limits)).toEqual({
      kind: 'too-many-rows',
      rows: 5,
      maxRows: 3,
    });
    expect(problemOf(csv(header, row, '', row, row, ''), limits)).toBeNull();
  });

  it('names the columns a file is missing', () => {
    expect(problemOf('tanggal;lembaga\r\n20/11/2026;Dinsos')).toEqual({
      kind: 'missing-columns',
      columns: ['durasi_jam', 'bidang', 'jenis_kegiatan'],
    });
    expect(problemOf('tanggal;mulai;lembaga;bidang;jenis_kegiatan')).toEqual({
      kind: 'missing-columns',
      columns: ['selesai'],
    });
    expect(problemOf('Date,Notes\r\n2026-11-20,x')).toMatchObject({
      columns: ['durasi_jam', 'lembaga', 'bidang', 'jenis_kegiatan'],
    });
  });

  it('refuses a column given twice, even under its English name', () => {
    expect(problemOf(`${header};Date`)).toEqual({
      kind: 'duplicate-columns',
      columns: ['tanggal'],
    });
  });

  it('accepts a header without rows, with nothing to import', () => {
    expect(parse(`\uFEFF${header}\r\n`)).toEqual({
      ok: true,
      rows: [],
      issueCount: 0,
      separator: ';',
      dateOrder: 'dmy',
      ambiguousDates: false,
      ignoredColumns: { names: [], count: 0 },
    });
  });

  it('calls an empty or blank file empty', () => {
    for (const text of ['', '\uFEFF', ' \r\n\t\n', ';;;\r\n;;;']) {
      expect(problemOf(text)).toEqual({ kind: 'empty' });
    }
  });

  it('reads formula-looking cells escaped with an apostrophe back as the text', () => {
    const rows = rowsOf(
      csv(
        `${header};narasi;setting`,
        `20/11/2026;1;'+62 812 555;anak;pelatihan;'=HYPERLINK("x");'biasa`,
      ),
    );
    expect(rows[0]!.data).toMatchObject({
      agency: '+62 812 555',
      narrative: '=HYPERLINK("x")',
      setting: "'biasa",
    });
  });
});

describe('writing a practice log spreadsheet', () => {
  const timed = entry('a', {
    date: '2026-11-20',
    startTime: '08:00',
    endTime: '09:30',
    agency: 'Dinas Sosial; Kota Bandung',
    field: 'anak',
    practiceLevel: 'mikro',
    stage: 'evaluasi-terminasi',
    activityKind: 'kontak-langsung',
    criterionRefs: [`${PACK}/BOS-01.1.1`, 'lain/K-1'],
    narrative: '=1+1',
    supervisorId: 'sup-1',
  });
  const hoursOnly = entry('b', { duration: '0:50', agency: 'Dinsos', field: 'anak' });

  it('writes what Excel in Indonesia opens: BOM, semicolons, CRLF, decimal commas, labels', () => {
    expect(practiceToCsv([timed, hoursOnly], vocab)).toBe(
      '\uFEFF' +
        `${ALL_HEADERS}\r\n` +
        '2026-11-20;08:00;09:30;1,5;"Dinas Sosial; Kota Bandung";;Anak;Mikro;;Evaluasi & Terminasi;' +
        `Kontak langsung;${PACK}/BOS-01.1.1, lain/K-1;'=1+1;Dra. Siti Aminah, M.Si.\r\n` +
        '2026-11-20;;;0,83;Dinsos;;Anak;;;;Kontak langsung;;;\r\n',
    );
  });

  it('writes decimal points when the separator is a comma', () => {
    const lines = practiceToCsv([timed, hoursOnly], vocab, { separator: ',' }).split('\r\n');
    expect(lines[1]).toBe(
      '2026-11-20,08:00,09:30,1.5,Dinas Sosial; Kota Bandung,,Anak,Mikro,,Evaluasi & Terminasi,' +
        `Kontak langsung,"${PACK}/BOS-01.1.1, lain/K-1",'=1+1,"Dra. Siti Aminah, M.Si."`,
    );
    expect(lines[2]).toContain(',0.83,');
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const risky = ['=cmd', '+62', '-', '@budi', '\tx', '\rx', "'=sudah", "'biasa"];
    const text = practiceToCsv(
      risky.map((agency, i) => ({ ...hoursOnly, id: String(i), agency })),
      vocab,
    );
    const agencies = rowsOf(text).map((r) => r.input.agency);
    expect(agencies).toEqual(risky);
    expect(text).toContain(";'=cmd;");
    expect(text).toContain(";'-;");
    expect(text).toContain(";''=sudah;");
    expect(text).toContain(";'biasa;");
  });
});

describe('round trip', () => {
  const entries = [
    entry('1', {
      date: '2026-11-20',
      startTime: '13:05',
      endTime: '13:55',
      agency: 'Panti Sosial Tresna Wredha – Ciracas',
      setting: 'Kunjungan "rumah"',
      field: 'lanjut-usia',
      practiceLevel: 'mezzo',
      practiceForm: 'group-work',
      stage: 'asesmen',
      activityKind: 'kontak-langsung',
      criterionRefs: [`${PACK}/BOS-02.1.1`, 'lain/K-1'],
      narrative: 'Baris satu; dengan koma, "kutip"\nbaris dua\r\nbaris tiga',
      supervisorId: 'sup-1',
    }),
    entry('2', {
      date: '2026-01-05',
      duration: '1,5',
      agency: '=HYPERLINK("http://contoh")',
      setting: '-',
      field: 'disabilitas',
      stage: 'evaluasi-terminasi',
      activityKind: 'supervisi',
      narrative: "'=sudah dengan apostrof",
      supervisorId: 'sup-2',
    }),
    entry('3', {
      duration: '0,75',
      agency: '+62 812 555',
      field: 'anak',
      activityKind: 'pelatihan',
      narrative: '@budi: lihat catatan',
    }),
    entry('4', { startTime: '07:00', endTime: '15:00', agency: 'Dinsos', field: 'anak' }),
  ];
  const dataOf = ({ id: _id, createdAt: _c, updatedAt: _u, ...data }: PracticeEntry) => data;

  it('gives back the same entries through a semicolon file', () => {
    const text = practiceToCsv(entries, vocab);
    const rows = rowsOf(text);
    expect(rows.map((r) => r.issues)).toEqual(entries.map(() => []));
    expect(rows.map((r) => r.data)).toEqual(entries.map(dataOf));
    expect(rows.map((r) => r.line)).toEqual([2, 5, 6, 7]);
  });

  it('gives back the same entries through a comma file, durations with a decimal point', () => {
    const rows = rowsOf(practiceToCsv(entries, vocab, { separator: ',' }));
    expect(rows.map((r) => r.data)).toEqual(
      entries.map((e) => ({ ...dataOf(e), duration: e.duration.replace(',', '.') })),
    );
  });
});
