import { describe, expect, it } from 'vitest';
import { caseFileAfter, createGame, step, type CaseFile, type GameState, type Level } from '../../src/core';
import { parseLevel, describeProblem } from '../../src/content/load-level';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { blackoutSummer, loadLevel, readLevelText } from '../support/levels';

const twoSystems = loadLevel('two-systems.json');
const opening = twoSystems.steps[0]!;

/** The lines of the opening scene a play shows, in order, by pressing Continue until it ends. */
function linesSaid(level: Level, caseFile: CaseFile): string[] {
  let state: GameState = createGame(level, 1, caseFile);
  const said: string[] = [];
  while (state.stepIndex === 0) {
    const scene = level.steps[0]!;
    if (scene.kind !== 'scene') throw new Error('the level opens with a scene');
    said.push(scene.lines[state.scene[scene.id]!.line]!.text.en);
    state = step(level, state, { type: 'advance-dialogue' }).state;
  }
  return said;
}

describe('a scene line with "when"', () => {
  it('two systems\' opening remembers whether Blackout summer\'s comparison was filed', () => {
    const summer = blackoutSummer();
    const filed = caseFileAfter(summer, playThrough(summer, 1, diligentInspector).state);
    const notFiled = caseFileAfter(summer, playThrough(summer, 1, historicalOfficial).state);
    const withComparison = linesSaid(twoSystems, filed);
    const without = linesSaid(twoSystems, notFiled);
    expect(withComparison.some((l) => l.includes('the comparison you filed last summer is on the table'))).toBe(true);
    expect(withComparison.some((l) => l.includes('There is no meter comparison'))).toBe(false);
    expect(without.some((l) => l.includes('There is no meter comparison'))).toBe(true);
    expect(without.some((l) => l.includes('on the table'))).toBe(false);
    // Played alone, the level has no case file: the file holds no comparison either.
    expect(linesSaid(twoSystems, { entries: [] })).toEqual(without);
    // One line each way: the scene is as long with or without it.
    expect(withComparison).toHaveLength(opening.kind === 'scene' ? opening.lines.length - 1 : 0);
  });

  it('names only what a case record holds: an unknown field or value, or a decision, is a content error', () => {
    const data = JSON.parse(readLevelText('two-systems.json')) as { steps: { lines: { when?: unknown }[] }[] };
    data.steps[0]!.lines[2]!.when = { caseRecord: 'grid', has: 'evidense', value: 'declared-vs-metered' };
    data.steps[0]!.lines[3]!.when = { decision: { point: 'gift', choice: 'kept' } };
    const result = parseLevel('levels/two-systems.json', JSON.stringify(data));
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(describeProblem);
    expect(messages).toContain('levels/two-systems.json: at steps[0].lines[2].when.has: expected one of evidence, conclusion, found "evidense" for a grid record. Fix: ask about a field the record has');
    expect(messages.some((m) => m.startsWith('levels/two-systems.json: at steps[0].lines[3].when.decision: expected a condition on the case file'))).toBe(true);
  });
});
