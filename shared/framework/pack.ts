import { z } from 'zod';
import { LEVELS } from '../domain/levels';
import {
  FUNCTIONS,
  HELPING_STAGES,
  PRACTICE_FORMS,
  PRACTICE_LEVELS,
  SUKOCO_TASKS,
} from '../domain/vocabularies';
import { issueOf } from '../files/file-issues';
import { boundedList } from '../files/bounded-list';

/**
 * A framework pack: the competency standard as data (unit → element → criterion), with its
 * provenance. The default pack is our own unofficial rendering; an institution can replace it
 * with the official text by importing another pack.
 */
export const PACK_FORMAT = 'kompeten.framework-pack';
export const PACK_FORMAT_VERSION = 1;

/** The three components of the standard, as labelled in the written-test blueprint. */
export const DOMAINS = ['knowledge', 'values', 'skills'] as const;
export type DomainId = (typeof DOMAINS)[number];

/** The self-assessment rubric has four levels, 1 (lowest) to 4. */
export const RUBRIC_LEVELS = [1, 2, 3, 4] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

// zod's .regex() keeps no params, so the check is a refine that carries the app's issue code.
const stableId = z
  .string()
  .refine((id) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id), issueOf('id-format', { max: 80 }));
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z
  .string()
  .refine((date) => /^\d{4}-\d{2}-\d{2}$/.test(date), issueOf('date-format'));

export const provenanceSchema = z.object({
  status: z.enum(['official', 'unofficial-rendering']),
  confidence: z.enum(['H', 'M', 'L']),
  date: isoDate,
  sources: z
    .array(
      z.object({
        title: text(300),
        detail: text(500).optional(),
      }),
    )
    .min(1),
  note: text(2000).optional(),
});

const tagsSchema = z
  .object({
    practiceLevels: z.array(z.enum(PRACTICE_LEVELS)).optional(),
    functions: z.array(z.enum(FUNCTIONS)).optional(),
    tasks: z.array(z.enum(SUKOCO_TASKS)).optional(),
    practiceForms: z.array(z.enum(PRACTICE_FORMS)).optional(),
    stages: z.array(z.enum(HELPING_STAGES)).optional(),
    keywords: z.array(text(60)).max(20).optional(),
  })
  .strict();

export const criterionSchema = z
  .object({
    id: stableId,
    /** Phrased as the candidate's own question, e.g. "Dapatkah saya …?" */
    question: text(600),
    description: text(2000).optional(),
    levels: z.array(z.enum(LEVELS)).min(1),
    tags: tagsSchema.default({}),
    provenance: provenanceSchema.optional(),
  })
  .strict();

const elementSchema = z
  .object({
    id: stableId,
    title: text(300),
    criteria: boundedList(criterionSchema, { min: 1, max: 500 }),
  })
  .strict();

const unitSchema = z
  .object({
    id: stableId,
    code: text(40),
    title: text(300),
    description: text(2000).optional(),
    domain: z.enum(DOMAINS),
    elements: boundedList(elementSchema, { min: 1, max: 500 }),
  })
  .strict();

const rubricDescriptor = z.object({ label: text(60), description: text(600) }).strict();

const domainSchema = z
  .object({
    id: z.enum(DOMAINS),
    code: text(10),
    title: text(120),
    description: text(1000).optional(),
    /** Share of the written test, in percent. */
    examWeight: z.number().min(0).max(100),
    /** What each rubric level (1–4) looks like for this domain. */
    rubric: z.tuple([rubricDescriptor, rubricDescriptor, rubricDescriptor, rubricDescriptor]),
  })
  .strict();

const levelSchema = z
  .object({ id: z.enum(LEVELS), title: text(120), description: text(1000).optional() })
  .strict();

export const frameworkPackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    id: stableId,
    title: text(200),
    version: z.string().refine((v) => /^\d+\.\d+(\.\d+)?$/.test(v), issueOf('version-format')),
    language: z.string().refine((v) => /^[a-z]{2}(-[A-Z]{2})?$/.test(v), issueOf('language-code')),
    provenance: provenanceSchema,
    levels: z.array(levelSchema).min(1),
    domains: z.array(domainSchema).length(DOMAINS.length),
    // Far above any standard (the built-in pack has 14 units and 147 criteria).
    units: boundedList(unitSchema, { min: 1, max: 500 }),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const domainIds = pack.domains.map((d) => d.id);
    DOMAINS.forEach((id) => {
      if (!domainIds.includes(id))
        ctx.addIssue({
          code: 'custom',
          path: ['domains'],
          ...issueOf('domain-missing', { domain: id }),
        });
    });
    const weights = pack.domains.reduce((sum, d) => sum + d.examWeight, 0);
    if (Math.abs(weights - 100) > 1e-9)
      ctx.addIssue({
        code: 'custom',
        path: ['domains'],
        ...issueOf('weights-not-100', { total: weights }),
      });
    const levelIds = new Set(pack.levels.map((l) => l.id));
    const seen = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      const where = path.join('.');
      const first = seen.get(id);
      if (first) ctx.addIssue({ code: 'custom', path, ...issueOf('id-used-twice', { id, first }) });
      else seen.set(id, where);
    };
    pack.units.forEach((unit, u) => {
      claim(unit.id, ['units', u, 'id']);
      unit.elements.forEach((element, e) => {
        claim(element.id, ['units', u, 'elements', e, 'id']);
        element.criteria.forEach((criterion, c) => {
          const path = ['units', u, 'elements', e, 'criteria', c];
          claim(criterion.id, [...path, 'id']);
          criterion.levels.forEach((level, l) => {
            if (!levelIds.has(level))
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'levels', l],
                ...issueOf('level-not-declared', { level }),
              });
          });
        });
      });
    });
  });

export type FrameworkPack = z.output<typeof frameworkPackSchema>;
export type FrameworkUnit = FrameworkPack['units'][number];
export type FrameworkElement = FrameworkUnit['elements'][number];
export type Criterion = FrameworkElement['criteria'][number];
export type Domain = FrameworkPack['domains'][number];
export type Provenance = z.output<typeof provenanceSchema>;
