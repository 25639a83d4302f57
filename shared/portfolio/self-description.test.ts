import { describe, expect, it } from 'vitest';
import {
  countWords,
  ESSAY_PROMPTS,
  essayProgress,
  essayStatus,
  promptNumber,
  promptText,
  TOP_MARK_MIN_WORDS,
} from './self-description';

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

describe('Deskripsi Diri prompts', () => {
  it('are 5 on knowledge, 6 on skills and 3 on values, with unique ids and both languages', () => {
    const count = (domain: string) => ESSAY_PROMPTS.filter((p) => p.domain === domain).length;
    expect([count('knowledge'), count('skills'), count('values')]).toEqual([5, 6, 3]);
    expect(ESSAY_PROMPTS.map(promptNumber)).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6, 1, 2, 3]);
    expect(new Set(ESSAY_PROMPTS.map((p) => p.id)).size).toBe(ESSAY_PROMPTS.length);
    for (const p of ESSAY_PROMPTS) {
      expect(p.text.id.trim(), p.id).not.toBe('');
      expect(p.text.en.trim(), p.id).not.toBe('');
    }
  });

  it("use the LSP's wording when the candidate gave one", () => {
    const first = ESSAY_PROMPTS[0]!;
    expect(promptText(first, 'id')).toBe(first.text.id);
    expect(promptText(first, 'en', { customPrompt: '  ' })).toBe(first.text.en);
    expect(promptText(first, 'en', { customPrompt: 'Pertanyaan LSP' })).toBe('Pertanyaan LSP');
  });
});

describe('word count', () => {
  it('counts words as a word processor does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('Saya bekerja dengan anak-anak.')).toBe(4);
    expect(countWords('Langkah:\n- asesmen\n- rencana – intervensi')).toBe(4);
    expect(countWords('Tahun 2023, 12 keluarga')).toBe(4);
    expect(countWords('Édouard   menulis\u00a0laporan')).toBe(3);
  });
});

describe('essay status', () => {
  it('marks blank, short and long-enough essays', () => {
    expect(essayStatus('  ')).toBe('blank');
    expect(essayStatus(words(TOP_MARK_MIN_WORDS - 1))).toBe('short');
    expect(essayStatus(words(TOP_MARK_MIN_WORDS))).toBe('ready');
  });

  it('counts progress over every prompt, missing essays as blank', () => {
    const essays = new Map([
      [ESSAY_PROMPTS[0]!.id, { text: words(200) }],
      [ESSAY_PROMPTS[1]!.id, { text: words(20) }],
      [ESSAY_PROMPTS[2]!.id, { text: '' }],
      ['unknown-prompt', { text: words(500) }],
    ]);
    expect(essayProgress(essays)).toEqual({ total: 14, blank: 12, short: 1, ready: 1 });
  });
});
