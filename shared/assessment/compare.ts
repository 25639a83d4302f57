import type { Answer } from './assessment';

export type ChangeKind = 'improved' | 'declined' | 'changed' | 'unchanged';

export interface CriterionChange {
  criterionId: string;
  before?: Pick<Answer, 'rubricLevel' | 'judgement'>;
  after?: Pick<Answer, 'rubricLevel' | 'judgement'>;
  kind: ChangeKind;
}

/**
 * Compares two rounds criterion by criterion, in the order given. "improved"/"declined" follow
 * the rubric level; a change only in K/BK (or a new or removed rating) is "changed".
 */
export function compareRounds(
  criterionIds: readonly string[],
  before: ReadonlyMap<string, Answer>,
  after: ReadonlyMap<string, Answer>,
): CriterionChange[] {
  return criterionIds.map((criterionId) => {
    const a = before.get(criterionId);
    const b = after.get(criterionId);
    const from = a?.rubricLevel;
    const to = b?.rubricLevel;
    let kind: ChangeKind = 'unchanged';
    if (from !== undefined && to !== undefined && from !== to) {
      kind = to > from ? 'improved' : 'declined';
    } else if (from !== to || a?.judgement !== b?.judgement) {
      kind = 'changed';
    }
    return {
      criterionId,
      ...(a ? { before: { rubricLevel: a.rubricLevel, judgement: a.judgement } } : {}),
      ...(b ? { after: { rubricLevel: b.rubricLevel, judgement: b.judgement } } : {}),
      kind,
    };
  });
}
