import { describe, expect, it } from 'vitest';
import { appendAction, encodeLog, startLog, type GameAction } from '../../src/core';
import { LevelSession } from '../../src/scenes/level-session';
import { allLevels } from '../support/levels';
import { diligentInspector, playThrough } from '../../src/playtest/players';

describe.each(allLevels().map((level) => [level.id, level] as const))('resuming %s left part-way', (_id, level) => {
  const { actions } = playThrough(level, 21, diligentInspector);
  const partWay: GameAction[] = actions.slice(0, Math.ceil(actions.length / 2));

  it('the saved, encoded decision log rebuilds the play exactly where it was left', () => {
    const original = new LevelSession(level, 21);
    partWay.forEach((a) => original.dispatch(a));
    // The session encodes as it goes; the text is the same as encoding the whole log at once.
    expect(original.encodedLog).toBe(encodeLog(level, original.log));
    const resumed = LevelSession.resume(level, original.encodedLog);
    expect(resumed.problem).toBeNull();
    expect(resumed.session!.state).toEqual(original.state);
    expect(resumed.session!.log).toEqual(original.log);
  });

  it('a damaged log, a log for another version, an old save or a finished play starts afresh, and says why', () => {
    const log = partWay.reduce((l, a) => appendAction(l, a), startLog(level, 21));
    const text = encodeLog(level, log);
    expect(LevelSession.resume(level, text.slice(0, -3)).problem).toBe('damaged');
    expect(LevelSession.resume({ ...level, version: level.version + 1 }, text).problem).toBe('version');
    expect(LevelSession.resume(level, 'not a log').problem).toBe('damaged');
    // A save from before the compact logs held the log as an object: it is not resumed, and nothing throws.
    expect(LevelSession.resume(level, { ...log, actions: [{ type: 'desk', act: null }] }).problem).toBe('damaged');
    const finished = actions.reduce((l, a) => appendAction(l, a), startLog(level, 21));
    expect(LevelSession.resume(level, encodeLog(level, finished)).problem).toBe('finished');
  });
});
