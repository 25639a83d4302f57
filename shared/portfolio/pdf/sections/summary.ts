import type { Content, ContentCanvas, TableCell } from 'pdfmake/interfaces';
import { computeReadiness, type Readiness } from '../../../assessment/readiness';
import { localIsoDate } from '../../../dates';
import {
  DEFAULT_TOTAL_TARGET_HOURS,
  practiceTotals,
  targetProgress,
  weekStart,
  type PracticeTotals,
} from '../../../practice/totals';
import { dataTable, heading, missing, note, together } from '../blocks';
import { barChart, radarChart } from '../charts';
import type { PdfContext } from '../context';
import { COLORS } from '../styles';
import { fill } from '../words';

const CHART_WEEKS = 12;

/** Readiness at a glance: domain scores, coverage, and practice hours against their targets. */
export function summarySection(ctx: PdfContext): Content[] {
  const { data, words } = ctx;
  const answers = new Map(data.answers.map((a) => [a.criterionId, a]));
  const readiness = computeReadiness(data.pack, ctx.level, answers, data.evidence);
  const totals = practiceTotals(data.practice.entries);
  return [
    heading(words.summary.title),
    basis(ctx),
    ...domains(ctx, readiness),
    coverage(ctx, readiness),
    ...hours(ctx, totals),
  ];
}

function basis(ctx: PdfContext): Content {
  const { data, words } = ctx;
  if (!data.round) return missing(words.summary.noRound);
  const round = data.round.number;
  return note(
    ctx.level
      ? fill(words.summary.basedOn, { round, level: words.vocab.levels[ctx.level] })
      : fill(words.summary.basedOnAll, { round }),
  );
}

function domains(ctx: PdfContext, readiness: Readiness): Content[] {
  const { data, words, format } = ctx;
  const s = words.summary;
  const titleOf = (id: string) => data.pack.domains.find((d) => d.id === id)?.title ?? id;
  const scoreText = (score: number | null) =>
    score === null ? s.notRated : format.number(Math.round(score));

  const rows: TableCell[][] = readiness.domains.map((d) => [
    titleOf(d.id),
    fill(words.common.percent, { value: format.number(d.weight) }),
    fill(words.common.count, { count: d.answered, total: d.total }),
    d.total === 0
      ? { text: s.noCriteria, style: 'muted' }
      : d.score === null
        ? missing(s.notRated)
        : { text: scoreText(d.score), bold: true },
  ]);
  const unrated = readiness.domains.filter((d) => d.total > 0 && d.score === null);
  const overall: Content =
    readiness.overall === null
      ? missing(
          unrated.length > 0
            ? fill(s.overallPending, { domains: unrated.map((d) => titleOf(d.id)).join(', ') })
            : s.notRated,
        )
      : { text: format.number(Math.round(readiness.overall)), bold: true, fontSize: 12 };
  const weights = data.pack.domains
    .map((d) => `${d.title} ${fill(words.common.percent, { value: format.number(d.examWeight) })}`)
    .join(', ');

  const radar = radarChart(
    readiness.domains.map((d) => ({
      label: titleOf(d.id),
      value: d.score,
      valueLabel: scoreText(d.score),
    })),
  );
  return [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: s.domainsTitle, style: 'h2' },
            dataTable([s.domain, s.weight, s.answered, s.score], rows, [
              '*',
              'auto',
              'auto',
              'auto',
            ]),
            { text: s.overall, style: 'h3' },
            overall,
            { text: fill(s.overallHint, { weights }), style: 'note', margin: [0, 2, 0, 0] },
          ],
        },
        { width: 230, svg: radar, margin: [0, 18, 0, 0] },
      ],
      columnGap: 16,
    },
  ];
}

function coverage(ctx: PdfContext, readiness: Readiness): Content {
  const { words } = ctx;
  const s = words.summary;
  const { total } = readiness.coverage;
  const rows = (['answered', 'withEvidence', 'vatmMet'] as const).map((key): TableCell[] => {
    const count = readiness.coverage[key];
    return [
      s.coverage[key],
      fill(words.common.count, { count, total }),
      progressCell(ctx, total > 0 ? count / total : 0),
    ];
  });
  return together(
    { text: s.coverageTitle, style: 'h2' },
    dataTable([s.criteria, s.amount, s.progress], rows, ['*', 'auto', 70]),
  );
}

function hours(ctx: PdfContext, totals: PracticeTotals): Content[] {
  const { data, words, format } = ctx;
  const s = words.summary;
  const { targets } = data.practice.config;
  const rows = targetProgress(totals, targets).map((p): TableCell[] => [
    p.dimension === 'total'
      ? { text: s.total, bold: true }
      : fill(s.minimum, {
          dimension: words.vocab.dimensions[p.dimension],
          value: ctx.label(p.dimension, p.value),
        }),
    { text: format.number(p.doneHours), alignment: 'right' },
    { text: format.number(p.targetHours), alignment: 'right' },
    progressCell(ctx, p.ratio),
  ]);
  const content: Content[] = [
    { text: s.hoursTitle, style: 'h2' },
    dataTable([s.target, s.done, s.goal, s.progress], rows, ['*', 'auto', 'auto', 70]),
  ];
  if (targets.totalHours === DEFAULT_TOTAL_TARGET_HOURS) {
    content.push(note(fill(s.defaultTarget, { hours: format.number(DEFAULT_TOTAL_TARGET_HOURS) })));
  }
  content.push({ text: fill(s.weeksTitle, { weeks: CHART_WEEKS }), style: 'h2' });
  content.push(
    totals.entries === 0 ? missing(s.noHours) : { svg: weekChart(ctx, totals), width: 470 },
  );
  return content;
}

/** The last weeks up to the one the portfolio was made in, oldest first. */
function weekChart(ctx: PdfContext, totals: PracticeTotals): string {
  const { format } = ctx;
  const last = new Date(`${weekStart(localIsoDate(new Date(ctx.data.generatedAt)))}T00:00:00Z`);
  const bars = Array.from({ length: CHART_WEEKS }, (_, i) => {
    const monday = new Date(last);
    monday.setUTCDate(last.getUTCDate() - 7 * (CHART_WEEKS - 1 - i));
    const iso = monday.toISOString().slice(0, 10);
    const minutes = totals.byWeek.get(iso) ?? 0;
    return {
      label: format.dayMonth(iso),
      value: minutes,
      valueLabel: minutes > 0 ? format.hours(minutes) : '',
    };
  });
  return barChart(bars);
}

const BAR_WIDTH = 50;

/** A percentage with a thin bar under it. */
function progressCell(ctx: PdfContext, ratio: number): TableCell {
  const filled = Math.max(0, Math.min(1, ratio)) * BAR_WIDTH;
  const bar: ContentCanvas = {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: BAR_WIDTH, h: 4, color: COLORS.headerFill },
      ...(filled > 0
        ? [{ type: 'rect' as const, x: 0, y: 0, w: filled, h: 4, color: COLORS.accent }]
        : []),
    ],
    margin: [0, 2, 0, 1],
  };
  return {
    stack: [
      fill(ctx.words.common.percent, { value: ctx.format.number(Math.round(ratio * 100)) }),
      bar,
    ],
  };
}
