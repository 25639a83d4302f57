import type { Content } from 'pdfmake/interfaces';
import { facts, missing } from '../blocks';
import type { PdfContext } from '../context';
import { COLORS } from '../styles';

/** The title page: who, for which level, from which framework, and how to verify it. */
export function coverSection(ctx: PdfContext, verificationCode: string): Content[] {
  const { data, words, format } = ctx;
  const { cover, common, vocab } = words;
  const profile = data.profile;
  const orMissing = (value: string | undefined): Content =>
    value?.trim() ? value.trim() : missing(common.notFilled);

  const education = profile
    ? [profile.education.programme, profile.education.institution]
        .filter((part) => part.trim() !== '')
        .join(', ')
    : '';
  const year = profile?.education.graduationYear;
  const rows: [string, Content][] = [
    [cover.level, orMissing(ctx.level && vocab.levels[ctx.level])],
    [cover.education, orMissing(education && (year ? `${education} (${year})` : education))],
    [cover.workplace, orMissing(profile?.workplace)],
  ];
  if (profile?.strNumber) rows.push([cover.strNumber, profile.strNumber]);
  rows.push(
    [cover.date, format.longDate(data.generatedAt)],
    [
      cover.pack,
      {
        text: [
          `${data.pack.title} (${data.packKey})`,
          { text: `\n${vocab.packStatus[data.pack.provenance.status]}`, style: 'muted' },
        ],
      },
    ],
  );

  return [
    { text: cover.kicker, style: 'kicker', margin: [0, 60, 0, 0] },
    { text: words.title, style: 'coverTitle' },
    ctx.hasName
      ? { text: ctx.name, style: 'coverName' }
      : { text: ctx.name, style: ['coverName', 'missing'] },
    facts(rows),
    {
      margin: [0, 36, 0, 0],
      table: {
        widths: ['*', 'auto'],
        body: [
          [
            {
              stack: [
                { text: cover.verificationTitle, style: 'label' },
                { text: verificationCode, style: 'code' },
                { text: cover.verifyHow, style: 'note' },
              ],
              margin: [6, 6, 6, 6],
            },
            { qr: verificationCode, fit: 110, eccLevel: 'M', margin: [6, 6, 6, 6] },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0.8,
        vLineWidth: (i: number) => (i === 1 ? 0 : 0.8),
        hLineColor: COLORS.rule,
        vLineColor: COLORS.rule,
      },
    },
  ];
}
