import type { Content, TableCell } from 'pdfmake/interfaces';
import { EVIDENCE_TYPES, VATM_RULES, type Evidence } from '../../../assessment/assessment';
import { dataTable, heading, missing, note } from '../blocks';
import type { PdfContext } from '../context';
import { fill } from '../words';

/** Every piece of evidence, with the code the APL-02 form refers to it by. */
export function evidenceSection(ctx: PdfContext): Content[] {
  const { words } = ctx;
  const e = words.evidence;
  if (ctx.evidence.length === 0) return [heading(e.title), missing(e.empty)];
  const rows = ctx.evidence.map(({ item, code }): TableCell[] => [
    { text: code, bold: true },
    itemCell(ctx, item),
    { text: item.type, alignment: 'center' },
    { text: ctx.format.shortDate(item.date), noWrap: true },
    vatmCell(ctx, item),
    criteriaCell(ctx, item),
  ]);
  const types = EVIDENCE_TYPES.map((type) => words.vocab.evidenceTypes[type]).join('; ');
  return [
    heading(e.title),
    note(e.intro),
    dataTable([e.number, e.item, e.type, e.date, e.vatm, e.criteria], rows, [
      'auto',
      '*',
      'auto',
      'auto',
      62,
      100,
    ]),
    note(fill(e.legend, { types })),
  ];
}

function itemCell(ctx: PdfContext, item: Evidence): TableCell {
  const e = ctx.words.evidence;
  const details = [
    item.file ? fill(e.file, { name: item.file.name }) : '',
    item.link ? fill(e.link, { url: item.link }) : '',
  ].filter(Boolean);
  return {
    text: [item.title, ...details.map((d) => ({ text: `\n${d}`, style: 'muted' }))],
  };
}

function vatmCell(ctx: PdfContext, item: Evidence): TableCell {
  const e = ctx.words.evidence;
  const unmet = VATM_RULES.filter((rule) => !item.vatm[rule]);
  return unmet.length === 0
    ? { text: e.vatmMet }
    : missing(fill(e.vatmMissing, { rules: unmet.map((rule) => e.vatmRules[rule]).join(', ') }));
}

/** Criteria of the pack in use by their id; those of another pack keep their full reference. */
function criteriaCell(ctx: PdfContext, item: Evidence): TableCell {
  if (item.criterionRefs.length === 0) return missing(ctx.words.evidence.noCriteria);
  const own = `${ctx.data.pack.id}/`;
  return {
    text: item.criterionRefs
      .map((ref) => (ref.startsWith(own) ? ref.slice(own.length) : ref))
      .join(', '),
    style: 'muted',
  };
}
