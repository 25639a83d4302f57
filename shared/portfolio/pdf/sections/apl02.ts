import type { Content, TableCell } from 'pdfmake/interfaces';
import { buildApl02, type Apl02Criterion, type Apl02Unit } from '../../../assessment/apl02';
import { dataTable, facts, heading, missing, note, spanRow } from '../blocks';
import type { PdfContext } from '../context';
import { COLORS } from '../styles';
import { fill } from '../words';

const COLUMNS = 5;

/** The self-assessment as an APL-02 form: unit → element → criterion, with K/BK and evidence. */
export function apl02Section(ctx: PdfContext): Content[] {
  const { data, words, format } = ctx;
  const a = words.apl02;
  const answers = new Map(data.answers.map((answer) => [answer.criterionId, answer]));
  const units = buildApl02(data.pack, ctx.level, answers, data.evidence);
  const criteria = units.flatMap((u) => u.elements.flatMap((e) => e.criteria));
  const unrated = criteria.filter(isUnrated).length;

  const content: Content[] = [
    heading(a.title),
    note(a.note),
    facts([
      [a.candidate, ctx.hasName ? ctx.name : missing(ctx.name)],
      [a.level, ctx.level ? words.vocab.levels[ctx.level] : missing(words.common.notFilled)],
      [
        a.round,
        data.round
          ? fill(a.roundValue, {
              number: data.round.number,
              date: format.longDate(data.round.startedAt),
            })
          : missing(words.common.notFilled),
      ],
      [a.pack, `${data.pack.title} (${data.packKey})`],
    ]),
  ];
  if (!data.round) content.push(missing(a.noRound));
  else {
    if (data.round.packKey !== data.packKey) {
      content.push(missing(fill(a.otherPack, { round: data.round.packKey, active: data.packKey })));
    }
    content.push(
      note(
        fill(a.progress, {
          answered: criteria.length - unrated,
          total: criteria.length,
          missing: unrated,
        }),
      ),
    );
  }
  if (units.length === 0) return [...content, missing(a.noCriteria)];
  content.push(note(a.legend));
  return [...content, ...units.map((unit) => unitTable(ctx, unit))];
}

const isUnrated = (c: Apl02Criterion) => !c.judgement && !c.rubricLevel;

/** One unit: its title heads the table, so it repeats with the column labels on every page. */
function unitTable(ctx: PdfContext, unit: Apl02Unit): Content {
  const { data, words } = ctx;
  const a = words.apl02;
  const domain = data.pack.units.find((u) => u.code === unit.code)?.domain;
  const rubric = data.pack.domains.find((d) => d.id === domain)?.rubric;
  const rows: TableCell[][] = unit.elements.flatMap((element) => [
    spanRow(fill(a.element, { title: element.title }), 'element', COLUMNS),
    ...element.criteria.map((c) => criterionRow(ctx, c, rubric)),
  ]);
  return dataTable(
    [a.code, a.criterion, a.judgement, a.rubric, a.evidence],
    rows,
    [50, '*', 30, 70, 78],
    fill(a.unit, { code: unit.code, title: unit.title }),
  );
}

function criterionRow(
  ctx: PdfContext,
  c: Apl02Criterion,
  rubric: readonly { label: string }[] | undefined,
): TableCell[] {
  const { words } = ctx;
  const a = words.apl02;
  const code: TableCell = { text: c.id, style: 'muted' };
  const evidence: TableCell =
    c.evidence.length === 0
      ? { text: a.noEvidence, style: 'muted' }
      : {
          text: c.evidence
            .map((e) => `${ctx.evidenceCodes.get(e.id) ?? e.title} (${e.type})`)
            .join(', '),
        };
  if (isUnrated(c)) {
    // The whole row is shaded so a reader skimming the form sees every gap.
    const shade = { fillColor: COLORS.warnFill };
    return [
      { ...code, ...shade },
      { text: c.question, ...shade },
      { ...missing(a.notRated), colSpan: 2, alignment: 'center', ...shade },
      {},
      { ...evidence, ...shade },
    ];
  }
  const none = () => missing(words.common.none);
  return [
    code,
    c.question,
    c.judgement
      ? { text: words.vocab.judgements[c.judgement], bold: true, alignment: 'center' }
      : { ...none(), alignment: 'center' },
    c.rubricLevel ? rubricCell(c.rubricLevel, rubric?.[c.rubricLevel - 1]?.label) : none(),
    evidence,
  ];
}

const rubricCell = (level: number, label: string | undefined): TableCell => ({
  text: [
    { text: String(level), bold: true },
    ...(label ? [{ text: ` · ${label}`, style: 'muted' }] : []),
  ],
});
