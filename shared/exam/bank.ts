import { issueOf } from '../files/file-issues';
import { z } from 'zod';
import { DOMAINS, provenanceSchema } from '../framework/pack';
import { boundedList } from '../files/bounded-list';

/**
 * A question bank for written-test practice: single-best-answer items, each with its key, why
 * the key is right and each other option is wrong, its domain and difficulty, the framework
 * criteria it touches and the fact it rests on. Versioned and with provenance, like framework
 * packs, so an institution can ship its own bank.
 */
export const BANK_FORMAT = 'kompeten.question-bank';
export const BANK_FORMAT_VERSION = 1;

/**
 * The id of the bank that ships with the app (resources/exam). Review cards made before banks
 * could be imported belong to it.
 */
export const DEFAULT_BANK_ID = 'kompeten-default-id-soal';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const OPTION_IDS = ['A', 'B', 'C', 'D', 'E'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

// zod's .regex() keeps no params, so the check is a refine that carries the app's issue code.
const stableId = z
  .string()
  .refine((id) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id), issueOf('id-format', { max: 80 }));
const text = (max: number) => z.string().trim().min(1).max(max);

/** A work the items cite: a law, a regulation, a textbook frame. */
const sourceSchema = z.strictObject({
  id: stableId,
  title: text(300),
  /** How sure the bank's authors are of facts taken from it (H, M or L). */
  confidence: z.enum(['H', 'M', 'L']),
});

const optionSchema = z.strictObject({
  id: z.enum(OPTION_IDS),
  text: text(600),
  /** Why this option is the key, or why it is not. */
  explanation: text(1200),
});

export const itemSchema = z.strictObject({
  id: stableId,
  domain: z.enum(DOMAINS),
  difficulty: z.enum(DIFFICULTIES),
  /** The short case the question is about; empty for a question without one. */
  vignette: z.string().trim().max(2000),
  stem: text(600),
  options: z.array(optionSchema).min(4).max(5),
  key: z.enum(OPTION_IDS),
  /** Framework criteria the item touches, as `${packId}/${criterionId}`. */
  criteria: z.array(text(200)).max(20),
  tags: z.array(text(60)).max(20),
  /** The fact the key follows from: which source, and where in it or what it says. */
  fact: z.strictObject({ source: stableId, detail: text(500) }),
});
export type BankItem = z.output<typeof itemSchema>;

/** Stems compared without case, spacing or punctuation, so a reworded copy is still caught. */
export const normaliseStem = (stem: string) =>
  stem
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const bankSchema = z
  .strictObject({
    format: z.literal(BANK_FORMAT),
    formatVersion: z.literal(BANK_FORMAT_VERSION),
    id: stableId,
    title: text(200),
    version: z.string().refine((v) => /^\d+\.\d+(\.\d+)?$/.test(v), issueOf('version-format')),
    /** The language the items are written in; the UI language does not change it. */
    language: z.string().refine((v) => /^[a-z]{2}(-[A-Z]{2})?$/.test(v), issueOf('language-code')),
    provenance: provenanceSchema,
    sources: boundedList(sourceSchema, { min: 1, max: 1000 }),
    items: boundedList(itemSchema, { min: 1, max: 20_000 }),
  })
  .superRefine((bank, ctx) => {
    const sources = new Set(bank.sources.map((s) => s.id));
    const ids = new Map<string, number>();
    const stems = new Map<string, number>();
    bank.items.forEach((item, i) => {
      const at = (...path: (string | number)[]) => ['items', i, ...path];
      const firstId = ids.get(item.id);
      if (firstId !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: at('id'),
          ...issueOf('duplicate-id', { first: `items[${firstId}]` }),
        });
      else ids.set(item.id, i);
      const stem = normaliseStem(`${item.vignette} ${item.stem}`);
      const firstStem = stems.get(stem);
      if (firstStem !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: at('stem'),
          ...issueOf('duplicate-question', { first: `items[${firstStem}]` }),
        });
      else stems.set(stem, i);
      item.options.forEach((option, o) => {
        if (option.id !== OPTION_IDS[o])
          ctx.addIssue({
            code: 'custom',
            path: at('options', o, 'id'),
            ...issueOf('option-order', { position: o + 1, expected: OPTION_IDS[o] ?? '' }),
          });
      });
      if (!item.options.some((o) => o.id === item.key))
        ctx.addIssue({
          code: 'custom',
          path: at('key'),
          ...issueOf('key-not-option', { key: item.key }),
        });
      const texts = item.options.map((o) => normaliseStem(o.text));
      if (new Set(texts).size !== texts.length)
        ctx.addIssue({ code: 'custom', path: at('options'), ...issueOf('duplicate-option') });
      if (!sources.has(item.fact.source))
        ctx.addIssue({
          code: 'custom',
          path: at('fact', 'source'),
          ...issueOf('source-not-listed', { source: item.fact.source }),
        });
    });
  });
export type QuestionBank = z.output<typeof bankSchema>;
