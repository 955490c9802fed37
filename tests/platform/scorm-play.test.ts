import { describe, expect, it } from 'vitest';
import { caseFileAfter, EMPTY_CASE_FILE, encodeLog, playableChapters, startLog, type GameAction, type Level } from '../../src/core';
import { scoresOf } from '../../src/content/results';
import { diligentInspector, playThrough } from '../../src/playtest/players';
import { ScormSession } from '../../src/platform/scorm';
import { decodeSuspendData } from '../../src/platform/scorm-data';
import { ScormReporter } from '../../src/platform/scorm-play';
import { LevelSession } from '../../src/scenes/level-session';
import { loadCampaign } from '../support/campaign';
import { allLevels, tutorial } from '../support/levels';
import { StrictLms } from './scorm-fake-lms';

const at = new Date(2026, 11, 2, 14, 30, 0);

function playOut(session: LevelSession, actions: readonly GameAction[]): void {
  for (const action of actions) session.dispatch(action);
}

describe('reporting a play to the LMS', () => {
  it("a level's package: one interaction per scored decision, a commit at each step boundary, and the result at the end", () => {
    const level = tutorial();
    const { actions, state } = playThrough(level, 8, diligentInspector);
    const lms = new StrictLms({ 'cmi.student_data.mastery_score': '50' });
    const scorm = new ScormSession(lms);
    const reporter = new ScormReporter(scorm, [level], [], () => at);
    const play = new LevelSession(level, 8);
    const stepStarts: number[] = [];
    play.subscribe((events) => events.forEach((e) => e.type === 'step-started' && stepStarts.push(e.stepIndex)));
    const commitsBefore = lms.count('LMSCommit');
    const stop = reporter.observe(play);
    playOut(play, actions);
    stop();
    expect(play.state.finished).toBe(true);
    expect(stepStarts.length).toBeGreaterThan(0);
    // A commit at every step boundary, and one at the level's end.
    expect(lms.count('LMSCommit') - commitsBefore).toBe(stepStarts.length + 1);
    expect(lms.interactions).toBe(state.scored.length);
    const score = scoresOf(level, state).overall;
    expect(lms.data.get('cmi.core.score.raw')).toBe(String(score));
    expect(lms.data.get('cmi.core.lesson_status')).toBe(score >= 50 ? 'passed' : 'failed');
    expect(decodeSuspendData([level], lms.data.get('cmi.suspend_data')!)).toEqual({ finished: [play.encodedLog], inProgress: null, problem: null });
    scorm.finish();
    expect(lms.data.get('cmi.core.exit')).toBe('');
  });

  it('a campaign resumed after two chapters: the stored progress holds them and the chapter under way, and stays incomplete', () => {
    const levels = allLevels();
    const campaign = loadCampaign(levels);
    const chapters: Level[] = playableChapters(campaign, levels).chapters.map((c) => c.level);
    // The first two chapters, each begun with the case file the one before left.
    const logs: string[] = [];
    let caseFile = EMPTY_CASE_FILE;
    for (const level of chapters.slice(0, 2)) {
      const { actions, state } = playThrough(level, 3, diligentInspector, caseFile);
      logs.push(encodeLog(level, { ...startLog(level, 3, caseFile), actions }));
      caseFile = caseFileAfter(level, state);
    }
    const lms = new StrictLms();
    const scorm = new ScormSession(lms);
    const reporter = new ScormReporter(scorm, chapters, logs, () => at);
    expect(reporter.expects(chapters[0]!)).toBe(false);
    expect(reporter.report()).toBe('incomplete');
    const next = chapters[2]!;
    const play = new LevelSession(next, 3, caseFile);
    reporter.observe(play);
    const { actions } = playThrough(next, 3, diligentInspector, caseFile);
    // Up to just after the second step begins.
    let steps = 0;
    for (const action of actions) {
      steps += play.dispatch(action).filter((e) => e.type === 'step-started').length;
      if (steps === 2) break;
    }
    const stored = decodeSuspendData(chapters, lms.data.get('cmi.suspend_data')!);
    expect(stored).toEqual({ finished: logs, inProgress: play.encodedLog, problem: null });
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.data.get('cmi.core.score.raw')).toMatch(/^\d+$/);
  });

  it('decisions after the last step boundary are not committed, and reach the LMS when the learner leaves', () => {
    const level = tutorial();
    const { actions } = playThrough(level, 8, diligentInspector);
    const lms = new StrictLms();
    const scorm = new ScormSession(lms);
    const reporter = new ScormReporter(scorm, [level], [], () => at);
    const play = new LevelSession(level, 8);
    reporter.observe(play);
    // To the first step boundary, then two decisions more.
    let i = 0;
    while (!play.dispatch(actions[i++]!).some((e) => e.type === 'step-started'));
    const atBoundary = lms.data.get('cmi.suspend_data');
    play.dispatch(actions[i]!);
    play.dispatch(actions[i + 1]!);
    expect(lms.data.get('cmi.suspend_data')).toBe(atBoundary);
    scorm.leave();
    expect(decodeSuspendData([level], lms.data.get('cmi.suspend_data')!)).toEqual({ finished: [], inProgress: play.encodedLog, problem: null });
    expect(lms.data.get('cmi.core.exit')).toBe('suspend');
  });
});
