import { describe, expect, it } from 'vitest';
import { caseFileAfter, EMPTY_CASE_FILE, encodeLog, playableChapters, startLog, type GameAction, type Level } from '../../src/core';
import { diligentInspector, playThrough } from '../../src/playtest/players';
import { ScormSession } from '../../src/platform/scorm';
import { decodeSuspendData, encodeSuspendData } from '../../src/platform/scorm-data';
import { SaveStore } from '../../src/platform/storage';
import { LevelSession } from '../../src/scenes/level-session';
import { LmsLink } from '../../src/scenes/lms-link';
import { loadCampaign } from '../support/campaign';
import { allLevels, tutorial } from '../support/levels';
import { StrictLms } from './scorm-fake-lms';

function memorySaves(): SaveStore {
  const memory = new Map<string, string>();
  return new SaveStore({ getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) }, () => 'now');
}

/** The encoded log of the first `count` actions of a diligent play (all of them when not given). */
function partLog(level: Level, seed: number, count?: number): { log: string; actions: GameAction[] } {
  const { actions } = playThrough(level, seed, diligentInspector);
  const taken = actions.slice(0, count ?? actions.length);
  return { log: encodeLog(level, { ...startLog(level, seed), actions: taken }), actions };
}

const returning = (suspendData: string) => ({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': suspendData, 'cmi.core.lesson_status': 'incomplete' });

describe('the game and the LMS at launch (scenes/lms-link.ts)', () => {
  it("a level's package on a return visit: the LMS's play in progress goes into the save, and reporting goes on from it", () => {
    const level = tutorial();
    const { log, actions } = partLog(level, 5, 4);
    const lms = new StrictLms(returning(encodeSuspendData([log])));
    const saves = memorySaves();
    const link = new LmsLink(new ScormSession(lms), saves, { levelId: level.id });
    link.attach({ levels: [level], campaign: null });
    expect(saves.current.inProgress).toEqual({ levelId: level.id, log });
    // The scene resumes the play from the save and is reported to the end.
    const resumed = LevelSession.resume(level, saves.current.inProgress!.log);
    expect(resumed.session).not.toBeNull();
    const play = resumed.session!;
    link.observe(play);
    for (const action of actions.slice(4)) play.dispatch(action);
    expect(play.state.finished).toBe(true);
    expect(decodeSuspendData([level], lms.data.get('cmi.suspend_data')!)).toEqual({ finished: [play.encodedLog], inProgress: null, problem: null });
    expect(lms.data.get('cmi.core.lesson_status')).toBe('completed');
  });

  it('a return visit where the browser went further than the LMS kept: the browser\'s play stays and is sent again', () => {
    const level = tutorial();
    const earlier = partLog(level, 5, 2).log;
    const further = partLog(level, 5, 6).log;
    const lms = new StrictLms(returning(encodeSuspendData([earlier])));
    const saves = memorySaves();
    saves.update((save) => void (save.inProgress = { levelId: level.id, log: further }));
    new LmsLink(new ScormSession(lms), saves, { levelId: level.id }).attach({ levels: [level], campaign: null });
    expect(saves.current.inProgress).toEqual({ levelId: level.id, log: further });
    expect(lms.data.get('cmi.suspend_data')).toBe(encodeSuspendData([further]));
  });

  it('a different play in the browser (another seed), or a new attempt, does not replace what the LMS holds', () => {
    const level = tutorial();
    const atLms = partLog(level, 5, 2).log;
    const other = partLog(level, 9, 6).log;
    const lms = new StrictLms(returning(encodeSuspendData([atLms])));
    const saves = memorySaves();
    saves.update((save) => void (save.inProgress = { levelId: level.id, log: other }));
    new LmsLink(new ScormSession(lms), saves, { levelId: level.id }).attach({ levels: [level], campaign: null });
    expect(saves.current.inProgress).toEqual({ levelId: level.id, log: atLms });

    // A new attempt: whatever the browser kept of the level is dropped, and the play starts clean.
    const fresh = new StrictLms();
    const again = memorySaves();
    again.update((save) => void (save.inProgress = { levelId: level.id, log: other }));
    new LmsLink(new ScormSession(fresh), again, { levelId: level.id }).attach({ levels: [level], campaign: null });
    expect(again.current.inProgress).toBeUndefined();
  });

  it("the campaign's package on a return visit: its finished chapters become the save's campaign, and only the next chapter is reported", () => {
    const levels = allLevels();
    const chapters = playableChapters(loadCampaign(levels), levels).chapters;
    const logs: string[] = [];
    let caseFile = EMPTY_CASE_FILE;
    for (const { level } of chapters.slice(0, 2)) {
      const { actions, state } = playThrough(level, 3, diligentInspector, caseFile);
      logs.push(encodeLog(level, { ...startLog(level, 3, caseFile), actions }));
      caseFile = caseFileAfter(level, state);
    }
    const lms = new StrictLms(returning(encodeSuspendData(logs)));
    const saves = memorySaves();
    const link = new LmsLink(new ScormSession(lms), saves, { campaign: true });
    link.attach({ levels, campaign: { chapters } });
    expect(saves.current.campaign).toEqual({ logs });
    expect(saves.current.inProgress).toBeUndefined();

    // A replay of the first chapter is not the package's progress; the third chapter is.
    const commits = lms.count('LMSCommit');
    const replayFirst = new LevelSession(chapters[0]!.level, 4);
    link.observe(replayFirst);
    for (const action of playThrough(chapters[0]!.level, 4, diligentInspector).actions) replayFirst.dispatch(action);
    expect(lms.count('LMSCommit')).toBe(commits);
    const third = new LevelSession(chapters[2]!.level, 3, caseFile);
    link.observe(third);
    const { actions } = playThrough(chapters[2]!.level, 3, diligentInspector, caseFile);
    // Up to the start of its second step: progress goes to the LMS at step boundaries.
    for (const action of actions) if (third.dispatch(action).some((e) => e.type === 'step-started')) break;
    expect(decodeSuspendData(chapters.map((c) => c.level), lms.data.get('cmi.suspend_data')!)).toEqual({ finished: logs, inProgress: third.encodedLog, problem: null });
  });
});
