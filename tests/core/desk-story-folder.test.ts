import { describe, expect, it } from 'vitest';
import { allRules, auditDesk, breachesOf, deskStep, openDesk, type DeskAction, type DeskStep, type DeskState } from '../../src/core';
import { loadLevel } from '../support/levels';

// A folder whose papers break no rule can still be a power-for-money deal: its evidence is what the
// applicant says when asked ("Achievement projects": the smart-city command centre). Referring it
// is founded only when that evidence is on the desk.
const level = loadLevel('achievement-projects.json');
const desk = level.steps.find((s): s is DeskStep => s.kind === 'desk')!;
const folder = desk.applications.find((a) => a.id === 'command-centre')!;

function play(actions: DeskAction[]): DeskState {
  return actions.reduce((state, action) => {
    const result = deskStep(desk, state, action);
    expect(result.events[0]?.type, JSON.stringify(action)).not.toBe('action-refused');
    return result.state;
  }, openDesk(desk));
}

const toDayOne: DeskAction[] = [{ type: 'desk-answer-call', callId: 'secretary-car-plant', response: 'reported' }, { type: 'desk-end-day' }, { type: 'desk-answer-call', callId: 'secretary-command-centre', response: 'reported' }];
const decide = (verdict: 'refer' | 'reject' | 'approve'): DeskAction => ({ type: 'desk-decide', applicationId: 'command-centre', verdict, reasons: [] });
const ask: DeskAction = { type: 'desk-inquire', applicationId: 'command-centre', inquiryId: 'interview-manager' };

describe('a corrupt folder whose papers break no rule', () => {
  it('breaks no rule in force, so a rule-checking clerk finds nothing in it', () => {
    expect(folder.truth.corrupt).toBe(true);
    expect(breachesOf(folder, allRules(desk))).toEqual([]);
  });

  it('is referred on evidence once the manager has been heard, and without any before', () => {
    expect(play([...toDayOne, ask, decide('refer')]).applications['command-centre']!.decision!.key).toBe('referredCorrupt');
    expect(play([...toDayOne, decide('refer')]).applications['command-centre']!.decision!.key).toBe('referredUnfounded');
  });

  it('costs every lesson when approved on its clean papers', () => {
    const key = play([...toDayOne, decide('approve')]).applications['command-centre']!.decision!.key;
    expect(key).toBe('approvedUnsound');
    const lessons = folder.outcomes!.approvedUnsound!.map((o) => [o.lesson, Math.sign(o.points)]);
    expect(lessons.sort()).toEqual([['LS1', -1], ['LS2', -1], ['LS3', -1], ['LS4', -1]]);
  });

  it('earns less rejected than referred, on every lesson', () => {
    const sum = (key: 'referredCorrupt' | 'rejectedReasoned', lesson: string) => folder.outcomes![key]!.filter((o) => o.lesson === lesson).reduce((s, o) => s + o.points, 0);
    for (const lesson of ['LS1', 'LS2', 'LS3', 'LS4']) expect(sum('rejectedReasoned', lesson), lesson).toBeLessThan(sum('referredCorrupt', lesson));
  });

  it('is refused by the desk audit when no inquiry could bring its evidence', () => {
    const broken = structuredClone(desk);
    const copy = broken.applications.find((a) => a.id === 'command-centre')!;
    copy.documents = copy.documents.filter((d) => d.revealedBy === undefined);
    expect(auditDesk(broken).filter((p) => p.code === 'nothing-planted').map((p) => p.path)).toEqual([`applications[${broken.applications.indexOf(copy)}].truth`]);
    expect(auditDesk(desk).filter((p) => p.code === 'nothing-planted')).toEqual([]);
  });
});
