import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../domain/levels';
import { allCriteria } from './tree';
import { DOMAINS, frameworkPackSchema } from './pack';

const file = path.resolve(import.meta.dirname, '../../resources/framework/default-pack.id.json');
const pack = frameworkPackSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const criteria = allCriteria(pack);

describe('the default framework pack', () => {
  it('is honestly labelled as an unofficial rendering of the Permensos 12/2017 frame', () => {
    expect(pack.provenance.status).toBe('unofficial-rendering');
    expect(JSON.stringify(pack.provenance.sources)).toContain('12/2017');
    expect(pack.language).toBe('id');
  });

  it('weights the domains as the written-test blueprint does: 30/30/40', () => {
    const weight = (id: string) => pack.domains.find((d) => d.id === id)?.examWeight;
    expect([weight('knowledge'), weight('values'), weight('skills')]).toEqual([30, 30, 40]);
  });

  it('has at least 12 units and 120 criteria, covering every domain', () => {
    expect(pack.units.length).toBeGreaterThanOrEqual(12);
    expect(criteria.length).toBeGreaterThanOrEqual(120);
    for (const domain of DOMAINS) {
      expect(pack.units.filter((u) => u.domain === domain).length, domain).toBeGreaterThanOrEqual(
        3,
      );
    }
  });

  it('gives every level a substantial set of criteria', () => {
    for (const level of LEVELS) {
      const count = criteria.filter(({ criterion }) => criterion.levels.includes(level)).length;
      expect(count, level).toBeGreaterThanOrEqual(30);
    }
  });

  it('phrases every criterion as the candidate asking "Dapatkah saya …?"', () => {
    for (const { criterion } of criteria) {
      expect(criterion.question, criterion.id).toMatch(/^Dapatkah saya .+\?$/);
    }
  });

  it('has no duplicate questions', () => {
    const questions = criteria.map(({ criterion }) => criterion.question.toLowerCase());
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('tags every criterion with at least one practice level or helping stage', () => {
    for (const { criterion } of criteria) {
      const { practiceLevels = [], stages = [], functions = [] } = criterion.tags;
      expect(
        practiceLevels.length + stages.length + functions.length,
        criterion.id,
      ).toBeGreaterThan(0);
    }
  });
});
