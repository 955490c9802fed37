import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { caseFileAfter, decodeLog, EMPTY_CASE_FILE, encodeLog, playableChapters, replay, startLog, type Level } from '../../src/core';
import { scoresOf } from '../../src/content/results';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { connectScorm, findApi, finishOnLeaving, ScormSession, type ApiWindow, type LmsNotice } from '../../src/platform/scorm';
import { cmiIdentifier, decodeSuspendData, encodeSuspendData, interactionOf, lessonStatus, scormScore, sessionTime, SUSPEND_DATA_LIMIT } from '../../src/platform/scorm-data';
import { loadCampaign, playCampaignWith } from '../support/campaign';
import { allLevels, tutorial } from '../support/levels';
import { DeadLms, StrictLms } from './scorm-fake-lms';

const levels = allLevels();
const campaign = loadCampaign(levels);
const chapterLevels = playableChapters(campaign, levels).chapters.map((c) => c.level);

function session(lms: StrictLms | DeadLms, now = () => 0): { session: ScormSession; notices: LmsNotice[] } {
  const notices: LmsNotice[] = [];
  return { session: new ScormSession(lms, { onNotice: (n) => notices.push(n), now }), notices };
}

describe('finding the LMS API', () => {
  const frame = (parent: ApiWindow | null, api?: unknown, opener?: ApiWindow | null): ApiWindow => {
    const win: { API?: unknown; parent: ApiWindow | null; opener?: ApiWindow | null } = { parent, opener: opener ?? null };
    if (api !== undefined) win.API = api;
    if (!parent) win.parent = win;
    return win;
  };

  it('walks up nested frames to the one holding API', () => {
    const lms = new StrictLms();
    const top = frame(null, lms);
    const game = frame(frame(frame(top)));
    expect(findApi(game)).toBe(lms);
  });

  it('looks at the window that opened this one (and its parents) when no frame above has it', () => {
    const lms = new StrictLms();
    const lmsPage = frame(frame(null, lms));
    const popup = frame(null, undefined, lmsPage);
    expect(findApi(frame(popup))).toBe(lms);
  });

  it('skips a frame of another origin that throws when read, and finds the API above it', () => {
    const lms = new StrictLms();
    const top = frame(null, lms);
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
      parent: top,
    } as ApiWindow;
    expect(findApi(frame(foreign))).toBe(lms);
  });

  it('gives up after a bounded number of hops, and finds nothing where there is no LMS', () => {
    const lms = new StrictLms();
    let win = frame(null, lms);
    for (let i = 0; i < 30; i++) win = frame(win);
    expect(findApi(win)).toBeNull();
    expect(findApi(win, 40)).toBe(lms);
    expect(findApi(frame(null, { LMSInitialize: 'not a function' }))).toBeNull();
    expect(ScormSession.connect(frame(frame(null)))).toBeNull();
  });
});

describe('the fake LMS enforces SCORM 1.2 as real LMSs do', () => {
  it('refuses long suspend_data, unknown elements, wrong vocabulary, identifiers with spaces, and anything after LMSFinish', () => {
    const lms = new StrictLms();
    expect(lms.LMSSetValue('cmi.core.lesson_status', 'passed')).toBe('false');
    expect(lms.LMSGetLastError()).toBe('301');
    lms.LMSInitialize('');
    const refused = (element: string, value: string): string => (lms.LMSSetValue(element, value) === 'false' ? lms.LMSGetLastError() : 'accepted');
    expect(refused('cmi.suspend_data', 'x'.repeat(4097))).toBe('405');
    expect(refused('cmi.suspend_data', 'x'.repeat(4096))).toBe('accepted');
    expect(refused('cmi.core.favourite_colour', 'red')).toBe('401');
    expect(refused('cmi.core.lesson_status', 'done')).toBe('405');
    expect(refused('cmi.core.entry', 'resume')).toBe('403');
    expect(refused('cmi.interactions.0.id', 'has spaces in it')).toBe('405');
    expect(refused('cmi.core.session_time', 'PT1H')).toBe('405');
    lms.LMSFinish('');
    expect(refused('cmi.core.lesson_status', 'passed')).toBe('301');
    expect(lms.LMSCommit('')).toBe('false');
  });
});

describe('the SCORM session', () => {
  it('opens, marks the lesson incomplete, and reads where the learner left off', () => {
    const level = tutorial();
    const { actions } = playThrough(level, 5, diligentInspector);
    const partial = encodeLog(level, { ...startLog(level, 5), actions: actions.slice(0, 6) });
    const lms = new StrictLms({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': encodeSuspendData([partial]), 'cmi.core.lesson_status': 'incomplete', 'cmi.student_data.mastery_score': '70' });
    const { session: s, notices } = session(lms);
    expect(s.resume.entry).toBe('resume');
    expect(s.masteryScore).toBe(70);
    const back = decodeSuspendData([level], s.resume.suspendData);
    expect(back).toEqual({ finished: [], inProgress: partial, problem: null });
    expect(decodeLog(level, back.inProgress!).actions).toEqual(JSON.parse(JSON.stringify(actions.slice(0, 6))));
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(notices).toEqual([]);
  });

  it('starts afresh on a first visit (entry ab-initio), even if the LMS holds data', () => {
    const lms = new StrictLms({ 'cmi.core.entry': 'ab-initio', 'cmi.suspend_data': 'old' });
    expect(session(lms).session.resume.suspendData).toBe('');
  });

  it.each([
    ['70', 90, 'passed'],
    ['70', 50, 'failed'],
    ['', 50, 'completed'],
  ] as const)('with mastery score "%s", a finished lesson scoring %i is %s', (mastery, score, status) => {
    const lms = new StrictLms({ 'cmi.student_data.mastery_score': mastery });
    const { session: s } = session(lms);
    expect(s.setResult(true, score)).toBe(status);
    expect(s.commit()).toBe(true);
    expect(lms.data.get('cmi.core.lesson_status')).toBe(status);
    expect([lms.data.get('cmi.core.score.raw'), lms.data.get('cmi.core.score.min'), lms.data.get('cmi.core.score.max')]).toEqual([String(score), '0', '100']);
    s.leave();
    expect(lms.data.get('cmi.core.exit')).toBe('');
  });

  it('scores a level as the debrief does, and a campaign as the mean of its assessed chapters', () => {
    const level = tutorial();
    const { state } = playThrough(level, 5, historicalOfficial);
    expect(scormScore([{ level, state }])).toBe(scoresOf(level, state).overall);
    const prologue = chapterLevels[0]!;
    expect(scormScore([{ level: prologue, state: playThrough(prologue, 1, diligentInspector).state }])).toBeNull();
    expect(lessonStatus(false, 100, 50)).toBe('incomplete');
  });

  it('writes one interaction per scored decision, with valid identifiers, the result from the points and the lesson with its lines', () => {
    const level = levels.find((l) => l.id === 'two-systems')!;
    // Two plays' decisions, the diligent one's and the historical one's, so every kind of result is among them.
    const state = { scored: [playThrough(level, 3, diligentInspector), playThrough(level, 3, historicalOfficial)].flatMap((p) => p.state.scored) };
    const lms = new StrictLms();
    const { session: s, notices } = session(lms);
    const at = new Date(2026, 11, 2, 9, 5, 7);
    for (const decision of state.scored) s.recordInteraction(interactionOf(level.id, decision, at));
    expect(s.commit()).toBe(true);
    expect(notices).toEqual([]);
    expect(lms.interactions).toBe(state.scored.length);
    state.scored.forEach((decision, n) => {
      const id = lms.data.get(`cmi.interactions.${n}.id`)!;
      expect(id).toMatch(/^[A-Za-z0-9._-]{1,255}$/);
      expect(id.startsWith(`two-systems.${decision.stepId}.${decision.point}`)).toBe(true);
      expect(lms.data.get(`cmi.interactions.${n}.type`)).toBe('choice');
      expect(lms.data.get(`cmi.interactions.${n}.result`)).toBe(decision.points > 0 ? 'correct' : decision.points < 0 ? 'wrong' : 'neutral');
      expect(lms.data.get(`cmi.interactions.${n}.weighting`)).toBe(String(Math.abs(decision.points)));
      expect(lms.data.get(`cmi.interactions.${n}.objectives.0.id`)).toBe(`${decision.lesson}.lines-${decision.sourceLines.join('-')}`);
      expect(lms.data.get(`cmi.interactions.${n}.student_response`)!.startsWith(cmiIdentifier(decision.choice))).toBe(true);
      expect(lms.data.get(`cmi.interactions.${n}.time`)).toBe('09:05:07');
    });
    expect(new Set(state.scored.map((d) => Math.sign(d.points))).size).toBeGreaterThan(1);
    expect(cmiIdentifier('a b/c')).toBe('a_b_c');
    expect(cmiIdentifier('x'.repeat(300))).toHaveLength(255);
  });

  it('writes the session time as HHHH:MM:SS.SS, and suspends a lesson left unfinished', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(3_723_450)).toBe('0001:02:03.45');
    expect(sessionTime(59_999)).toBe('0000:01:00.00');
    expect(sessionTime(1e12)).toBe('9999:59:59.99');
    let clock = 1_000;
    const lms = new StrictLms();
    const { session: s } = session(lms, () => clock);
    clock += 25 * 60_000 + 4_560;
    s.leave();
    expect(lms.data.get('cmi.core.session_time')).toBe('0000:25:04.56');
    expect(lms.data.get('cmi.core.exit')).toBe('suspend');
  });

  it('commits at each step boundary, and finishes once; nothing is sent after LMSFinish', () => {
    const lms = new StrictLms();
    const { session: s, notices } = session(lms);
    const before = lms.count('LMSCommit');
    s.setProgress('MD2.step-one');
    expect(s.commit()).toBe(true);
    expect(lms.count('LMSCommit')).toBe(before + 1);
    expect(lms.commits.at(-1)!.get('cmi.suspend_data')).toBe('MD2.step-one');
    s.finish();
    s.finish();
    const calls = lms.calls.length;
    s.setProgress('MD2.later');
    s.setResult(true, 80);
    expect(s.commit()).toBe(false);
    s.leave();
    expect(lms.count('LMSFinish')).toBe(1);
    expect(lms.calls.length).toBe(calls);
    expect(notices).toEqual([]);
  });

  it('finishes when the page is hidden, and commits before unload', () => {
    const lms = new StrictLms();
    const { session: s } = session(lms);
    const target = new EventTarget();
    const detach = finishOnLeaving(target as unknown as Window, s);
    target.dispatchEvent(new Event('beforeunload'));
    expect(lms.data.get('cmi.core.exit')).toBe('suspend');
    expect(lms.count('LMSFinish')).toBe(0);
    target.dispatchEvent(new Event('pagehide'));
    target.dispatchEvent(new Event('pagehide'));
    expect(lms.count('LMSFinish')).toBe(1);
    detach();
    target.dispatchEvent(new Event('pagehide'));
    expect(lms.count('LMSFinish')).toBe(1);
  });

  it('connects at start-up through the window, and finishes on pagehide; without an LMS it gives nothing', () => {
    const lms = new StrictLms();
    const win = Object.assign(new EventTarget(), { API: lms, parent: null, opener: null });
    const s = connectScorm(win as unknown as Window);
    expect(s).not.toBeNull();
    expect(lms.count('LMSInitialize')).toBe(1);
    win.dispatchEvent(new Event('pagehide'));
    expect(lms.count('LMSFinish')).toBe(1);
    expect(connectScorm(Object.assign(new EventTarget(), { parent: null, opener: null }) as unknown as Window)).toBeNull();
  });
});

describe('an LMS that refuses or loses the connection never stops play', () => {
  it('keeps what was refused, tells the learner once, and sends it again when the LMS is back', () => {
    const lms = new StrictLms();
    const { session: s, notices } = session(lms);
    lms.lost = true;
    s.setProgress('MD2.one');
    expect(s.commit()).toBe(false);
    s.setProgress('MD2.two');
    s.setResult(false, 40);
    expect(s.commit()).toBe(false);
    expect(notices).toEqual(['cannotSave']);
    expect(s.settled).toBe(false);
    lms.lost = false;
    expect(s.commit()).toBe(true);
    expect(notices).toEqual(['cannotSave', 'reconnected']);
    expect(lms.commits.at(-1)!.get('cmi.suspend_data')).toBe('MD2.two');
    expect(lms.commits.at(-1)!.get('cmi.core.score.raw')).toBe('40');
    expect(s.settled).toBe(true);
  });

  it('does not send suspend_data over 4,096 characters, and says so', () => {
    const lms = new StrictLms();
    const { session: s, notices } = session(lms);
    s.setProgress('x'.repeat(SUSPEND_DATA_LIMIT + 1));
    expect(notices).toEqual(['cannotSave']);
    expect(lms.calls.some((c) => c.startsWith('set cmi.suspend_data'))).toBe(false);
    // The LMS takes everything else, but does not have the progress: no word that all is well.
    expect(s.commit()).toBe(false);
    expect(notices).toEqual(['cannotSave']);
    s.setProgress('MD2.short');
    expect(s.commit()).toBe(true);
    expect(notices).toEqual(['cannotSave', 'reconnected']);
  });

  it('reports a value the LMS refuses (an LMS that keeps no interactions) and still keeps the rest', () => {
    const lms = new StrictLms();
    lms.notKept = /^cmi\.interactions\./;
    const { session: s, notices } = session(lms);
    const level = tutorial();
    const { state } = playThrough(level, 5, diligentInspector);
    s.recordInteraction(interactionOf(level.id, state.scored[0]!, new Date()));
    s.setProgress('MD2.kept');
    expect(s.commit()).toBe(false);
    expect(notices).toEqual(['cannotSave']);
    expect(lms.commits.at(-1)!.get('cmi.suspend_data')).toBe('MD2.kept');
  });

  it.each([false, true])('plays on with an LMS whose every call fails (throwing: %s)', (throws) => {
    const lms = new DeadLms(throws);
    const { session: s, notices } = session(lms);
    expect(s.resume).toEqual({ entry: '', suspendData: '', status: '' });
    s.setProgress('MD2.x');
    s.setResult(true, 100);
    expect(s.commit()).toBe(false);
    expect(() => s.finish()).not.toThrow();
    expect(notices).toEqual(['cannotSave']);
    expect(lms.calls).toBeGreaterThan(0);
  });
});

describe('suspend_data for the whole campaign', () => {
  it("fits the campaign's longest diligent play in 4,096 characters, and reads back to the same logs", () => {
    const plays = [3, 2015].flatMap((seed) => [diligentInspector, historicalOfficial].map((strategy) => playCampaignWith(campaign, levels, strategy, seed)));
    const sized = plays.map((logs) => ({ logs, text: encodeSuspendData(logs) }));
    const longest = sized.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const naive = longest.logs.join('~').length;
    console.log(`campaign suspend_data: ${longest.text.length} characters (the chapters' logs as the save keeps them: ${naive}); lengths of all plays: ${sized.map((s) => s.text.length).join(', ')}`);
    expect(longest.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(longest.text).toMatch(/^[\x20-\x7e]*$/);
    expect(decodeSuspendData(chapterLevels, longest.text)).toEqual({ finished: longest.logs, inProgress: null, problem: null });
  });

  it('keeps a chapter in progress after the finished ones, and refuses a changed text with the reason', () => {
    const logs = playCampaignWith(campaign, levels, diligentInspector).slice(0, 3);
    let caseFile = EMPTY_CASE_FILE;
    for (const [i, log] of logs.entries()) caseFile = caseFileAfter(chapterLevels[i]!, replay(chapterLevels[i]!, decodeLog(chapterLevels[i]!, log)));
    const next = chapterLevels[3]!;
    const { actions } = playThrough(next, 3, diligentInspector, caseFile);
    const partial = encodeLog(next, { ...startLog(next, 3, caseFile), actions: actions.slice(0, 10) });
    const text = encodeSuspendData([...logs, partial]);
    expect(decodeSuspendData(chapterLevels, text)).toEqual({ finished: logs, inProgress: partial, problem: null });
    const changed = text.replace(/~MD2\.([a-z-]+)\.(\d+)\.(\d+)\.(\d+)\./, (_m, id: string, v: string, r: string, seed: string) => `~MD2.${id}.${v}.${r}.${Number(seed) + 1}.`);
    expect(changed).not.toBe(text);
    const read = decodeSuspendData(chapterLevels, changed);
    expect(read.finished).toEqual(logs.slice(0, 1));
    expect(read.problem).toMatch(/play 2 .*checksum/);
    expect(decodeSuspendData([] as Level[], text).problem).toMatch(/holds 4 plays/);
  });
});

describe("scorm-again's Scorm12API (a maintained LMS-side runtime) receives what the session sends", () => {
  it('initializes, resumes, and records status, score, interactions, progress, session time, exit and finish', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: 'MD2.before', student_data: { mastery_score: '60' } }, '');
    const level = tutorial();
    const { state } = playThrough(level, 5, diligentInspector);
    let clock = 0;
    const notices: LmsNotice[] = [];
    const s = new ScormSession(api as unknown as ConstructorParameters<typeof ScormSession>[0], { onNotice: (n) => notices.push(n), now: () => clock });
    expect(s.resume).toEqual({ entry: 'resume', suspendData: 'MD2.before', status: 'incomplete' });
    expect(s.masteryScore).toBe(60);
    for (const decision of state.scored) s.recordInteraction(interactionOf(level.id, decision, new Date(2026, 0, 1, 10, 0, 0)));
    const text = encodeSuspendData([encodeLog(level, { ...startLog(level, 5), actions: playThrough(level, 5, diligentInspector).actions })]);
    s.setProgress(text);
    const score = scormScore([{ level, state }])!;
    expect(s.setResult(true, score)).toBe(score >= 60 ? 'passed' : 'failed');
    expect(s.commit()).toBe(true);
    clock = 90_500;
    s.finish();
    expect(notices).toEqual([]);
    expect(api.isTerminated()).toBe(true);
    const cmi = (api.renderCommitCMI(true) as { cmi: { core: Record<string, unknown>; suspend_data: string; interactions: Record<string, Record<string, unknown>> } }).cmi;
    expect(cmi.core['lesson_status']).toBe(score >= 60 ? 'passed' : 'failed');
    expect(cmi.core['score']).toEqual({ raw: String(score), min: '0', max: '100' });
    expect(cmi.core['exit']).toBe('');
    expect(cmi.core['session_time']).toMatch(/^0*:01:30\.5/);
    expect(cmi.suspend_data).toBe(text);
    expect(Object.keys(cmi.interactions)).toHaveLength(state.scored.length);
    expect(cmi.interactions['0']!['id']).toBe(interactionOf(level.id, state.scored[0]!, new Date()).id);
  });
});
