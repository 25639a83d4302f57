import type {
  ContentStack,
  ContentTable,
  DynamicContent,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
// The real catalogues, so placeholders the code fills are checked against the words themselves.
import portfolioPdfEn from '../../../renderer/src/i18n/en/portfolio-pdf';
import portfolioPdfId from '../../../renderer/src/i18n/id/portfolio-pdf';
import { CV_SECTIONS } from '../../../shared/portfolio/cv';
import {
  PORTFOLIO_SECTIONS,
  type PortfolioData,
  type PortfolioSection,
} from '../../../shared/portfolio/data';
import { ESSAY_PROMPTS } from '../../../shared/portfolio/self-description';
import { buildPortfolioDocument } from '../../../shared/portfolio/pdf/document';
import { COLORS } from '../../../shared/portfolio/pdf/styles';
import {
  emptyPortfolio,
  FINGERPRINT,
  largePortfolio,
  testVocab,
  typicalPortfolio,
} from '../../support/portfolio';
import type { PortfolioPdfWords } from '../../../shared/portfolio/pdf/words';

const CODE = 'KMP-7Q4R-9XWD-2M3H';
const ID: PortfolioPdfWords = { ...portfolioPdfId, vocab: testVocab() };
const EN: PortfolioPdfWords = { ...portfolioPdfEn, vocab: testVocab('en:') };
const PAGE = { width: 595.28, height: 841.89, orientation: 'portrait' as const };

function build(
  data: PortfolioData,
  sections: readonly PortfolioSection[] = PORTFOLIO_SECTIONS,
  words = ID,
): TDocumentDefinitions {
  return buildPortfolioDocument(data, { sections, words, verificationCode: CODE });
}

type Node = Record<string, unknown>;

/** Every object in a content tree; table layouts are shared settings, not content. */
function* walk(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const item of value) yield* walk(item);
  else if (value && typeof value === 'object') {
    yield value as Node;
    for (const [key, child] of Object.entries(value)) if (key !== 'layout') yield* walk(child);
  }
}

const nodes = (content: unknown) => [...walk(content)];
const text = (content: unknown) => JSON.stringify(content);
const sectionsOf = (dd: TDocumentDefinitions) => dd.content as ContentStack[];
const headings = (dd: TDocumentDefinitions) =>
  nodes(dd.content)
    .filter((n) => n.tocItem)
    .map((n) => n.text);
const tables = (content: unknown) =>
  nodes(content).filter((n) => 'table' in n) as unknown as ContentTable[];
const withText = (content: unknown, wanted: string) =>
  nodes(content).filter((n) => n.text === wanted);
const styleOf = (n: Node) => [n.style].flat();
/** The section's content; the order is PORTFOLIO_SECTIONS when all are included. */
const section = (dd: TDocumentDefinitions, name: PortfolioSection) =>
  sectionsOf(dd)[PORTFOLIO_SECTIONS.indexOf(name)];

describe('the portfolio document', () => {
  const dd = build(typicalPortfolio());

  it('prints every section in order, each after the cover on a page of its own', () => {
    const content = sectionsOf(dd);
    expect(content).toHaveLength(PORTFOLIO_SECTIONS.length);
    expect(content[0]?.pageBreak).toBeUndefined();
    expect(content.slice(1).every((s) => s.pageBreak === 'before')).toBe(true);
    expect(headings(dd)).toEqual([
      'Daftar Riwayat Hidup',
      'Ringkasan Kesiapan',
      'Asesmen Mandiri (format APL-02)',
      'Daftar Bukti',
      'Deskripsi Diri',
      'Catatan Jam Praktik',
      'Pernyataan dan Peninjauan',
    ]);
    const toc = nodes(section(dd, 'contents')).find((n) => 'toc' in n);
    expect(text(toc)).toContain('Daftar Isi');
  });

  it('prints only the chosen sections, in the standard order whatever order they come in', () => {
    const some = build(typicalPortfolio(), ['declaration', 'cover', 'practice']);
    const content = sectionsOf(some);
    expect(content).toHaveLength(3);
    expect(nodes(content[0]).some((n) => n.qr === CODE)).toBe(true);
    expect(headings(some)).toEqual(['Catatan Jam Praktik', 'Pernyataan dan Peninjauan']);
    expect(nodes(some.content).some((n) => 'toc' in n)).toBe(false);
  });

  it('shows the candidate, level, education, date, pack and verification code on the cover', () => {
    const cover = section(dd, 'cover');
    expect(nodes(cover).filter((n) => n.qr === CODE)).toHaveLength(1);
    expect(withText(cover, CODE)[0]?.style).toBe('code');
    for (const wanted of [
      'Siti Rahmawati',
      'generalis',
      'Kesejahteraan Sosial, Universitas Padjadjaran (2019)',
      'Dinas Sosial Kota Bandung',
      '23 November 2026',
      'Paket uji (test-pack@1.0)',
      'Verifikasi Portofolio',
    ]) {
      expect(text(cover)).toContain(wanted);
    }
  });

  it('numbers the pages in the footer and names the candidate in the header, not on the cover', () => {
    const footer = dd.footer as DynamicContent;
    const header = dd.header as DynamicContent;
    expect(text(footer(2, 9, PAGE))).toContain('Halaman 2 dari 9');
    expect(text(footer(2, 9, PAGE))).toContain(CODE);
    expect(text(header(2, 9, PAGE))).toContain('Siti Rahmawati');
    expect(footer(1, 9, PAGE)).toBeNull();
    expect(header(1, 9, PAGE)).toBeNull();
    // Without a cover, the first page is an ordinary page.
    const noCover = build(typicalPortfolio(), ['cv', 'practice']);
    expect(text((noCover.footer as DynamicContent)(1, 3, PAGE))).toContain('Halaman 1 dari 3');
  });

  it('follows the words it is given', () => {
    const en = build({ ...typicalPortfolio(), language: 'en' }, PORTFOLIO_SECTIONS, EN);
    expect(text((en.footer as DynamicContent)(2, 9, PAGE))).toContain('Page 2 of 9');
    expect(headings(en)).toEqual([
      'Curriculum Vitae',
      'Readiness Summary',
      'Self-assessment (APL-02 layout)',
      'Evidence Index',
      'Self-description',
      'Practice Log',
      'Declaration and Review',
    ]);
    expect(text(section(en, 'cover'))).toContain('en:generalis');
    expect(text(section(en, 'practice'))).toContain('Not digitally verified');
    expect(text(en.content)).not.toContain('Belum');
  });

  it('describes itself in the file’s metadata and uses A4, Roboto and named styles', () => {
    expect(dd.info).toEqual({
      title: 'Portofolio Sertifikasi — Siti Rahmawati',
      author: 'Siti Rahmawati',
      subject: 'Portofolio sertifikasi kompetensi pekerja sosial',
      keywords: expect.stringContaining('pekerja sosial'),
      creator: 'Kompeten',
      creationDate: new Date('2026-11-23T03:00:00.000Z'),
    });
    expect(dd.pageSize).toBe('A4');
    expect(dd.defaultStyle?.font).toBe('Roboto');
    const used = new Set(
      nodes(dd.content)
        .flatMap(styleOf)
        .filter((s) => typeof s === 'string'),
    );
    for (const name of used) expect(dd.styles, String(name)).toHaveProperty(String(name));
  });

  it('never uses one node twice, since pdfmake writes its layout into each node', () => {
    for (const data of [typicalPortfolio(), emptyPortfolio()]) {
      const all = nodes(build(data).content);
      expect(new Set(all).size).toBe(all.length);
    }
  });
});

describe('an empty portfolio', () => {
  const dd = build(emptyPortfolio());
  const isMissing = (n: Node) => styleOf(n).includes('missing');

  it('still has every section, saying what is not filled in instead of leaving blanks', () => {
    expect(sectionsOf(dd)).toHaveLength(PORTFOLIO_SECTIONS.length);
    expect(dd.info?.author).toBeUndefined();
    expect(dd.info?.title).toBe('Portofolio Sertifikasi — Nama belum diisi');
    const cover = nodes(section(dd, 'cover'));
    expect(cover.some((n) => n.text === 'Nama belum diisi' && isMissing(n))).toBe(true);
    expect(cover.filter((n) => n.text === 'Belum diisi' && isMissing(n))).toHaveLength(3);
  });

  it('marks every part of the CV as not filled in', () => {
    const cv = nodes(section(dd, 'cv'));
    const marked = cv.filter((n) => n.text === 'Belum diisi' && isMissing(n));
    // Ten list parts, plus the name and five identity fields.
    expect(marked).toHaveLength(CV_SECTIONS.length - 1 + 6);
    for (const part of CV_SECTIONS) expect(cv.some((n) => n.text === part.id)).toBe(true);
  });

  it('says there is no assessment yet and leaves every criterion marked unrated', () => {
    expect(text(section(dd, 'summary'))).toContain('Belum ada asesmen mandiri');
    expect(text(section(dd, 'summary'))).toContain(
      'ranah berikut belum dinilai: Pengetahuan, Nilai, Keterampilan',
    );
    const apl02 = nodes(section(dd, 'apl02'));
    expect(apl02.some((n) => String(n.text).startsWith('Belum ada putaran') && isMissing(n))).toBe(
      true,
    );
    const criteria = emptyPortfolio().pack.units.flatMap((u) =>
      u.elements.flatMap((e) => e.criteria),
    );
    expect(apl02.filter((n) => n.text === 'Belum dinilai' && isMissing(n))).toHaveLength(
      criteria.length,
    );
  });

  it('says there is no evidence, no essay, no practice and no supervisor yet', () => {
    expect(text(section(dd, 'evidence'))).toContain('Belum ada bukti yang dihimpun.');
    const blanks = nodes(section(dd, 'essays')).filter(
      (n) => n.text === 'K (kosong): esai ini belum diisi.' && isMissing(n),
    );
    expect(blanks).toHaveLength(ESSAY_PROMPTS.length);
    expect(text(section(dd, 'practice'))).toContain('Belum ada jam praktik yang dicatat.');
    expect(text(section(dd, 'practice'))).toContain('Belum ada supervisor yang didaftarkan.');
    expect(text(section(dd, 'summary'))).toContain('Belum ada jam praktik yang dicatat.');
  });

  it('leaves room to write the name in the declaration', () => {
    const declaration = text(section(dd, 'declaration'));
    expect(declaration).toContain('Saya yang bertanda tangan di bawah ini, …');
    expect(declaration).toContain('Nama belum diisi');
  });
});

describe('the practice log', () => {
  const practice = section(build(typicalPortfolio()), 'practice');
  const log = tables(practice).at(-1)!;
  const rows = log.table.body.slice(1) as Node[][];

  it('is one table with a header row repeated on every page and rows never split', () => {
    expect(log.table.headerRows).toBe(1);
    expect(log.table.dontBreakRows).toBe(true);
    expect(rows).toHaveLength(6);
  });

  it('lists the entries by date', () => {
    const dates = rows.map((row) => text(row[1]).match(/(\d+) Nov 2026/)?.[1]);
    expect(dates).toEqual(['2', '3', '4', '9', '10', '11']);
  });

  it('marks unsigned, waiting, returned and broken entries and shades their rows', () => {
    const byState: Record<string, Node[]> = Object.fromEntries(
      rows.map((row) => [nodes(row[5])[1]?.text, row]),
    );
    expect(Object.keys(byState).sort()).toEqual(
      ['broken', 'in-person', 'requested', 'returned', 'signed', 'unsigned'].sort(),
    );
    const fill = (state: string) => byState[state]!.map((cell) => cell.fillColor);
    expect(fill('broken').every((c) => c === COLORS.badFill)).toBe(true);
    for (const state of ['unsigned', 'requested', 'returned']) {
      expect(
        fill(state).every((c) => c === COLORS.warnFill),
        state,
      ).toBe(true);
    }
    for (const state of ['signed', 'in-person']) {
      expect(
        fill(state).every((c) => c === undefined),
        state,
      ).toBe(true);
    }
    expect(nodes(byState.broken![5]).some((n) => n.text === 'broken' && n.style === 'bad')).toBe(
      true,
    );
    expect(text(byState.returned![5])).toContain('Catatan: Jamnya tidak sesuai daftar hadir.');
  });

  it('names the supervisor, shows the signing key, and says in-person signatures are not digital', () => {
    const signed = text(rows[0]![5]);
    expect(signed).toContain('Dra. Ani Suryani, M.Si.');
    expect(signed).toContain(`Kunci ${FINGERPRINT}`);
    const inPerson = text(rows[3]![5]);
    expect(inPerson).toContain('Budi Santoso');
    expect(inPerson).toContain('Tidak terverifikasi digital');
    expect(inPerson).not.toContain('Kunci');
    // An unsigned entry still names the supervisor it is meant for.
    expect(text(rows[1]![5])).toContain('Dra. Ani Suryani, M.Si.');
  });

  it('uses the candidate’s own field labels and totals by field, level, form, stage and activity', () => {
    expect(text(rows[3]![3])).toContain('Pekerja migran');
    const titled = tables(practice).map((t) => (t.table.body[0]![0] as ContentStack).stack?.[0]);
    expect(titled).toEqual(
      expect.arrayContaining(['field', 'practiceLevel', 'practiceForm', 'stage', 'activityKind']),
    );
    const levels = tables(practice)[2]!;
    expect(text(levels)).toContain('Tidak diisi');
  });
});

describe('the APL-02 form', () => {
  const apl02 = section(build(typicalPortfolio()), 'apl02');
  const units = tables(apl02).filter((t) => t.table.headerRows === 2);

  it('has one table per unit whose title and column labels repeat on every page', () => {
    expect(units).toHaveLength(3);
    for (const unit of units) {
      expect(unit.table.keepWithHeaderRows).toBe(1);
      expect(unit.table.dontBreakRows).toBe(true);
    }
    expect(text(units[0]!.table.body[0])).toContain('Unit U.1 — Unit 1');
  });

  it('shows only the criteria for the candidate’s level, rated or clearly marked unrated', () => {
    const rows = units
      .flatMap((u) => u.table.body.slice(2))
      .filter((row) => !('colSpan' in (row[0] as Node)));
    // Generalists see two of every three criteria of the test pack.
    expect(rows).toHaveLength(8);
    const first = rows[0]!.map((cell) => text(cell));
    expect(first[2]).toContain('"K"');
    expect(first[3]).toContain('Tingkat 3');
    const unrated = rows.filter((row) => text(row).includes('Belum dinilai'));
    expect(unrated).toHaveLength(4);
    for (const row of unrated) expect((row[1] as Node).fillColor).toBe(COLORS.warnFill);
  });

  it('refers to evidence by its code in the evidence index', () => {
    // By date: the training certificate (September) is B1, the family assessment B2, the visit B3.
    expect(text(apl02)).toContain('B3 (L), B2 (TL)');
    const index = tables(section(build(typicalPortfolio()), 'evidence'))[0]!;
    expect(index.table.headerRows).toBe(1);
    expect(index.table.body.slice(1).map((row) => text(row[0]))).toEqual(
      ['B1', 'B2', 'B3'].map((c) => text({ text: c, bold: true })),
    );
    expect(text(index)).toContain('Belum: terkini, memadai');
    expect(text(index)).toContain('Berkas: kunjungan.pdf');
  });
});

describe('the summary and the essays', () => {
  const dd = build(typicalPortfolio());

  it('draws a radar of domain scores and a bar chart of weekly hours', () => {
    const charts = nodes(section(dd, 'summary')).filter((n) => typeof n.svg === 'string');
    expect(charts).toHaveLength(2);
    expect(String(charts[0]!.svg)).toContain('Belum dinilai');
    expect(text(section(dd, 'summary'))).toContain('ranah berikut belum dinilai: Keterampilan');
  });

  it('sets practice hours against the total target and the candidate’s minimums', () => {
    const summary = text(section(dd, 'summary'));
    expect(summary).toContain('Total jam praktik');
    expect(summary).toContain('field: anak');
    expect(summary).toContain('bukan ketentuan resmi');
  });

  it('prints all fourteen prompts, the LSP’s wording where given, and flags short essays', () => {
    const essays = section(dd, 'essays');
    const headingsText = nodes(essays)
      .filter((n) => n.style === 'h2')
      .map((n) => n.text);
    expect(headingsText).toHaveLength(14);
    expect(headingsText[0]).toBe('knowledge 1');
    expect(text(essays)).toContain('Jelaskan penerapan prinsip kerahasiaan dalam praktik Anda.');
    expect(text(essays)).toContain('Rumusan pertanyaan dari LSP');
    expect(text(essays)).toContain('184 kata');
    const short = nodes(essays).filter((n) =>
      String(n.text).startsWith('Di bawah sekitar 150 kata'),
    );
    expect(short).toHaveLength(2);
    expect(text(essays)).toContain('Paragraf kedua tentang asesmen.');
  });
});

describe('a large portfolio', () => {
  const dd = build(largePortfolio());

  it('builds every row: 300 criteria, 200 pieces of evidence and 2,000 log entries', () => {
    const criteriaRows = tables(section(dd, 'apl02'))
      .filter((t) => t.table.headerRows === 2)
      .flatMap((t) => t.table.body.slice(2))
      .filter((row) => !('colSpan' in (row[0] as Node)));
    expect(criteriaRows).toHaveLength(300);
    expect(tables(section(dd, 'evidence'))[0]!.table.body).toHaveLength(201);
    const log = tables(section(dd, 'practice')).at(-1)!;
    expect(log.table.body).toHaveLength(2001);
  });

  it('repeats the header of every table that can run over a page', () => {
    const long = tables(dd.content).filter((t) => t.table.body.length > 20);
    expect(long.length).toBeGreaterThan(10);
    for (const table of long) expect(table.table.headerRows).toBeGreaterThanOrEqual(1);
  });

  it('asks pdfmake for no per-node page-break callback', () => {
    expect(dd.pageBreakBefore).toBeUndefined();
    const all = nodes(dd.content);
    expect(all.some((n) => Object.values(n).some((v) => typeof v === 'function'))).toBe(false);
    expect(new Set(all).size).toBe(all.length);
  });
});
