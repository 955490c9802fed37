import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, deskTally, overallScore, replay, startLog, step, tallyLessons, type DeskStep, type GameAction, type Level } from '../../src/core';
import { approveEverything, deskAction, perfectDesk, rejectEverything, type DeskPolicy } from '../support/desk-players';
import { deskLevel } from '../support/desk-fixture';
import { diligentInspector, playThrough } from '../support/players';
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

  it('scores exactly as the desk model does: the level copies the desk\'s scored decisions', () => {
    for (const policy of [perfectDesk, approveEverything, rejectEverything]) {
      const { state } = play(policy);
      expect(state.scored).toEqual(state.desk[desk.id]!.scored);
      const model = deskTally(desk, state.desk[desk.id]!);
      const game = tallyLessons(level, state);
      for (const lesson of ['LS1', 'LS2', 'LS3', 'LS4'] as const) expect(game[lesson].possible).toBe(model[lesson].possible);
    }
  });

  it('approving everything and rejecting everything both score lower, each for its own mistake', () => {
    const perfect = overallScore(tallyLessons(level, play(perfectDesk).state));
    const approving = play(approveEverything).state;
    const rejecting = play(rejectEverything).state;
    expect(overallScore(tallyLessons(level, approving))).toBeLessThan(perfect);
    expect(overallScore(tallyLessons(level, rejecting))).toBeLessThan(perfect);
    expect(approving.scored.some((s) => s.outcomeKey.includes(':verdict:approvedUnsound'))).toBe(true);
    expect(approving.scored.some((s) => s.outcomeKey.includes(':verdict:rejectedSound'))).toBe(false);
    expect(rejecting.scored.some((s) => s.outcomeKey.includes(':verdict:rejectedSound'))).toBe(true);
    expect(rejecting.scored.some((s) => s.outcomeKey.includes(':verdict:approvedUnsound'))).toBe(false);
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
        // What the level records is what the desk scored.
        expect(state.scored).toEqual(state.desk[desk.id]!.scored);
      }),
      { numRuns: 60 },
    );
  });
});
