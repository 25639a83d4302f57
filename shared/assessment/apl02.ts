import type { Level } from '../domain/levels';
import type { FrameworkPack, RubricLevel } from '../framework/pack';
import {
  criterionRef,
  meetsVatm,
  type Answer,
  type Evidence,
  type EvidenceType,
  type Judgement,
} from './assessment';

export interface Apl02Evidence {
  id: string;
  title: string;
  type: EvidenceType;
  date: string;
  vatm: boolean;
}

export interface Apl02Criterion {
  id: string;
  question: string;
  judgement?: Judgement;
  rubricLevel?: RubricLevel;
  evidence: Apl02Evidence[];
}

export interface Apl02Unit {
  code: string;
  title: string;
  elements: { title: string; criteria: Apl02Criterion[] }[];
}

/**
 * The self-assessment laid out as a BNSP-style APL-02 form: unit → element → criterion, each
 * with K/BK and the evidence that supports it. Used by the on-screen view and the portfolio.
 * Only the criteria of the candidate's level appear; empty elements and units are left out.
 */
export function buildApl02(
  pack: FrameworkPack,
  level: Level | undefined,
  answers: ReadonlyMap<string, Pick<Answer, 'judgement' | 'rubricLevel'>>,
  evidence: readonly Evidence[],
): Apl02Unit[] {
  const byRef = new Map<string, Apl02Evidence[]>();
  for (const item of evidence) {
    const entry = {
      id: item.id,
      title: item.title,
      type: item.type,
      date: item.date,
      vatm: meetsVatm(item.vatm),
    };
    for (const ref of item.criterionRefs) byRef.set(ref, [...(byRef.get(ref) ?? []), entry]);
  }
  return pack.units
    .map((unit) => ({
      code: unit.code,
      title: unit.title,
      elements: unit.elements
        .map((element) => ({
          title: element.title,
          criteria: element.criteria
            .filter((c) => !level || c.levels.includes(level))
            .map((c) => {
              const answer = answers.get(c.id);
              return {
                id: c.id,
                question: c.question,
                ...(answer?.judgement ? { judgement: answer.judgement } : {}),
                ...(answer?.rubricLevel ? { rubricLevel: answer.rubricLevel } : {}),
                evidence: byRef.get(criterionRef(pack.id, c.id)) ?? [],
              };
            }),
        }))
        .filter((element) => element.criteria.length > 0),
    }))
    .filter((unit) => unit.elements.length > 0);
}
