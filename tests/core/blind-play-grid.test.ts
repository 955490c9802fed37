import { describe, expect, it } from 'vitest';
import { assessedLessons, filesEvidence, type GridStep } from '../../src/core';
import { BLIND_STRATEGIES, DILIGENT_READER, scoreStrategy } from '../../src/playtest/blind-players';
import { allLevels, blackoutSummer } from '../support/levels';

// The grid rewards understanding, not button-pressing: the clerk presses every monitoring button
// from day 0 and refuses every order, and random play presses anything, yet the comparison earns
// supervision only when the note that attaches it is filed (L63-L65: monitoring that is bypassed,
// readings no one acts on). The bar: at most 30 overall and 40 on each assessed lesson.
const level = blackoutSummer();
const byId = (id: string) => BLIND_STRATEGIES.find((s) => s.id === id)!;

describe('blind play at the grid of Blackout summer', () => {
  const diligent = scoreStrategy(level, DILIGENT_READER);

  it.each([['clerk'], ['random']])('"%s" scores at most 30 overall and 40 on each assessed lesson', (id) => {
    const score = scoreStrategy(level, byId(id));
    expect(score.overall).toBeLessThanOrEqual(30);
    for (const lesson of assessedLessons(level)) expect(score.lessons[lesson], lesson).toBeLessThanOrEqual(40);
  });

  it('the screen-reading diligent player scores at least 85 and beats the clerk and random play on every assessed lesson', () => {
    expect(diligent.overall).toBeGreaterThanOrEqual(85);
    for (const id of ['clerk', 'random']) {
      const blind = scoreStrategy(level, byId(id));
      for (const lesson of assessedLessons(level)) expect(diligent.lessons[lesson]!, `${id} ${lesson}`).toBeGreaterThan(blind.lessons[lesson]!);
    }
  });

  it("next summer's best plan (from the readings) is neither first nor last, so no list habit takes it", () => {
    const plans = level.steps.find((s): s is GridStep => s.kind === 'grid')!.plans!;
    const best = plans.map((p) => p.outcomes.withReadings.reduce((sum, o) => sum + o.points, 0));
    const top = best.indexOf(Math.max(...best));
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(plans.length - 1);
    expect(scoreStrategy(level, byId('first')).lessons.LS2).toBe(0);
  });

  it("the clerk's comparison, made and then left out of its note, earns no evidence points", () => {
    const state = byId('clerk').play(level, 1);
    expect(state.grid['summer-grid']!.evidence.length).toBeGreaterThan(0);
    expect(state.scored.find((s) => s.point === 'evidence')!.choice).toBe('evidenceMissed');
  });
});

describe.each(allLevels().flatMap((l) => l.steps.filter((s): s is GridStep => s.kind === 'grid').map((g) => [`${l.id} ${g.id}`, g] as const)))('the case notes of %s', (_name, grid) => {
  it('the note that attaches the comparison is neither first nor last, so "always the first" or "always the last" never files it', () => {
    const filing = grid.conclusions.map((c, i) => (filesEvidence(c) ? i : -1)).filter((i) => i >= 0);
    expect(filing.length).toBeGreaterThan(0);
    for (const i of filing) {
      expect(i).toBeGreaterThan(0);
      expect(i).toBeLessThan(grid.conclusions.length - 1);
    }
  });
});
