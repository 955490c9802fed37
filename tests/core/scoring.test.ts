import { describe, expect, it } from 'vitest';
import { assessedLessons, decisionPoints, isStoryLevel, LESSONS, missedPoints, overallScore, possiblePoints, riskRecords, tallyFrom, tallyLessons, type Level } from '../../src/core';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { playRandomly } from '../../src/playtest/random-player';
import { allLevels } from '../support/levels';

// A story chapter (the prologue) scores nothing by design: it has its own test below.
const levels = allLevels().filter((l) => !isStoryLevel(l));
const stories = allLevels().filter(isStoryLevel);

describe('a story chapter', () => {
  it('there is one, the prologue, and it comes first', () => {
    expect(stories.map((l) => l.id)).toEqual(['prologue']);
    expect(allLevels()[0]!.id).toBe('prologue');
  });

  it.each(stories.map((l) => [l.id, l] as const))('%s plays to its end with every scripted player and random play, and scores nothing', (_id, level) => {
    const states = [playThrough(level, 3, diligentInspector).state, playThrough(level, 3, historicalOfficial).state, playRandomly(level, 4, { maxActions: 400 }).state];
    for (const state of states) {
      expect(state.finished).toBe(true);
      expect(state.scored).toEqual([]);
      expect(LESSONS.map((l) => tallyLessons(level, state)[l].score)).toEqual([null, null, null, null]);
      expect(missedPoints(level, state)).toEqual([]);
    }
    expect(assessedLessons(level)).toEqual([]);
  });
});

describe.each(levels.map((level) => [level.id, level] as const))('scoring %s against the four lessons', (_id, level: Level) => {
  it('a diligent inspector scores well above the official of the record', () => {
    const diligent = overallScore(tallyLessons(level, playThrough(level, 3, diligentInspector).state));
    const { state } = playThrough(level, 3, historicalOfficial);
    expect(state.finished).toBe(true);
    const historical = tallyLessons(level, state);
    expect(diligent).toBeGreaterThanOrEqual(85);
    expect(overallScore(historical)).toBeLessThan(diligent - 30);
  });

  it('random legal play never scores as well as the diligent inspector', () => {
    const diligent = overallScore(tallyLessons(level, playThrough(level, 3, diligentInspector).state));
    for (let seed = 0; seed < 10; seed++) {
      const { state } = playRandomly(level, seed, { maxActions: 400 });
      expect(overallScore(tallyLessons(level, state)), `seed ${seed}`).toBeLessThan(diligent);
    }
  });

  it('every scored decision names its lesson and rests on source lines within the article', () => {
    for (const strategy of [diligentInspector, historicalOfficial]) {
      const { state } = playThrough(level, 5, strategy);
      expect(state.scored.length).toBeGreaterThan(0);
      for (const decision of state.scored) {
        expect(LESSONS).toContain(decision.lesson);
        expect(level.steps.map((s) => s.id)).toContain(decision.stepId);
        expect(level.steps.find((s) => s.id === decision.stepId)!.kind).toBe(decision.kind);
        for (const line of decision.sourceLines) expect(line).toBeGreaterThanOrEqual(1);
        for (const line of decision.sourceLines) expect(line).toBeLessThanOrEqual(84);
      }
    }
  });

  it('a lesson the level never touches is not assessed, and the most a player can earn is the best at each decision', () => {
    const tally = tallyLessons(level, playThrough(level, 1, diligentInspector).state);
    const assessed = assessedLessons(level);
    for (const lesson of LESSONS) expect(tally[lesson].score === null).toBe(!assessed.includes(lesson));
    const possible = possiblePoints(level);
    for (const lesson of LESSONS) {
      let best = 0;
      for (const { alternatives } of decisionPoints(level)) {
        best += Math.max(0, ...alternatives.map((alt) => alt.filter((o) => o.lesson === lesson).reduce((s, o) => s + o.points, 0)));
      }
      expect(possible[lesson]).toBe(best);
      // Nobody earns more than the most there is.
      expect(tally[lesson].earned).toBeLessThanOrEqual(possible[lesson]);
    }
  });
});

describe('the tutorial, on the full mechanics', () => {
  const level = allLevels().find((l) => l.id === 'tutorial-first-day')!;

  it('uses only the mechanics the later levels use: a grid day, a desk and a site', () => {
    expect([...new Set(level.steps.map((s) => s.kind))].sort()).toEqual(['desk', 'grid', 'scene', 'site']);
  });

  it('a diligent inspector earns full marks on every lesson, whatever the seed', () => {
    for (const seed of [1, 2, 3, 42, 2015, 99999]) {
      const tally = tallyLessons(level, playThrough(level, seed, diligentInspector).state);
      expect(LESSONS.map((l) => tally[l].score)).toEqual([100, 100, 100, 100]);
    }
  });

  it('the historical path (favour, gift, approve, sign off) scores nothing and falls into the risks', () => {
    const { state } = playThrough(level, 1, historicalOfficial);
    expect(overallScore(tallyLessons(level, state))).toBe(0);
    expect(riskRecords(state).filter((r) => r.fell).map((r) => r.id)).toEqual(['R1', 'R3', 'R4']);
  });
});

describe('one scoring rule everywhere', () => {
  const outcome = (lesson: 'LS1' | 'LS3', points: number) => ({ lesson, points });
  it('a lesson on which nothing can be gained is not assessed, even when it can cost: doing nothing never reads as 100', () => {
    const onlyCosts = [{ point: 'accuse', subject: null, alternatives: [[outcome('LS3', -40)], []] }];
    expect(tallyFrom(onlyCosts as never, []).LS3.score).toBeNull();
    expect(tallyFrom(onlyCosts as never, [outcome('LS3', -40)]).LS3).toEqual({ earned: -40, possible: 0, score: null });
  });
  it('below zero the score stays 0 while the tally keeps every point lost', () => {
    const points = [{ point: 'order', subject: null, alternatives: [[outcome('LS3', 10)], [outcome('LS3', -15)]] }];
    const tally = tallyFrom(points as never, [outcome('LS3', -15), outcome('LS3', -15)]);
    expect(tally.LS3).toEqual({ earned: -30, possible: 10, score: 0 });
  });
  it('in every grid, serving the favoured company while homes are dark is a law-and-integrity decision too', () => {
    const grids = levels.flatMap((level) => level.steps.filter((s) => s.kind === 'grid'));
    expect(grids.length).toBeGreaterThan(1);
    for (const grid of grids) {
      const ls3 = (key: 'noFavourWhileDark' | 'favouredWhileDark') => grid.outcomes[key].filter((o) => o.lesson === 'LS3').reduce((s, o) => s + o.points, 0);
      expect(ls3('noFavourWhileDark'), grid.id).toBeGreaterThan(0);
      expect(ls3('favouredWhileDark'), grid.id).toBeLessThan(0);
    }
  });
  it('every order in every level: escalate is worth at least refuse, refuse at least comply, on every lesson', () => {
    for (const level of levels) {
      for (const step of level.steps) {
        if (step.kind !== 'grid') continue;
        for (const day of step.days) {
          if (!day.order) continue;
          const sum = (r: 'comply' | 'refuse' | 'escalate') => day.order!.outcomes[r].reduce((s, o) => s + o.points, 0);
          expect(sum('escalate'), `${level.id} ${day.id}`).toBeGreaterThan(sum('refuse'));
          expect(sum('refuse'), `${level.id} ${day.id}`).toBeGreaterThan(sum('comply'));
        }
      }
    }
  });
});

describe.each(levels.map((level) => [level.id, level] as const))('what the debrief says was missed on %s', (_id, level: Level) => {
  it('what was gained plus what was missed covers the most there is, on every lesson, for any play', () => {
    for (const state of [playThrough(level, 1, diligentInspector).state, playThrough(level, 1, historicalOfficial).state, playRandomly(level, 3).state]) {
      const tally = tallyLessons(level, state);
      const missed = missedPoints(level, state);
      for (const lesson of LESSONS) {
        const gained = state.scored.filter((s) => s.lesson === lesson && s.points > 0).reduce((s, o) => s + o.points, 0);
        const left = missed.filter((m) => m.lesson === lesson).reduce((s, m) => s + m.missed, 0);
        // Every point of the best play is either among the gains or named as missed (losses are listed apart).
        expect(gained + left, lesson).toBeGreaterThanOrEqual(tally[lesson].possible);
      }
      for (const m of missed) expect(m.best.lesson).toBe(m.lesson);
    }
  });
  it('a play that takes the best at every point misses nothing', () => {
    const state = playThrough(level, 1, diligentInspector).state;
    const tally = tallyLessons(level, state);
    if (LESSONS.every((l) => tally[l].score === null || tally[l].score === 100)) expect(missedPoints(level, state)).toEqual([]);
    else expect(missedPoints(level, state).length).toBeGreaterThan(0);
  });
  it('the official of the record is shown what each better choice would have earned', () => {
    const missed = missedPoints(level, playThrough(level, 1, historicalOfficial).state);
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((m) => m.missed > 0 && m.best.points > 0)).toBe(true);
  });
});
