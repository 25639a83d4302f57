import { z } from 'zod';
import type { Language } from '../settings/language';

/**
 * Deskripsi Diri: essays on how the candidate applies knowledge (5), skills (6) and values (3).
 * The assessor scores each 1–5; a blank essay is marked K (kosong) and one under about 150 words
 * cannot get the top mark. The prompts below are our own wording, not the official questions,
 * which we could not confirm; the candidate can replace any prompt with their LSP's wording.
 */
export const ESSAY_DOMAINS = ['knowledge', 'skills', 'values'] as const;
export type EssayDomain = (typeof ESSAY_DOMAINS)[number];

/** Below this many words an essay cannot get the top mark (the guide says "about" 150). */
export const TOP_MARK_MIN_WORDS = 150;
export const MAX_ESSAY_LENGTH = 20_000;
export const MAX_PROMPT_LENGTH = 1_000;

export interface EssayPrompt {
  id: string;
  domain: EssayDomain;
  text: Record<Language, string>;
}

const prompt = (id: string, domain: EssayDomain, idText: string, enText: string): EssayPrompt => ({
  id,
  domain,
  text: { id: idText, en: enText },
});

export const ESSAY_PROMPTS: readonly EssayPrompt[] = [
  prompt(
    'pengetahuan-1',
    'knowledge',
    'Teori atau pendekatan pekerjaan sosial apa yang paling sering Anda pakai untuk memahami masalah klien? Ceritakan satu kasus ketika teori itu membantu Anda melihat masalah dengan lebih jernih.',
    'Which social-work theory or approach do you use most to understand a client’s problem? Describe one case in which it helped you see the problem more clearly.',
  ),
  prompt(
    'pengetahuan-2',
    'knowledge',
    'Bagaimana pemahaman Anda tentang perkembangan manusia dan keterkaitan orang dengan lingkungannya memengaruhi cara Anda melakukan asesmen?',
    'How does your understanding of human development and of the person in their environment shape the way you carry out an assessment?',
  ),
  prompt(
    'pengetahuan-3',
    'knowledge',
    'Peraturan dan kebijakan kesejahteraan sosial apa yang paling berkaitan dengan bidang praktik Anda, dan bagaimana Anda menerapkannya dalam layanan sehari-hari?',
    'Which social-welfare laws and policies matter most in your field of practice, and how do you apply them in everyday service?',
  ),
  prompt(
    'pengetahuan-4',
    'knowledge',
    'Sistem sumber dan jejaring layanan apa (lembaga, program pemerintah, potensi masyarakat) yang Anda kenal dan gunakan untuk menghubungkan klien dengan bantuan yang ia perlukan?',
    'Which resource systems and service networks (agencies, government programmes, community assets) do you know and use to connect clients with the help they need?',
  ),
  prompt(
    'pengetahuan-5',
    'knowledge',
    'Dalam satu kasus, apakah Anda bekerja pada tingkat mikro, mezzo, atau makro? Jelaskan alasan pilihan itu berdasarkan pengetahuan yang Anda miliki.',
    'In one case, did you work at the micro, mezzo or macro level? Explain the reasons for that choice from what you know.',
  ),
  prompt(
    'keterampilan-1',
    'skills',
    'Bagaimana Anda membangun relasi dan kontak awal dengan klien, terutama klien yang enggan atau tertutup?',
    'How do you build rapport and first contact with a client, especially one who is reluctant or withdrawn?',
  ),
  prompt(
    'keterampilan-2',
    'skills',
    'Ceritakan bagaimana Anda mengumpulkan dan menganalisis data (wawancara, observasi, kunjungan rumah, dokumen) sampai dapat merumuskan masalah dan kebutuhan klien.',
    'Describe how you gather and analyse information (interviews, observation, home visits, records) until you can state the client’s problem and needs.',
  ),
  prompt(
    'keterampilan-3',
    'skills',
    'Bagaimana Anda menyusun rencana intervensi bersama klien: tujuan, langkah-langkah, dan pembagian peran?',
    'How do you draw up an intervention plan together with the client: goals, steps and who does what?',
  ),
  prompt(
    'keterampilan-4',
    'skills',
    'Teknik intervensi apa yang pernah Anda laksanakan (misalnya konseling, kerja kelompok, pengorganisasian masyarakat, advokasi), dan apa hasilnya?',
    'Which intervention techniques have you carried out (for example counselling, group work, community organising, advocacy), and with what result?',
  ),
  prompt(
    'keterampilan-5',
    'skills',
    'Bagaimana Anda mengevaluasi perubahan pada klien dan mengakhiri relasi pertolongan dengan baik?',
    'How do you evaluate the client’s change and bring the helping relationship to a good end?',
  ),
  prompt(
    'keterampilan-6',
    'skills',
    'Bagaimana Anda mencatat dan melaporkan pekerjaan Anda, dan bekerja sama dengan profesi atau lembaga lain (rujukan, konferensi kasus)?',
    'How do you record and report your work, and work with other professions or agencies (referrals, case conferences)?',
  ),
  prompt(
    'nilai-1',
    'values',
    'Ceritakan situasi ketika kerahasiaan klien diuji. Apa yang Anda lakukan untuk menjaganya, dan di mana batasnya?',
    'Describe a situation in which a client’s confidentiality was put to the test. What did you do to protect it, and where were its limits?',
  ),
  prompt(
    'nilai-2',
    'values',
    'Bagaimana Anda menghormati hak klien untuk menentukan pilihannya sendiri ketika pilihan itu berbeda dari saran Anda?',
    'How do you respect a client’s right to make their own choices when those choices differ from your advice?',
  ),
  prompt(
    'nilai-3',
    'values',
    'Ceritakan satu dilema etis yang pernah Anda hadapi: nilai apa yang berbenturan, dan bagaimana Anda mengambil keputusan sesuai kode etik profesi?',
    'Describe an ethical dilemma you have faced: which values clashed, and how did you reach a decision in line with the professional code of ethics?',
  ),
];

/** What the candidate wrote for one prompt. */
export interface Essay {
  promptId: string;
  text: string;
  /** The LSP's own wording of the question, when the candidate replaced ours. */
  customPrompt?: string;
  updatedAt: string;
}

export const essayChangeSchema = z
  .object({
    text: z.string().max(MAX_ESSAY_LENGTH),
    customPrompt: z.string().trim().max(MAX_PROMPT_LENGTH),
  })
  .partial();
export type EssayChange = z.input<typeof essayChangeSchema>;

/**
 * Words as a word processor counts them: runs between spaces that hold a letter or a digit.
 * "anak-anak" is one word; a lone dash or bullet is none.
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** K: blank. short: written but under the top-mark length. ready: long enough for any mark. */
export type EssayStatus = 'blank' | 'short' | 'ready';

export function essayStatus(text: string): EssayStatus {
  const words = countWords(text);
  if (words === 0) return 'blank';
  return words < TOP_MARK_MIN_WORDS ? 'short' : 'ready';
}

export interface EssayProgress {
  total: number;
  blank: number;
  short: number;
  ready: number;
}

/** How far the essays are, over every prompt (a prompt with no essay yet counts as blank). */
export function essayProgress(essays: ReadonlyMap<string, Pick<Essay, 'text'>>): EssayProgress {
  const progress: EssayProgress = { total: ESSAY_PROMPTS.length, blank: 0, short: 0, ready: 0 };
  for (const p of ESSAY_PROMPTS) progress[essayStatus(essays.get(p.id)?.text ?? '')] += 1;
  return progress;
}

/** The number of a prompt within its domain, as the portfolio numbers them (Pengetahuan 1…5). */
export function promptNumber(prompt: EssayPrompt): number {
  return ESSAY_PROMPTS.filter((p) => p.domain === prompt.domain).indexOf(prompt) + 1;
}

/** The question shown and exported for a prompt: the LSP's wording if given, else ours. */
export function promptText(
  p: EssayPrompt,
  language: Language,
  essay?: Pick<Essay, 'customPrompt'>,
) {
  return essay?.customPrompt?.trim() || p.text[language];
}
