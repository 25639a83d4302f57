import type { Content } from 'pdfmake/interfaces';
import {
  ESSAY_PROMPTS,
  TOP_MARK_MIN_WORDS,
  countWords,
  essayProgress,
  essayStatus,
  promptNumber,
  promptText,
  type Essay,
  type EssayPrompt,
} from '../../self-description';
import { heading, missing, note, together } from '../blocks';
import type { PdfContext } from '../context';
import { fill } from '../words';

/** The fourteen essays in the prompts' order, each with its question, text and length. */
export function essaysSection(ctx: PdfContext): Content[] {
  const { data, words } = ctx;
  const s = words.essays;
  const essays = new Map(data.essays.map((e) => [e.promptId, e]));
  const progress = essayProgress(essays);
  return [
    heading(s.title),
    note(s.intro),
    note(fill(s.progress, { ...progress, min: TOP_MARK_MIN_WORDS })),
    ...ESSAY_PROMPTS.flatMap((p) => essay(ctx, p, essays.get(p.id))),
  ];
}

function essay(ctx: PdfContext, prompt: EssayPrompt, written: Essay | undefined): Content[] {
  const { data, words } = ctx;
  const s = words.essays;
  const text = written?.text ?? '';
  const status = essayStatus(text);
  const custom = written?.customPrompt?.trim();
  const head = together(
    {
      text: fill(s.heading, {
        domain: words.vocab.essayDomains[prompt.domain],
        number: promptNumber(prompt),
      }),
      style: 'h2',
    },
    ...(custom ? [{ text: s.customPrompt, style: 'muted' }] : []),
    { text: promptText(prompt, data.language, written), italics: true, margin: [0, 0, 0, 4] },
    {
      text: [
        fill(s.words, { count: ctx.format.number(countWords(text)) }),
        ...(status === 'short'
          ? [' · ', { text: fill(s.short, { min: TOP_MARK_MIN_WORDS }), style: 'missing' }]
          : []),
      ],
      style: 'muted',
      margin: [0, 0, 0, 4],
    },
  );
  if (status === 'blank') return [head, missing(s.blank)];
  // Blank lines separate paragraphs; single line breaks stay as the candidate wrote them.
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph): Content => ({
      text: paragraph.trim(),
      style: 'paragraph',
      alignment: 'justify',
    }));
  return [head, ...paragraphs];
}
