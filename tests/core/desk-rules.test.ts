import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, decisionPoints, overallScore, replay, startLog, step, tallyLessons, type DeskStep, type GameAction, type Level, type ScoredDecision } from '../../src/core';
import { approveEverything, deskAction, perfectDesk, rejectEverything, type DeskPolicy } from '../../src/playtest/desk-players';
import { deskLevel } from '../support/desk-fixture';
import { diligentInspector, playThrough } from '../../src/playtest/players';
import { pressAnything } from '../support/press-anything';

const level = deskLevel();
const desk = level.steps[0] as DeskStep;
const play = (policy: DeskPolicy, on: Level = level) => playThrough(on, 1, { ...diligentInspector, desk: (s, game) => deskAction(policy, s, game) });

describe('the desk as a step of a level', () => {
  it('a perfect desk scores 100 on every lesson it assesses and leaves the level finished', () => {
    const { state } = play(perfectDesk);
    expect(state.finished).toBe(true);
    const tally = tallyLessons(level, state);
    for (const lesson of Object.values(tally)) if (lesson.score !== null) expect(lesson.score).toBe(100);
  });

  it('records each scored decision with its folder or call, as one of the outcomes that decision point offers', () => {
    const points = decisionPoints(level);
    for (const policy of [perfectDesk, approveEverything, rejectEverything]) {
      const { state } = play(policy);
      expect(state.scored.length).toBeGreaterThan(0);
      for (const decision of state.scored) {
        expect(decision).toMatchObject({ stepId: desk.id, kind: 'desk' });
        const known = [...desk.applications.map((a) => a.id), ...desk.calls.map((c) => c.id), null];
        expect(known).toContain(decision.subject);
        // A folder has one such point per planted discrepancy, so any of them may offer it.
        const matching = points.filter((p) => p.point === decision.point && p.subject === decision.subject);
        expect(matching.length, `${decision.point} ${decision.subject}`).toBeGreaterThan(0);
        const { stepId: _s, kind: _k, point: _p, subject: _j, choice: _c, basis: _b, ...outcome } = decision;
        expect(matching.flatMap((p) => p.alternatives.flat())).toContainEqual(outcome);
      }
    }
  });

  it('approving everything and rejecting everything both score lower, each for its own mistake', () => {
    const perfect = overallScore(tallyLessons(level, play(perfectDesk).state));
    const approving = play(approveEverything).state;
    const rejecting = play(rejectEverything).state;
    expect(overallScore(tallyLessons(level, approving))).toBeLessThan(perfect);
    expect(overallScore(tallyLessons(level, rejecting))).toBeLessThan(perfect);
    const verdicts = (scored: ScoredDecision[]) => scored.filter((s) => s.point === 'verdict').map((s) => s.choice);
    expect(verdicts(approving.scored)).toContain('approvedUnsound');
    expect(verdicts(approving.scored)).not.toContain('rejectedSound');
    expect(verdicts(rejecting.scored)).toContain('rejectedSound');
    expect(verdicts(rejecting.scored)).not.toContain('approvedUnsound');
  });

  it('leaving is refused while the desk is open, and a desk action is refused on another step', () => {
    const start = createGame(level, 1);
    expect(step(level, start, { type: 'leave-desk' }).events).toEqual([{ type: 'action-refused', action: { type: 'leave-desk' }, reason: 'desk-open' }]);
    const tutorialLike: Level = { ...level, steps: [{ kind: 'scene', id: 'intro', setting: 'bureau', lines: [{ speaker: 'narrator', text: level.title, sourceLines: [] }] }, desk] };
    const refused = step(tutorialLike, createGame(tutorialLike, 1), { type: 'desk', act: { type: 'desk-end-day' } });
    expect(refused.events[0]).toMatchObject({ type: 'action-refused', reason: 'wrong-step' });
  });

  it('passes the desk model\'s refusal through with its reason', () => {
    const start = createGame(level, 1);
    const action: GameAction = { type: 'desk', act: { type: 'desk-decide', applicationId: 'genesis', verdict: 'approve', reasons: [] } };
    // The Genesis folder holds a gift: it must be dealt with first.
    expect(step(level, start, action).events).toEqual([{ type: 'action-refused', action, reason: 'gift-pending' }]);
  });

  it('any presses at the desk replay from the decision log to the same state', () => {
    const refs = desk.applications.flatMap((a) => a.documents.flatMap((d) => d.fields.map((f) => `${d.id}.${f.id}`))).concat(desk.rulebook.map((r) => `rule:${r.id}`));
    const ids = desk.applications.map((a) => a.id);
    const act = fc.oneof(
      fc.record({ type: fc.constant('desk-cross-check' as const), applicationId: fc.constantFrom(...ids), a: fc.constantFrom(...refs), b: fc.constantFrom(...refs) }),
      fc.record({ type: fc.constant('desk-inquire' as const), applicationId: fc.constantFrom(...ids), inquiryId: fc.constantFrom('power-bills', 'interview', 'it-director') }),
      fc.record({ type: fc.constant('desk-handle-gift' as const), applicationId: fc.constantFrom(...ids), choice: fc.constantFrom('returned' as const, 'kept' as const, 'handed-in' as const) }),
      fc.record({ type: fc.constant('desk-answer-call' as const), callId: fc.constantFrom(...desk.calls.map((c) => c.id)), response: fc.constantFrom('obliged' as const, 'declined' as const, 'reported' as const) }),
      fc.record({ type: fc.constant('desk-decide' as const), applicationId: fc.constantFrom(...ids), verdict: fc.constantFrom('approve' as const, 'approve-with-conditions' as const, 'reject' as const, 'refer' as const), reasons: fc.constant([] as string[]) }),
      fc.constant({ type: 'desk-end-day' as const }),
    );
    const presses = fc.array(fc.oneof(act.map((a): GameAction => ({ type: 'desk', act: a })), fc.constant<GameAction>({ type: 'leave-desk' })), { maxLength: 40 });
    fc.assert(
      fc.property(presses, (actions) => {
        const { state, accepted } = pressAnything(level, createGame(level, 7), actions);
        const again = replay(level, { ...startLog(level, 7), actions: accepted });
        expect(again).toEqual(state);
        // Every decision the level records is the desk's.
        expect(state.scored.every((d) => d.kind === 'desk' && d.stepId === desk.id)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
