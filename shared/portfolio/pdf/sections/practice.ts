import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import type { LoggedEntry } from '../../../practice/filter';
import {
  practiceTotals,
  type PracticeDimension,
  type PracticeTotals,
} from '../../../practice/totals';
import { SIGNOFF_STATES, signoffState, type SignoffState } from '../../../signoff/state';
import { dataTable, heading, missing, note, together } from '../blocks';
import type { PdfContext } from '../context';
import { COLORS } from '../styles';
import { fill } from '../words';

/** The dimensions the log is totalled by, in the order they are printed. */
const TOTALLED: readonly PracticeDimension[] = [
  'field',
  'practiceLevel',
  'practiceForm',
  'stage',
  'activityKind',
];

/** States an assessor must not take as a valid signature, and how their rows are shaded. */
const SHADE: Partial<Record<SignoffState, string>> = {
  unsigned: COLORS.warnFill,
  requested: COLORS.warnFill,
  returned: COLORS.warnFill,
  broken: COLORS.badFill,
};

const byDate = (a: LoggedEntry, b: LoggedEntry) =>
  a.date.localeCompare(b.date) ||
  a.startTime.localeCompare(b.startTime) ||
  a.id.localeCompare(b.id);

/** Totals, the supervisors, then every entry in one long table (fast for thousands of rows). */
export function practiceSection(ctx: PdfContext): Content[] {
  const { data, words, format } = ctx;
  const p = words.practice;
  const entries = [...data.practice.entries].sort(byDate);
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (!first || !last) return [heading(p.title), missing(p.empty), supervisors(ctx)];

  const states = entries.map((entry) => signoffState(entry));
  const totals = practiceTotals(entries);
  return [
    heading(p.title),
    note(
      fill(p.totalLine, {
        hours: format.hours(totals.minutes),
        entries: format.number(entries.length),
        first: format.longDate(first.date),
        last: format.longDate(last.date),
      }),
    ),
    stateTable(ctx, entries, states),
    ...TOTALLED.map((dimension) => dimensionTable(ctx, dimension, totals)),
    supervisors(ctx),
    together({ text: p.logTitle, style: 'h2' }, note(p.logIntro)),
    logTable(ctx, entries, states),
  ];
}

function stateTable(ctx: PdfContext, entries: LoggedEntry[], states: SignoffState[]): Content {
  const { words, format } = ctx;
  const p = words.practice;
  const rows = SIGNOFF_STATES.map((state): TableCell[] => {
    let count = 0;
    let minutes = 0;
    states.forEach((s, i) => {
      if (s !== state) return;
      count += 1;
      minutes += entries[i]?.minutes ?? 0;
    });
    const cells: ContentText[] = [
      stateLabel(ctx, state),
      { text: format.number(count), alignment: 'right' },
      { text: format.hours(minutes), alignment: 'right' },
    ];
    return count > 0 ? shaded(cells, state) : cells;
  });
  return dataTable([p.state, p.entries, p.hours], rows, ['*', 60, 60], p.statesTitle);
}

function dimensionTable(
  ctx: PdfContext,
  dimension: PracticeDimension,
  totals: PracticeTotals,
): Content {
  const { words, format } = ctx;
  const p = words.practice;
  const share = (minutes: number) =>
    fill(words.common.percent, {
      value: format.number(Math.round((minutes / (totals.minutes || 1)) * 100)),
    });
  const values = [...totals.by[dimension]].sort((a, b) => b[1] - a[1]);
  const rows: TableCell[][] = values.map(([value, minutes]) => [
    ctx.label(dimension, value),
    { text: format.hours(minutes), alignment: 'right' },
    { text: share(minutes), alignment: 'right' },
  ]);
  const unfilled = totals.minutes - values.reduce((sum, [, minutes]) => sum + minutes, 0);
  if (unfilled > 0) {
    rows.push([
      missing(p.unfilled),
      { text: format.hours(unfilled), alignment: 'right' },
      { text: share(unfilled), alignment: 'right' },
    ]);
  }
  return dataTable(
    [p.category, p.hours, p.share],
    rows,
    ['*', 60, 60],
    words.vocab.dimensions[dimension],
  );
}

function supervisors(ctx: PdfContext): Content {
  const { data, words } = ctx;
  const p = words.practice;
  const list = data.practice.supervisors;
  if (list.length === 0) {
    return together({ text: p.supervisorsTitle, style: 'h2' }, missing(p.noSupervisors));
  }
  const rows = list.map((s): TableCell[] => [
    s.name,
    s.role || { text: words.common.none, style: 'muted' },
    s.strNumber || { text: words.common.none, style: 'muted' },
    s.fingerprint ? { text: s.fingerprint, style: 'muted' } : missing(p.noKey),
  ]);
  return dataTable(
    [p.name, p.role, p.strNumber, p.publicKey],
    rows,
    ['*', 'auto', 'auto', 120],
    p.supervisorsTitle,
  );
}

/** A row an assessor must not take as validly signed is shaded across all its cells. */
function shaded(cells: ContentText[], state: SignoffState): ContentText[] {
  const fillColor = SHADE[state];
  return fillColor ? cells.map((cell) => ({ ...cell, fillColor })) : cells;
}

function stateLabel(ctx: PdfContext, state: SignoffState): ContentText {
  const text = ctx.words.vocab.signoffStates[state];
  if (state === 'broken') return { text, style: 'bad' };
  if (SHADE[state]) return { text, bold: true, color: COLORS.warn };
  return { text, bold: true };
}

/** One table with a repeated header; every cell is plain data, nothing is computed per page. */
function logTable(ctx: PdfContext, entries: LoggedEntry[], states: SignoffState[]): Content {
  const { data, words, format } = ctx;
  const p = words.practice;
  const names = new Map(data.practice.supervisors.map((s) => [s.id, s.name]));
  const rows = entries.map((entry, i): TableCell[] => {
    const state = states[i] ?? 'unsigned';
    const time = entry.startTime && entry.endTime ? `\n${entry.startTime}–${entry.endTime}` : '';
    const detail = [
      ctx.label('practiceLevel', entry.practiceLevel),
      ctx.label('practiceForm', entry.practiceForm),
      ctx.label('stage', entry.stage),
    ].filter(Boolean);
    const cells: ContentText[] = [
      { text: String(i + 1), style: 'muted' },
      { text: [format.shortDate(entry.date), { text: time, style: 'muted' }] },
      { text: format.hours(entry.minutes), alignment: 'right' },
      {
        text: [
          entry.agency,
          {
            text: `\n${[ctx.label('field', entry.field), entry.setting].filter(Boolean).join(' · ')}`,
            style: 'muted',
          },
        ],
      },
      {
        text: [
          ctx.label('activityKind', entry.activityKind),
          ...(detail.length > 0 ? [{ text: `\n${detail.join(' · ')}`, style: 'muted' }] : []),
        ],
      },
      signoffCell(ctx, entry, state, names),
    ];
    return shaded(cells, state);
  });
  return {
    ...dataTable([p.number, p.when, p.hours, p.where, p.activity, p.signoff], rows, [
      20,
      58,
      26,
      '*',
      98,
      118,
    ]),
    fontSize: 8,
  };
}

function signoffCell(
  ctx: PdfContext,
  entry: LoggedEntry,
  state: SignoffState,
  names: ReadonlyMap<string, string>,
): ContentText {
  const p = ctx.words.practice;
  const { signoff } = entry;
  const name =
    signoff && 'supervisorName' in signoff
      ? signoff.supervisorName
      : names.get(signoff?.supervisorId ?? entry.supervisorId);
  const lines: Content[] = [
    stateLabel(ctx, state),
    name ? `\n${name}` : { text: `\n${p.noSupervisor}`, style: 'muted' },
  ];
  if (signoff?.kind === 'signed' || signoff?.kind === 'returned') {
    lines.push({
      text: `\n${fill(p.fingerprint, { fingerprint: signoff.fingerprint })}`,
      style: 'muted',
    });
  }
  if (signoff?.kind === 'returned' && signoff.comment) {
    lines.push({ text: `\n${fill(p.comment, { comment: signoff.comment })}`, italics: true });
  }
  if (signoff?.kind === 'in-person') {
    lines.push({ text: `\n${p.notDigital}`, style: 'missing' });
  }
  return { text: lines };
}
