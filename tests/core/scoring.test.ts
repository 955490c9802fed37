import { describe, expect, it } from 'vitest';
import { overallScore, possiblePoints, riskRecords, tallyLessons, type GameAction, type Level } from '../../src/core';
import { tutorial } from '../support/levels';
import { diligentInspector, historicalOfficial, playThrough, type Strategy } from '../support/players';

const level: Level = tutorial();
const SEEDS = [1, 2, 3, 42, 2015, 99999];

function withChanges(base: Strategy, changes: Partial<Strategy>): Strategy {
  return { ...base, ...changes };
}

describe('scoring against the four lessons', () => {
  it('a diligent inspector earns full marks on every lesson, whatever the seed', () => {
    for (const seed of SEEDS) {
      const { state } = playThrough(level, seed, diligentInspector);
      expect(state.finished).toBe(true);
      const tally = tallyLessons(level, state);
      expect(Object.values(tally).map((t) => t.score)).toEqual([100, 100, 100, 100]);
    }
  });

  it('the historical path (favour, gift, approve, sign off) scores low on every lesson', () => {
    const { state } = playThrough(level, 1, historicalOfficial);
    const tally = tallyLessons(level, state);
    expect(tally.LS1.score).toBe(0);
    expect(tally.LS3.score).toBe(0);
    expect(tally.LS4.score!).toBeLessThanOrEqual(50);
    expect(overallScore(tally)).toBeLessThan(25);
    const risks = riskRecords(state);
    expect(risks.filter((r) => r.fell).map((r) => r.id)).toEqual(['R1', 'R3', 'R4']);
  });

  it('LS4: leaving the hospital dark costs people-first points, even with everything else right', () => {
    const darkHospital = withChanges(diligentInspector, {
      power: (power, state) =>
        diligentInspector.power(power, state).map((a) => (a.type === 'set-allocation' && a.districtId === 'hospital-water' ? { ...a, mw: 0 } : a)),
    });
    const tally = tallyLessons(level, playThrough(level, 1, darkHospital).state);
    expect(tally.LS4.score!).toBeLessThan(50);
    expect(tally.LS1.score).toBe(100);
  });

  it('LS1: an inspector who never cross-checks and signs off loses supervision points', () => {
    const careless = withChanges(diligentInspector, {
      review: (review) => [{ type: 'handle-gift', choice: 'returned' }, { type: 'decide-application', decisionId: 'approve-with-conditions' }],
      inspection: () => ({ type: 'file-report', conclusionId: 'sign-off' }),
    });
    const tally = tallyLessons(level, playThrough(level, 1, careless).state);
    expect(tally.LS1.score!).toBeLessThan(tallyLessons(level, playThrough(level, 1, diligentInspector).state).LS1.score!);
    expect(tally.LS1.score!).toBeLessThan(30);
  });

  it('LS2: rejecting with no reason found is over-suspicion and costs planning points', () => {
    const suspicious = withChanges(diligentInspector, {
      review: () => [{ type: 'handle-gift', choice: 'returned' }, { type: 'decide-application', decisionId: 'reject' }],
    });
    const { state } = playThrough(level, 1, suspicious);
    const keys = state.scored.map((s) => s.outcomeKey);
    expect(keys).toContain('decision:reject:noneFound:0');
    expect(tallyLessons(level, state).LS2.score!).toBeLessThan(100);
  });

  it('LS3: keeping the gift costs law-and-integrity points and complying with the note costs more', () => {
    const keeper = withChanges(diligentInspector, {
      review: (review, state) => diligentInspector.review(review, state).map((a) => (a.type === 'handle-gift' ? { ...a, choice: 'kept' as const } : a)),
    });
    const kept = tallyLessons(level, playThrough(level, 1, keeper).state).LS3;
    expect(kept.score!).toBeLessThan(50);
    const complier = withChanges(keeper, {
      power: (power, state) => diligentInspector.power(power, state).map((a): GameAction => (a.type === 'answer-order' ? { ...a, response: 'comply' } : a)),
    });
    // Both may clamp to a score of 0; the points earned still show the second fault.
    expect(tallyLessons(level, playThrough(level, 1, complier).state).LS3.earned).toBeLessThan(kept.earned);
  });

  it('an accusation on a single clue scores below recording it and digging further', () => {
    const accuser = withChanges(diligentInspector, {
      inspection: (inspection, state) => {
        const next = diligentInspector.inspection(inspection, state);
        return next.type === 'file-report' ? { type: 'file-report', conclusionId: 'accuse' } : next;
      },
    });
    const accused = tallyLessons(level, playThrough(level, 1, accuser).state);
    const dug = tallyLessons(level, playThrough(level, 1, diligentInspector).state);
    expect(overallScore(accused)).toBeLessThan(overallScore(dug));
    expect(accused.LS3.score!).toBeLessThan(dug.LS3.score!);
  });

  it('every scored event names its lesson and rests on source lines within the article', () => {
    for (const strategy of [diligentInspector, historicalOfficial]) {
      const { state } = playThrough(level, 5, strategy);
      expect(state.scored.length).toBeGreaterThan(5);
      for (const event of state.scored) {
        expect(['LS1', 'LS2', 'LS3', 'LS4']).toContain(event.lesson);
        expect(event.sourceLines.length).toBeGreaterThan(0);
        for (const line of event.sourceLines) expect(line).toBeGreaterThanOrEqual(1);
        for (const line of event.sourceLines) expect(line).toBeLessThanOrEqual(84);
      }
    }
  });

  it('the most a player can earn is the sum of the best choice at each decision', () => {
    expect(possiblePoints(level)).toEqual({ LS1: 85, LS2: 20, LS3: 30, LS4: 40 });
  });
});
