import { test } from 'vitest';
import type { Answer } from '../shared/assessment/assessment';
import { criterionRef } from '../shared/assessment/assessment';
import { computeReadiness } from '../shared/assessment/readiness';
import { facetCounts, filterCriteria, indexPack } from '../shared/framework/filter';
import type { RubricLevel } from '../shared/framework/pack';
import { makeTestPack } from '../test/support/pack';
import { allCriteria } from '../shared/framework/tree';
import { measure } from './harness';

// 25 units × 4 elements × 10 criteria = 1,000 criteria; 5 rounds of answers; 200 evidence items.
const pack = makeTestPack({ units: 25, elementsPerUnit: 4, criteriaPerElement: 10 });
const ids = allCriteria(pack).map((c) => c.criterion.id);
const rounds = Array.from({ length: 5 }, (_, r) => {
  const answers = new Map<string, Answer>();
  ids.forEach((id, i) => {
    if ((i + r) % 7 === 0) return; // some criteria left unanswered
    answers.set(id, {
      roundId: `r${r}`,
      criterionId: id,
      rubricLevel: (((i + r) % 4) + 1) as RubricLevel,
      reflection: '',
      updatedAt: '',
    });
  });
  return answers;
});
const evidence = Array.from({ length: 200 }, (_, e) => ({
  criterionRefs: [criterionRef(pack.id, ids[(e * 5) % ids.length]!)],
  vatm: { valid: true, asli: e % 2 === 0, terkini: true, memadai: true },
}));

test(`framework browser and dashboard at ${ids.length} criteria, ${rounds.length} rounds`, async () => {
  const index = indexPack(pack);
  await measure('open: index the pack for search', 30, () => indexPack(pack));
  await measure('filter: text query "tugas nomor 5"', 50, () =>
    filterCriteria(index, { query: 'tugas nomor 5' }),
  );
  await measure('filter: level + practice level + query', 50, () =>
    filterCriteria(index, { level: 'generalis', practiceLevel: 'mezzo', query: 'tugas' }),
  );
  await measure('facet counts (all seven facets)', 50, () =>
    facetCounts(index, { domain: 'skills', query: 'tugas' }),
  );
  await measure('dashboard: readiness of the latest round', 50, () =>
    computeReadiness(pack, 'generalis', rounds[4]!, evidence),
  );
  await measure('dashboard: readiness of all 5 rounds', 20, () =>
    rounds.map((answers) => computeReadiness(pack, undefined, answers, evidence)),
  );
});
