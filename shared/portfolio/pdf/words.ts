import type { EvidenceType, Judgement, VatmRule } from '../../assessment/assessment';
import type { FieldOfPractice } from '../../domain/fields-of-practice';
import type { Level } from '../../domain/levels';
import type { HelpingStage, PracticeForm, PracticeLevel } from '../../domain/vocabularies';
import type { Provenance } from '../../framework/pack';
import type { ActivityKind } from '../../practice/entry';
import type { PracticeDimension } from '../../practice/totals';
import type { SignoffState } from '../../signoff/state';
import type { CV_CHOICES, CvChoice, CvSectionId } from '../cv';
import type { EssayDomain } from '../self-description';

/**
 * Every word the portfolio PDF prints. shared/ holds no UI language, so the renderer passes them
 * in: `vocab` from its existing catalogue, the rest from its `portfolioPdf` namespace.
 * `{{name}}` placeholders are filled with `fill`.
 */
export interface PortfolioPdfWords extends PortfolioPdfTexts {
  vocab: PortfolioPdfVocab;
}

/** Labels of stored ids; the app's catalogue already has them all. */
export interface PortfolioPdfVocab {
  levels: Record<Level, string>;
  /** Default fields of practice; the candidate's own come from the practice config. */
  fields: Record<FieldOfPractice, string>;
  practiceLevels: Record<PracticeLevel, string>;
  practiceForms: Record<PracticeForm, string>;
  stages: Record<HelpingStage, string>;
  activityKinds: Record<ActivityKind, string>;
  dimensions: Record<PracticeDimension, string>;
  signoffStates: Record<SignoffState, string>;
  /** Long labels, e.g. "L — langsung (observasi)". */
  evidenceTypes: Record<EvidenceType, string>;
  judgements: Record<Judgement, string>;
  essayDomains: Record<EssayDomain, string>;
  packStatus: Record<Provenance['status'], string>;
  cv: {
    sections: Record<CvSectionId, string>;
    fields: Record<string, string>;
    choices: { [G in CvChoice]: Record<(typeof CV_CHOICES)[G][number], string> };
    /** {{start}}: a period that is still going on. */
    ongoing: string;
    /** {{hours}}: a training's length. */
    hours: string;
  };
}

/** The words only the PDF uses: the renderer's `portfolioPdf` namespace. */
export interface PortfolioPdfTexts {
  /** The document's title, on the cover, in the running header and in the file's metadata. */
  title: string;
  common: {
    notFilled: string;
    noName: string;
    none: string;
    /** {{page}}, {{pages}} */
    page: string;
    /** {{count}}, {{total}} */
    count: string;
    /** {{value}} */
    percent: string;
    /** {{hours}} */
    hours: string;
  };
  info: {
    /** {{title}}, {{name}} */
    title: string;
    subject: string;
    keywords: string;
  };
  cover: {
    kicker: string;
    level: string;
    education: string;
    workplace: string;
    strNumber: string;
    date: string;
    pack: string;
    verificationTitle: string;
    verifyHow: string;
  };
  contents: { title: string };
  cv: { title: string; name: string; period: string };
  summary: {
    title: string;
    /** {{round}}, {{level}} */
    basedOn: string;
    /** {{round}} */
    basedOnAll: string;
    noRound: string;
    domainsTitle: string;
    domain: string;
    weight: string;
    answered: string;
    score: string;
    notRated: string;
    noCriteria: string;
    overall: string;
    /** {{weights}} */
    overallHint: string;
    /** {{domains}} */
    overallPending: string;
    coverageTitle: string;
    criteria: string;
    amount: string;
    coverage: { answered: string; withEvidence: string; vatmMet: string };
    hoursTitle: string;
    target: string;
    done: string;
    goal: string;
    progress: string;
    total: string;
    /** {{dimension}}, {{value}} */
    minimum: string;
    /** {{hours}} */
    defaultTarget: string;
    /** {{weeks}} */
    weeksTitle: string;
    noHours: string;
  };
  apl02: {
    title: string;
    note: string;
    candidate: string;
    level: string;
    round: string;
    /** {{number}}, {{date}} */
    roundValue: string;
    pack: string;
    noRound: string;
    /** {{round}}, {{active}} */
    otherPack: string;
    /** {{answered}}, {{total}}, {{missing}} */
    progress: string;
    legend: string;
    /** {{code}}, {{title}} */
    unit: string;
    /** {{title}} */
    element: string;
    code: string;
    criterion: string;
    judgement: string;
    rubric: string;
    evidence: string;
    notRated: string;
    noEvidence: string;
    noCriteria: string;
  };
  evidence: {
    title: string;
    intro: string;
    /** Put before an item's number: B1, B2… */
    prefix: string;
    number: string;
    item: string;
    type: string;
    date: string;
    vatm: string;
    criteria: string;
    vatmMet: string;
    /** {{rules}} */
    vatmMissing: string;
    vatmRules: Record<VatmRule, string>;
    /** {{name}} */
    file: string;
    /** {{url}} */
    link: string;
    noCriteria: string;
    empty: string;
    /** {{types}} */
    legend: string;
  };
  essays: {
    title: string;
    intro: string;
    /** {{total}}, {{ready}}, {{short}}, {{blank}}, {{min}} */
    progress: string;
    /** {{domain}}, {{number}} */
    heading: string;
    customPrompt: string;
    /** {{count}} */
    words: string;
    blank: string;
    /** {{min}} */
    short: string;
  };
  practice: {
    title: string;
    /** {{hours}}, {{entries}}, {{first}}, {{last}} */
    totalLine: string;
    empty: string;
    statesTitle: string;
    state: string;
    entries: string;
    hours: string;
    category: string;
    share: string;
    unfilled: string;
    logTitle: string;
    logIntro: string;
    number: string;
    when: string;
    where: string;
    activity: string;
    signoff: string;
    /** {{fingerprint}} */
    fingerprint: string;
    notDigital: string;
    noSupervisor: string;
    /** {{comment}} */
    comment: string;
    supervisorsTitle: string;
    name: string;
    role: string;
    strNumber: string;
    publicKey: string;
    noKey: string;
    noSupervisors: string;
  };
  declaration: {
    title: string;
    candidateTitle: string;
    /** {{name}} */
    statement: string;
    placeDate: string;
    candidate: string;
    signature: string;
    assessorTitle: string;
    assessorIntro: string;
    recommendation: string;
    proceed: string;
    notProceed: string;
    notes: string;
    assessor: string;
    registration: string;
  };
}

/**
 * Fills `{{name}}` placeholders. One left without a value stays as it is, so a missing value
 * shows in the PDF instead of silently vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/{{(\w+)}}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
