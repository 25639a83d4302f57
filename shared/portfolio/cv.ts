import { z } from 'zod';
import { isIsoDate } from '../dates';

/**
 * The portfolio's Curriculum Vitae in its 11 parts. Each part is described once here (its fields
 * and which are required); the editor, the validation and later the PDF all follow this table.
 */
export const CV_ERRORS = {
  required: 'required',
  tooLong: 'tooLong',
  yearFormat: 'yearFormat',
  yearRange: 'yearRange',
  endBeforeStart: 'endBeforeStart',
  dateFormat: 'dateFormat',
  futureDate: 'futureDate',
  hoursFormat: 'hoursFormat',
  unknownChoice: 'unknownChoice',
} as const;

export const EARLIEST_CV_YEAR = 1950;
const SHORT_TEXT = 200;
const LONG_TEXT = 2000;
/** No one attends a 10,000-hour training; anything above is a typo. */
const MAX_TRAINING_HOURS = 9999;

export const CV_CHOICES = {
  educationLevel: ['sma', 'd3', 'd4', 's1', 'profesi', 's2', 's3'],
  practiceSetting: ['lembaga', 'mandiri'],
  trainingKind: ['profesi', 'penunjang'],
  seminarRole: ['peserta', 'pembicara', 'moderator', 'panitia'],
  researchRole: ['ketua', 'anggota', 'mandiri'],
  publicationKind: ['jurnal', 'buku', 'prosiding', 'populer', 'lainnya'],
} as const;
export type CvChoice = keyof typeof CV_CHOICES;

export type CvField =
  | { key: string; kind: 'text' | 'longText' | 'year' | 'date' | 'hours'; required?: boolean }
  /** An end year: blank means "still going on". */
  | { key: string; kind: 'endYear' }
  | { key: string; kind: 'choice'; choices: CvChoice; required?: boolean };

export interface CvSection {
  id: string;
  /** Exactly one entry (the identity part) rather than a list. */
  single?: boolean;
  fields: readonly CvField[];
}

const text = (key: string, required = false): CvField => ({ key, kind: 'text', required });
const longText = (key: string): CvField => ({ key, kind: 'longText' });
const year = (key: string, required = true): CvField => ({ key, kind: 'year', required });
const choice = (key: string, choices: CvChoice, required = true): CvField => ({
  key,
  kind: 'choice',
  choices,
  required,
});
const period: readonly CvField[] = [year('startYear'), { key: 'endYear', kind: 'endYear' }];

export const CV_SECTIONS = [
  {
    id: 'identity',
    single: true,
    fields: [
      text('birthPlace'),
      { key: 'birthDate', kind: 'date' },
      longText('address'),
      text('phone'),
      text('email'),
    ],
  },
  {
    id: 'education',
    fields: [
      choice('educationLevel', 'educationLevel'),
      text('institution', true),
      text('programme', true),
      year('graduationYear'),
    ],
  },
  {
    id: 'work',
    fields: [text('organisation', true), text('position', true), ...period, longText('duties')],
  },
  {
    id: 'practice',
    fields: [
      text('organisation', true),
      text('role', true),
      choice('practiceSetting', 'practiceSetting'),
      ...period,
      longText('description'),
    ],
  },
  {
    id: 'training',
    fields: [
      text('title', true),
      text('organiser', true),
      year('year'),
      { key: 'hours', kind: 'hours' },
      choice('trainingKind', 'trainingKind'),
    ],
  },
  {
    id: 'seminars',
    fields: [
      text('title', true),
      text('organiser'),
      year('year'),
      choice('seminarRole', 'seminarRole'),
    ],
  },
  {
    id: 'organisations',
    fields: [text('organisation', true), text('role', true), ...period],
  },
  {
    id: 'research',
    fields: [
      text('title', true),
      year('year'),
      choice('researchRole', 'researchRole'),
      text('institution'),
    ],
  },
  {
    id: 'publications',
    fields: [
      text('title', true),
      text('venue', true),
      year('year'),
      choice('publicationKind', 'publicationKind'),
      text('link'),
    ],
  },
  {
    id: 'contributions',
    fields: [text('title', true), text('organisation'), year('year'), longText('description')],
  },
  {
    id: 'awards',
    fields: [text('title', true), text('giver', true), year('year')],
  },
] as const satisfies readonly CvSection[];

export type CvSectionId = (typeof CV_SECTIONS)[number]['id'];
export const CV_SECTION_IDS = CV_SECTIONS.map((s) => s.id) as CvSectionId[];
/** Every field key in any section, for the translation catalogue. */
export const CV_FIELD_KEYS = [
  ...new Set(CV_SECTIONS.flatMap((s) => s.fields.map((f: CvField) => f.key))),
];

export function cvSection(id: CvSectionId): CvSection {
  const section = CV_SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown CV section ${id}`);
  return section;
}

/** Form values: every field is a string, blank when not filled in. */
export type CvValues = Record<string, string>;

/** One entry of one part of the CV, as stored. */
export interface CvEntry {
  id: string;
  section: CvSectionId;
  /** Position within its section, lowest first. */
  order: number;
  values: CvValues;
  updatedAt: string;
}

function fieldSchema(field: CvField, latestYear: number, today: string): z.ZodType<string, string> {
  const base = z.string().trim();
  const required = 'required' in field && field.required;
  const filled = (schema: z.ZodType<string, string>) =>
    required ? schema.refine((v) => v !== '', { error: CV_ERRORS.required, abort: true }) : schema;
  switch (field.kind) {
    case 'text':
      return filled(base.max(SHORT_TEXT, { error: CV_ERRORS.tooLong }));
    case 'longText':
      return filled(base.max(LONG_TEXT, { error: CV_ERRORS.tooLong }));
    case 'year':
    case 'endYear':
      return filled(base)
        .refine((v) => v === '' || /^\d{4}$/.test(v), { error: CV_ERRORS.yearFormat, abort: true })
        .refine((v) => v === '' || (Number(v) >= EARLIEST_CV_YEAR && Number(v) <= latestYear), {
          error: CV_ERRORS.yearRange,
        });
    case 'date':
      return filled(base)
        .refine((v) => v === '' || isIsoDate(v), { error: CV_ERRORS.dateFormat, abort: true })
        .refine((v) => v === '' || v <= today, { error: CV_ERRORS.futureDate });
    case 'hours':
      return filled(base).refine(
        (v) =>
          v === '' ||
          (/^\d{1,4}(?:[.,]\d)?$/.test(v) && Number(v.replace(',', '.')) <= MAX_TRAINING_HOURS),
        { error: CV_ERRORS.hoursFormat },
      );
    case 'choice':
      return filled(base).refine(
        (v) => v === '' || (CV_CHOICES[field.choices] as readonly string[]).includes(v),
        { error: CV_ERRORS.unknownChoice },
      );
  }
}

/**
 * The validation of one part's entry. Years may not lie in the future; an end year, when given,
 * may not come before the start year. `today` is the local ISO date.
 */
export function cvEntrySchema(sectionId: CvSectionId, today: string) {
  const section = cvSection(sectionId);
  const latestYear = Number(today.slice(0, 4));
  const shape = Object.fromEntries(
    section.fields.map((field) => [field.key, fieldSchema(field, latestYear, today)]),
  );
  return z.object(shape).superRefine((values, ctx) => {
    const start = values.startYear;
    const end = values.endYear;
    if (start && end && /^\d{4}$/.test(start) && /^\d{4}$/.test(end) && end < start) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: CV_ERRORS.endBeforeStart });
    }
  });
}

/** Blank values for a new entry of a part. */
export function emptyCvValues(sectionId: CvSectionId): CvValues {
  return Object.fromEntries(cvSection(sectionId).fields.map((f) => [f.key, '']));
}

/** A part counts as filled when it has an entry with at least one value. */
export function filledCvSections(entries: readonly Pick<CvEntry, 'section' | 'values'>[]) {
  const filled = new Set<CvSectionId>();
  for (const entry of entries) {
    if (Object.values(entry.values).some((v) => v.trim() !== '')) filled.add(entry.section);
  }
  return filled;
}
