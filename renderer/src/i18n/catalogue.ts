/**
 * The Indonesian namespaces: the type source of every catalogue. i18next's keys are typed from
 * them (index.ts), and every other language's files must have their shape (`Messages`).
 *
 * TypeScript cannot list a folder, so this is the one hand-kept list of namespaces, and it is
 * types only: the app finds the files itself at build time (resources.ts). The catalogue test
 * (test/unit/i18n-catalogues.test.ts) fails when this list and the files in id/ differ.
 */
import type apl02 from './id/apl02';
import type app from './id/app';
import type assessment from './id/assessment';
import type autosave from './id/autosave';
import type compare from './id/compare';
import type confidentiality from './id/confidentiality';
import type cv from './id/cv';
import type dashboard from './id/dashboard';
import type data from './id/data';
import type desktop from './id/desktop';
import type errorBoundary from './id/error-boundary';
import type essays from './id/essays';
import type evidenceLibrary from './id/evidence-library';
import type evidence from './id/evidence';
import type exam from './id/exam';
import type fields from './id/fields';
import type fileProblems from './id/file-problems';
import type framework from './id/framework';
import type home from './id/home';
import type levels from './id/levels';
import type nav from './id/nav';
import type notFound from './id/not-found';
import type packs from './id/packs';
import type portfolioExport from './id/portfolio-export';
import type portfolioPdf from './id/portfolio-pdf';
import type portfolioVerify from './id/portfolio-verify';
import type portfolio from './id/portfolio';
import type practiceSummary from './id/practice-summary';
import type practice from './id/practice';
import type profile from './id/profile';
import type settings from './id/settings';
import type supervisorMode from './id/supervisor-mode';
import type validation from './id/validation';
import type vocab from './id/vocab';

/** Bahasa Indonesia, the default language: one file per namespace in id/, named in kebab-case. */
export interface IndonesianCatalogue {
  apl02: typeof apl02;
  app: typeof app;
  assessment: typeof assessment;
  autosave: typeof autosave;
  compare: typeof compare;
  confidentiality: typeof confidentiality;
  cv: typeof cv;
  dashboard: typeof dashboard;
  data: typeof data;
  desktop: typeof desktop;
  errorBoundary: typeof errorBoundary;
  essays: typeof essays;
  evidenceLibrary: typeof evidenceLibrary;
  evidence: typeof evidence;
  exam: typeof exam;
  fields: typeof fields;
  fileProblems: typeof fileProblems;
  framework: typeof framework;
  home: typeof home;
  levels: typeof levels;
  nav: typeof nav;
  notFound: typeof notFound;
  packs: typeof packs;
  portfolioExport: typeof portfolioExport;
  portfolioPdf: typeof portfolioPdf;
  portfolioVerify: typeof portfolioVerify;
  portfolio: typeof portfolio;
  practiceSummary: typeof practiceSummary;
  practice: typeof practice;
  profile: typeof profile;
  settings: typeof settings;
  supervisorMode: typeof supervisorMode;
  validation: typeof validation;
  vocab: typeof vocab;
}

export type Namespace = keyof IndonesianCatalogue;

/** The plural categories `Intl.PluralRules` may ask for, other than "other". */
type MorePlurals = Exclude<Intl.LDMLPluralRule, 'other'>;

/**
 * A catalogue shaped like the Indonesian one, every leaf a string. Indonesian has only the plural
 * category "other", so a plural family is the one key `x_other` there; beside it a language may
 * have `x_zero`, `x_one`, `x_two`, `x_few` and `x_many`. Which of them it must have follows from
 * its plural rules, which TypeScript cannot know: the test checks that.
 */
export type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> } & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${MorePlurals}` : never]?: string;
};

/** A language's file for a namespace: `export default {…} satisfies Messages<'exam'>`. */
export type Messages<N extends Namespace> = Words<IndonesianCatalogue[N]>;

/** A whole catalogue in any language. */
export type Catalogue = Words<IndonesianCatalogue>;
