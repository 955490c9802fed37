import { describe, expect, it } from 'vitest';
import { parseLevel, validateLevel } from '../../src/content/load-level';
import { parseRoomVotes, pausePointsBefore, playedAtVote, roomCount, roomMajority, type Level, type PauseVote } from '../../src/core';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { allLevels, loadLevel, readLevelText } from '../support/levels';

const file = 'levels/blackout-summer.json';
const blackout = (): Record<string, unknown> & { pausePoints: Record<string, unknown>[] } => JSON.parse(readLevelText('blackout-summer.json'));
const problemsOf = (data: unknown) => {
  const result = validateLevel(file, data);
  if (result.ok) throw new Error('expected the level to be refused');
  return result.problems;
};
const vote = (level: Level, pauseId: string): PauseVote => level.pausePoints!.find((p) => p.id === pauseId)!.vote!;

describe('pause points in the level files', () => {
  it('every shipped level has pause points, one to three, each before a step of its own', () => {
    for (const level of allLevels()) {
      const pauses = level.pausePoints ?? [];
      expect(pauses.length, level.id).toBeGreaterThanOrEqual(1);
      expect(pauses.length, level.id).toBeLessThanOrEqual(3);
      for (const p of pauses) expect(level.steps.map((s) => s.id)).toContain(p.before);
    }
  });

  it('the prologue pauses for discussion only: no vote, since it scores nothing', () => {
    const prologue = loadLevel('prologue.json');
    expect(prologue.pausePoints!.every((p) => p.vote === undefined)).toBe(true);
  });

  it('the pause points before a step are found in the level order, and none before a step without one', () => {
    const level = loadLevel('achievement-projects.json');
    expect(pausePointsBefore(level, 'achievement-desk').map((p) => p.id)).toEqual(['petrol-car-plant', 'brt-line']);
    expect(pausePointsBefore(level, 'achievement-brief')).toEqual([]);
  });

  it('an unknown step is named with the file, the field and the fix', () => {
    const data = blackout();
    data.pausePoints[0]!['before'] = 'summer-gird';
    expect(problemsOf(data)).toContainEqual(
      expect.objectContaining({ file, path: 'pausePoints[0].before', found: '"summer-gird"', expected: expect.stringContaining('summer-grid') as string, fix: expect.stringContaining('step') as string }),
    );
  });

  it('a vote on a decision point the step does not have is named, with the points it has', () => {
    const data = blackout();
    (data.pausePoints[0]!['vote'] as Record<string, unknown>)['subject'] = 'june-2099';
    const problem = problemsOf(data).find((p) => p.path === 'pausePoints[0].vote.point');
    expect(problem).toMatchObject({ file, found: expect.stringContaining('june-2099') as string, expected: expect.stringContaining('"order" about "june-2016"') as string });
    expect(problem?.fix).toMatch(/decision point of that step/);
  });

  it('a played choice the rules never score at that point is named', () => {
    const data = blackout();
    const options = (data.pausePoints[0]!['vote'] as { options: { played: string[] }[] }).options;
    options[0]!.played = ['obey'];
    expect(problemsOf(data)).toContainEqual(expect.objectContaining({ file, path: 'pausePoints[0].vote.options[0].played[0]', found: expect.stringContaining('"obey"') as string, expected: expect.stringContaining('comply') as string }));
  });

  it('a case answer that is not among the options is named with the fix', () => {
    const data = blackout();
    (data.pausePoints[0]!['vote'] as { caseAnswer: { option: string } }).caseAnswer.option = 'resign';
    expect(problemsOf(data)).toContainEqual(
      expect.objectContaining({ file, path: 'pausePoints[0].vote.caseAnswer.option', found: '"resign"', fix: expect.stringContaining('caseAnswer.option') as string }),
    );
  });

  it('bad source lines on a case answer are refused by the schema with the path', () => {
    const data = blackout();
    (data.pausePoints[0]!['vote'] as { caseAnswer: { sourceLines: number[] } }).caseAnswer.sourceLines = [27, 85];
    expect(problemsOf(data)).toContainEqual(expect.objectContaining({ file, path: 'pausePoints[0].vote.caseAnswer.sourceLines[1]', found: '85' }));
    (data.pausePoints[0]!['vote'] as { caseAnswer: { sourceLines: number[] } }).caseAnswer.sourceLines = [];
    expect(problemsOf(data).some((p) => p.path === 'pausePoints[0].vote.caseAnswer.sourceLines')).toBe(true);
  });

  it('a level without pause points still loads: they are optional', () => {
    const data = blackout();
    delete (data as Record<string, unknown>)['pausePoints'];
    const without = parseLevel(file, JSON.stringify(data));
    expect(without.ok).toBe(true);
  });
});

describe('the room vote against what was played', () => {
  it('every vote matches what a diligent and a careless player really play at its point', () => {
    for (const level of allLevels()) {
      for (const pause of level.pausePoints ?? []) {
        if (!pause.vote) continue;
        for (const strategy of [diligentInspector, historicalOfficial]) {
          const { state } = playThrough(level, 1, strategy);
          const played = playedAtVote(pause.vote, pause.before, state.scored);
          // Leaving a folder undecided is the only thing a vote's options do not cover.
          if (played && played.choice !== 'leftUndecided') expect(played.option, `${level.id} ${pause.id} ${played.choice}`).not.toBeNull();
        }
        const { state } = playThrough(level, 1, diligentInspector);
        expect(playedAtVote(pause.vote, pause.before, state.scored)?.option?.id, `${level.id} ${pause.id}`).toBe(pause.vote.caseAnswer.option);
      }
    }
  });

  it('the majority is the option with most hands; a tie or an empty room has none', () => {
    const v = vote(loadLevel('blackout-summer.json'), 'june-order');
    expect(roomMajority(v, { comply: 3, refuse: 5, escalate: 12 })?.id).toBe('escalate');
    expect(roomMajority(v, { comply: 7, refuse: 7, escalate: 2 })).toBeNull();
    expect(roomMajority(v, {})).toBeNull();
    expect(roomMajority(v, undefined)).toBeNull();
  });

  it('a typed count is held to a whole number from 0 to 500', () => {
    expect([roomCount(-3), roomCount(4.7), roomCount(9999), roomCount(Number.NaN)]).toEqual([0, 4, 500, 0]);
  });

  it('saved votes keep only counts that are whole numbers in range', () => {
    expect(parseRoomVotes({ a: { x: 3, y: -1, z: 'ten', w: 501 }, b: 'nonsense' })).toEqual({ a: { x: 3 } });
    expect(parseRoomVotes(null)).toEqual({});
  });
});
