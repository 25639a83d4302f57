import { z } from 'zod';
import { isIsoDate } from '../dates';
import { isSafeExternalUrl } from '../security/external-url';
import { RUBRIC_LEVELS, type RubricLevel } from '../framework/pack';
import { isWellFormedLink } from './evidence-file';

/** APL-02 style judgement: K (kompeten) or BK (belum kompeten). */
export const JUDGEMENTS = ['K', 'BK'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** Evidence types in certification practice: L direct, TL indirect, T supplementary. */
export const EVIDENCE_TYPES = ['L', 'TL', 'T'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** The evidence rules: valid, asli (authentic), terkini (current), memadai (sufficient). */
export const VATM_RULES = ['valid', 'asli', 'terkini', 'memadai'] as const;
export type VatmRule = (typeof VATM_RULES)[number];
export type Vatm = Record<VatmRule, boolean>;

export const MAX_REFLECTION_LENGTH = 4000;
/** Evidence files live in IndexedDB; larger scans belong in a link instead. */
export const MAX_EVIDENCE_FILE_BYTES = 20 * 1024 * 1024;

export const EVIDENCE_ERRORS = {
  required: 'required',
  tooLong: 'tooLong',
  dateFormat: 'dateFormat',
  futureDate: 'futureDate',
  unsafeLink: 'unsafeLink',
} as const;

/** One criterion's self-assessment within a round. */
export interface Answer {
  roundId: string;
  criterionId: string;
  rubricLevel?: RubricLevel;
  judgement?: Judgement;
  reflection: string;
  updatedAt: string;
}

export const answerChangeSchema = z
  .object({
    rubricLevel: z
      .number()
      .int()
      .refine((n): n is RubricLevel => (RUBRIC_LEVELS as readonly number[]).includes(n))
      .optional(),
    judgement: z.enum(JUDGEMENTS).optional(),
    reflection: z.string().max(MAX_REFLECTION_LENGTH, { error: EVIDENCE_ERRORS.tooLong }),
  })
  .partial();
export type AnswerChange = z.input<typeof answerChangeSchema>;

/** Evidence is tied to criteria across rounds and pack versions: `${packId}/${criterionId}`. */
export const criterionRef = (packId: string, criterionId: string) => `${packId}/${criterionId}`;

const isoDate = z.string().refine(isIsoDate, { error: EVIDENCE_ERRORS.dateFormat });

export function evidenceInputSchema(today: string) {
  return z.object({
    title: z
      .string()
      .trim()
      .min(1, { error: EVIDENCE_ERRORS.required })
      .max(200, { error: EVIDENCE_ERRORS.tooLong }),
    date: isoDate.refine((v) => v <= today, { error: EVIDENCE_ERRORS.futureDate }),
    type: z.enum(EVIDENCE_TYPES, { error: EVIDENCE_ERRORS.required }),
    description: z.string().trim().max(4000, { error: EVIDENCE_ERRORS.tooLong }),
    link: z
      .string()
      .trim()
      .refine((v) => v === '' || (isWellFormedLink(v) && isSafeExternalUrl(v)), {
        error: EVIDENCE_ERRORS.unsafeLink,
      }),
    vatm: z.object({
      valid: z.boolean(),
      asli: z.boolean(),
      terkini: z.boolean(),
      memadai: z.boolean(),
    }),
    criterionRefs: z.array(z.string().min(1)).max(2000),
  });
}
export type EvidenceInput = z.input<ReturnType<typeof evidenceInputSchema>>;

export interface EvidenceFileInfo {
  name: string;
  mimeType: string;
  size: number;
}

export interface Evidence extends z.output<ReturnType<typeof evidenceInputSchema>> {
  id: string;
  file?: EvidenceFileInfo;
  createdAt: string;
  updatedAt: string;
}

export const meetsVatm = (vatm: Vatm) => VATM_RULES.every((rule) => vatm[rule]);

/** An assessment round: answers are made against one pack version. */
export interface Round {
  id: string;
  number: number;
  packKey: string;
  startedAt: string;
  closedAt?: string;
}
