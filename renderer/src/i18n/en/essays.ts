import type { Messages } from '../catalogue';

export default {
  title: 'Deskripsi Diri',
  intro:
    'Write how you apply social-work knowledge, skills and values in practice. The assessor scores each essay from 1 to 5; a blank essay is marked K (kosong, empty).',
  promptsNote:
    'These questions are Kompeten’s wording, not the official text. If your LSP gives its own wording, replace the question with "Adjust the question".',
  listLabel: 'Essays',
  progress:
    '{{total}} essays: {{ready}} long enough, {{short}} under about 150 words, {{blank}} still empty (K)',
  domains: { knowledge: 'Knowledge', skills: 'Skills', values: 'Values' },
  badgeBlank: 'K',
  words_one: '{{count}} word',
  words_other: '{{count}} words',
  status: {
    blank: 'not written yet, will be marked K (empty)',
    short: 'under about {{min}} words: this essay cannot get the top mark yet',
    ready: 'long enough for the top mark',
  },
  answer: 'Your answer',
  answerHint:
    'Tell a real experience in order: the situation, what you did, the knowledge or values behind it, and the result. Disguise the client’s identity.',
  customPrompt: 'Adjust the question',
  customPromptUsed: 'Using the LSP’s wording of the question',
  customPromptLabel: 'The LSP’s wording of the question',
  customPromptHint: 'Leave empty to use Kompeten’s question: "{{ours}}"',
  customPromptSave: 'Use this wording',
  customPromptReset: 'Back to Kompeten’s question',
} satisfies Messages<'essays'>;
