import type { Level } from '../domain/levels';
import type { DomainId, FrameworkPack, RubricLevel } from '../framework/pack';
import { allCriteria, type CriterionInContext } from '../framework/tree';
import { criterionRef, meetsVatm, type Answer, type Evidence } from './assessment';

/** A rubric level as a share of mastery: 1 → 0 %, 4 → 100 %. */
export const levelToPercent = (level: RubricLevel) => ((level - 1) / 3) * 100;

export interface Coverage {
  /** Criteria that apply to the candidate's level. */
  total: number;
  /** …with a rubric level chosen. */
  answered: number;
  /** …with at least one piece of evidence. */
  withEvidence: number;
  /** …with at least one piece of evidence that meets all four VATM rules. */
  vatmMet: number;
}

export interface ScoreGroup extends Coverage {
  /** Mean mastery of the answered criteria, 0–100; null when none is answered. */
  score: number | null;
}

export interface Readiness {
  domains: (ScoreGroup & { id: DomainId; weight: number })[];
  units: (ScoreGroup & { id: string; code: string; title: string; domain: DomainId })[];
  coverage: Coverage;
  /** Domain scores weighted by the pack's exam weights; null until every domain has answers. */
  overall: number | null;
  /** The weakest criteria that still lack evidence: the first things to work on. */
  nextSteps: { item: CriterionInContext; rubricLevel?: RubricLevel }[];
}

interface Tally {
  total: number;
  answered: number;
  withEvidence: number;
  vatmMet: number;
  sum: number;
}
const emptyTally = (): Tally => ({ total: 0, answered: 0, withEvidence: 0, vatmMet: 0, sum: 0 });
const finish = ({ sum, ...counts }: Tally): ScoreGroup => ({
  ...counts,
  score: counts.answered === 0 ? null : sum / counts.answered,
});

export const NEXT_STEPS = 5;

/**
 * Readiness for one round: per domain, per unit and overall, over the criteria that apply to
 * the candidate's target level (all criteria when no level is chosen).
 */
export function computeReadiness(
  pack: FrameworkPack,
  level: Level | undefined,
  answers: ReadonlyMap<string, Pick<Answer, 'rubricLevel'>>,
  evidence: readonly Pick<Evidence, 'criterionRefs' | 'vatm'>[],
): Readiness {
  const evidenceByRef = new Map<string, { count: number; vatm: boolean }>();
  for (const item of evidence) {
    const ok = meetsVatm(item.vatm);
    for (const ref of item.criterionRefs) {
      const entry = evidenceByRef.get(ref) ?? { count: 0, vatm: false };
      evidenceByRef.set(ref, { count: entry.count + 1, vatm: entry.vatm || ok });
    }
  }
  const domainTally = new Map<DomainId, Tally>(pack.domains.map((d) => [d.id, emptyTally()]));
  const unitTally = new Map<string, Tally>();
  const all = emptyTally();
  const candidates: Readiness['nextSteps'] = [];

  for (const item of allCriteria(pack)) {
    const { criterion, unit } = item;
    if (level && !criterion.levels.includes(level)) continue;
    const rubricLevel = answers.get(criterion.id)?.rubricLevel;
    const support = evidenceByRef.get(criterionRef(pack.id, criterion.id));
    let unitEntry = unitTally.get(unit.id);
    if (!unitEntry) unitTally.set(unit.id, (unitEntry = emptyTally()));
    for (const tally of [domainTally.get(unit.domain), unitEntry, all]) {
      if (!tally) continue;
      tally.total += 1;
      if (rubricLevel !== undefined) {
        tally.answered += 1;
        tally.sum += levelToPercent(rubricLevel);
      }
      if (support) tally.withEvidence += 1;
      if (support?.vatm) tally.vatmMet += 1;
    }
    if (!support) candidates.push({ item, ...(rubricLevel ? { rubricLevel } : {}) });
  }

  const domains = pack.domains.map((d) => ({
    id: d.id,
    weight: d.examWeight,
    ...finish(domainTally.get(d.id) ?? emptyTally()),
  }));
  const scored = domains.filter((d) => d.total > 0);
  const overall = scored.every((d) => d.score !== null)
    ? scored.reduce((sum, d) => sum + (d.score ?? 0) * d.weight, 0) /
      (scored.reduce((sum, d) => sum + d.weight, 0) || 1)
    : null;

  // Weakest first: rated low before rated high; unrated ones after all rated ones.
  candidates.sort((a, b) => (a.rubricLevel ?? 5) - (b.rubricLevel ?? 5));

  const { sum: _sum, ...coverage } = all;
  return {
    domains,
    units: pack.units
      .filter((u) => unitTally.has(u.id))
      .map((u) => ({
        id: u.id,
        code: u.code,
        title: u.title,
        domain: u.domain,
        ...finish(unitTally.get(u.id) ?? emptyTally()),
      })),
    coverage,
    overall: scored.length === 0 ? null : overall,
    nextSteps: candidates.slice(0, NEXT_STEPS),
  };
}
