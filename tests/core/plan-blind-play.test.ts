import { describe, expect, it } from 'vitest';
import { assessedLessons, type Level } from '../../src/core';
import { BLIND_STRATEGIES, DILIGENT_READER, diligentReader, playHabit, scoreStrategy } from '../../src/playtest/blind-players';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { zonePlanLevel } from '../support/zone-plan';

// The honest-scores rule on the zone plan: the flashy claims belong to the wrong proposals, so
// every blind habit (the clerk who takes the most claimed jobs within the limits too) scores low
// on both lessons the plan assesses, and only a player who reads the studies plans well.
const level: Level = zonePlanLevel();

describe('blind play on the zone plan', () => {
  it('assesses scientific planning (LS2) and people first (LS4)', () => {
    expect(assessedLessons(level)).toEqual(['LS2', 'LS4']);
  });

  it('the screen-reading diligent player scores 100', () => {
    const diligent = scoreStrategy(level, DILIGENT_READER);
    expect(diligent.overall).toBe(100);
  });

  it.each(BLIND_STRATEGIES.map((s) => [s.label, s] as const))('"%s" scores at most 30 overall and 40 on LS2 and LS4', (_label, strategy) => {
    const score = scoreStrategy(level, strategy);
    expect(score.overall).toBeLessThanOrEqual(30);
    expect(score.lessons.LS2!).toBeLessThanOrEqual(40);
    expect(score.lessons.LS4!).toBeLessThanOrEqual(40);
  });

  it('the scripted diligent inspector plans as the diligent reader does, and the historical official as the clerk', () => {
    const diligent = playThrough(level, 3, diligentInspector).state;
    const historical = playThrough(level, 3, historicalOfficial).state;
    const reader = playHabit(level, 3, diligentReader).state;
    expect(diligent.plan['zone-plan']!.chosen).toEqual(reader.plan['zone-plan']!.chosen);
    expect(historical.plan['zone-plan']!.chosen).not.toEqual(diligent.plan['zone-plan']!.chosen);
    expect(historical.plan['zone-plan']!.studied).toEqual([]);
  });

  it('the diligent player never reads an answer key: the same play with every outcome hidden', () => {
    const hidden = structuredClone(level) as Level;
    for (const step of hidden.steps) {
      if (step.kind !== 'plan') continue;
      for (const option of step.options) option.outcomes = [];
      step.faults = { crowded: [], 'no-real-economy': [], 'over-grid': [] };
    }
    const withKey = playHabit(level, 7, diligentReader).actions;
    const withoutKey = playHabit(level, 7, diligentReader, hidden).actions;
    expect(withoutKey).toEqual(withKey);
    expect(withKey.filter((a) => a.type === 'plan-study')).toHaveLength(level.steps.flatMap((s) => (s.kind === 'plan' ? s.options : [])).length);
  });
});
