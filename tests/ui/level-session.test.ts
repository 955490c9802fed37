import { describe, expect, it } from 'vitest';
import { appendAction, startLog, type GameAction } from '../../src/core';
import { LevelSession } from '../../src/scenes/level-session';
import { tutorial } from '../support/levels';
import { diligentInspector, playThrough } from '../support/players';

const level = tutorial();

describe('resuming a level left part-way', () => {
  const { actions } = playThrough(level, 21, diligentInspector);
  const partWay: GameAction[] = actions.slice(0, 12);

  it('a saved decision log rebuilds the play exactly where it was left', () => {
    const original = new LevelSession(level, 21);
    partWay.forEach((a) => original.dispatch(a));
    const saved = JSON.parse(JSON.stringify(original.log));
    const resumed = LevelSession.resume(level, saved);
    expect(resumed).not.toBeNull();
    expect(resumed!.state).toEqual(original.state);
    expect(resumed!.log).toEqual(original.log);
  });

  it('a damaged log, a log for another version, or a finished play starts afresh instead', () => {
    const log = partWay.reduce((l, a) => appendAction(l, a), startLog(level, 21));
    expect(LevelSession.resume(level, { ...log, actions: [42] })).toBeNull();
    expect(LevelSession.resume(level, { ...log, levelVersion: level.version + 1 })).toBeNull();
    expect(LevelSession.resume(level, 'not a log')).toBeNull();
    const finished = actions.reduce((l, a) => appendAction(l, a), startLog(level, 21));
    expect(LevelSession.resume(level, finished)).toBeNull();
  });
});
