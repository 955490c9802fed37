import { describe, expect, it } from 'vitest';
import { createGame, legalActions, step, tallyLessons, type BoardStep, type GameAction, type GameState, type Level } from '../../src/core';
import { boardKind } from '../../src/core/board/kind';
import { diligentInspector, linksTheDocumentsShow, playThrough } from '../../src/playtest/players';
import { loadLevel } from '../support/levels';

// The evidence board's rules, on the shipped "The lawsuit" (2019): a string the documents support
// scores when the chain is filed, one they do not support costs, a string can be taken down, the
// offer is answered before anything else, and filing ends the board.
const level: Level = loadLevel('the-lawsuit.json');
const board = level.steps.find((s): s is BoardStep => s.kind === 'board')!;
const supported = board.supported[0]!;

/** A game standing at the board, nothing done there yet. */
function atBoard(): GameState {
  let state = createGame(level, 5);
  while (level.steps[state.stepIndex]!.kind !== 'board') state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}

function run(state: GameState, ...actions: GameAction[]) {
  let current = state;
  const events = [];
  for (const action of actions) {
    const result = step(level, current, action);
    current = result.state;
    events.push(...result.events);
  }
  return { state: current, events };
}

const refusal = (state: GameState, action: GameAction) => {
  const result = step(level, state, action);
  const refused = result.events.find((e) => e.type === 'action-refused');
  // A refusal leaves the very same state.
  if (refused) expect(result.state).toBe(state);
  return refused?.type === 'action-refused' ? refused.reason : null;
};

const link = (from: string, relation: string, to: string): GameAction => ({ type: 'board-link', from, to, relation });
const fileToCommission: GameAction = { type: 'board-file', recipientId: 'commission' };
const scoredOn = (state: GameState, point: string) => state.scored.filter((s) => s.stepId === board.id && s.point === point);
const sum = (records: { points: number }[]) => records.reduce((s, r) => s + r.points, 0);

describe('the evidence board', () => {
  it('makes the offer once the first string is pinned, and takes nothing else until it is answered', () => {
    const first = run(atBoard(), link(supported.from, supported.relation, supported.to));
    expect(first.events.some((e) => e.type === 'step-event' && e.event.type === 'offer-made')).toBe(true);
    expect(first.state.board[board.id]!.offer).toBe('pending');
    expect(legalActions(level, first.state)).toEqual([
      { type: 'board-offer', response: 'accepted' },
      { type: 'board-offer', response: 'declined' },
      { type: 'board-offer', response: 'reported' },
    ]);
    expect(refusal(first.state, fileToCommission)).toBe('offer-pending');
    expect(refusal(first.state, { type: 'board-unlink', from: supported.from, to: supported.to })).toBe('offer-pending');
    expect(refusal(atBoard(), { type: 'board-offer', response: 'declined' })).toBe('no-offer');
  });

  it('scores the offer on law and integrity: accepting costs, reporting earns most', () => {
    const answered = (response: 'accepted' | 'declined' | 'reported') => sum(scoredOn(run(atBoard(), link(supported.from, supported.relation, supported.to), { type: 'board-offer', response }).state, 'offer').filter((s) => s.lesson === 'LS3'));
    expect(answered('accepted')).toBeLessThan(0);
    expect(answered('declined')).toBeGreaterThan(0);
    expect(answered('reported')).toBeGreaterThan(answered('declined'));
    const twice = run(atBoard(), link(supported.from, supported.relation, supported.to), { type: 'board-offer', response: 'reported' }).state;
    expect(refusal(twice, { type: 'board-offer', response: 'accepted' })).toBe('already-done');
  });

  it('scores a supported string and charges an unsupported one when the chain is filed, not before', () => {
    const wrong = board.relations.find((r) => r.id !== supported.relation)!.id;
    // A pair of documents with no supported string between them.
    const [a, b] = board.cards.flatMap((x, i) => board.cards.slice(i + 1).map((y) => [x.id, y.id] as const)).find(([x, y]) => !board.supported.some((s) => [s.from, s.to].includes(x) && [s.from, s.to].includes(y)))!;
    const pinned = run(atBoard(), link(supported.from, supported.relation, supported.to), { type: 'board-offer', response: 'declined' }, link(a, wrong, b));
    expect(pinned.state.board[board.id]!.links).toHaveLength(2);
    expect(scoredOn(pinned.state, 'link')).toEqual([]);
    const filed = run(pinned.state, fileToCommission).state;
    const links = scoredOn(filed, 'link');
    expect(links.filter((s) => s.basis === 'supported').map((s) => s.points)).toEqual(supported.outcomes.map((o) => o.points));
    expect(links.filter((s) => s.basis === 'unsupported').map((s) => s.points)).toEqual(board.unsupported.map((o) => o.points));
    expect(sum(links.filter((s) => s.basis === 'unsupported'))).toBeLessThan(0);
    // The same pair the wrong way round is a second string on a pair: refused before it is pinned.
    expect(refusal(pinned.state, link(supported.from, wrong, supported.to))).toBe('already-linked');
  });

  it('takes a string down before filing, so it is neither scored nor charged', () => {
    const wrong = link(board.cards[0]!.id, board.relations[3]!.id, board.cards[6]!.id);
    const taken = run(atBoard(), wrong, { type: 'board-offer', response: 'reported' }, { type: 'board-unlink', from: board.cards[6]!.id, to: board.cards[0]!.id });
    expect(taken.state.board[board.id]!.links).toEqual([]);
    expect(refusal(taken.state, { type: 'board-unlink', from: board.cards[0]!.id, to: board.cards[6]!.id })).toBe('not-linked');
    const filed = run(taken.state, fileToCommission).state;
    expect(scoredOn(filed, 'link')).toEqual([]);
  });

  it('filing ends the board; the recipient scores by whether the chain holds', () => {
    const whole = playThrough(level, 2, diligentInspector).state;
    const file = scoredOn(whole, 'file');
    expect(file.map((s) => [s.choice, s.basis])).toEqual([['commission', 'withChain']]);
    expect(sum(file)).toBeGreaterThan(0);
    expect(whole.finished).toBe(true);
    expect(tallyLessons(level, whole).LS1.score).toBe(100);
    expect(tallyLessons(level, whole).LS3.score).toBe(100);

    const empty = run(atBoard(), fileToCommission);
    expect(empty.state.stepIndex).toBe(level.steps.indexOf(board) + 1);
    expect(scoredOn(empty.state, 'file').map((s) => s.basis)).toEqual(['withoutChain']);
    expect(sum(scoredOn(empty.state, 'file'))).toBeLessThan(0);
    // To the office the chain implicates, even a whole chain costs supervision.
    const toOffice = board.recipients.find((r) => r.kind === 'implicated')!;
    expect(sum(toOffice.outcomes.withChain)).toBeLessThan(0);
  });

  it('linking nothing earns nothing, and linking every pair costs more than it earns', () => {
    const nothing = run(atBoard(), { type: 'board-file', recipientId: 'drawer' }).state;
    expect(scoredOn(nothing, 'link')).toEqual([]);
    expect(tallyLessons(level, nothing).LS3.earned).toBe(0);
    // Every pair strung, each with the relation and direction the documents support where there is one.
    let state = atBoard();
    for (const [i, a] of board.cards.entries()) {
      for (const b of board.cards.slice(i + 1)) {
        const good = board.supported.find((s) => (s.from === a.id && s.to === b.id) || (s.from === b.id && s.to === a.id));
        state = run(state, good ? link(good.from, good.relation, good.to) : link(a.id, board.relations[0]!.id, b.id)).state;
        if (state.board[board.id]!.offer === 'pending') state = run(state, { type: 'board-offer', response: 'declined' }).state;
      }
    }
    const filed = run(state, fileToCommission).state;
    expect(sum(scoredOn(filed, 'link'))).toBeLessThan(0);
    expect(scoredOn(filed, 'file')[0]!.basis).toBe('withoutChain');
  });

  it('refuses what is not on the board, with a reason', () => {
    const at = atBoard();
    expect(refusal(at, link('nowhere', board.relations[0]!.id, board.cards[0]!.id))).toBe('unknown-id');
    expect(refusal(at, link(board.cards[0]!.id, 'no-such-relation', board.cards[1]!.id))).toBe('unknown-id');
    expect(refusal(at, link(board.cards[0]!.id, board.relations[0]!.id, board.cards[0]!.id))).toBe('same-item');
    expect(refusal(at, { type: 'board-file', recipientId: 'the-press' })).toBe('unknown-id');
    expect(refusal(at, { type: 'board-link', from: 3, to: 'x', relation: 'y' } as unknown as GameAction)).toBe('ill-formed');
    expect(refusal(at, { type: 'advance-dialogue' })).toBe('wrong-step');
  });

  it('lists every string it accepts, a small finite set, and every listed action is accepted', () => {
    const at = atBoard();
    const legal = legalActions(level, at);
    const pairs = (board.cards.length * (board.cards.length - 1)) / 2;
    expect(legal).toHaveLength(pairs * 2 * board.relations.length + board.recipients.length);
    for (const action of legal) expect(step(level, at, action).events.some((e) => e.type === 'action-refused')).toBe(false);
  });

  it('the strings the screen shows are exactly the ones the documents support', () => {
    const key = (l: { from: string; to: string; relation: string }) => `${l.from} ${l.relation} ${l.to}`;
    expect(linksTheDocumentsShow(board).map(key).sort()).toEqual(board.supported.map(key).sort());
  });

  it('the audit catches a supported link the documents cannot show, and blind linking that pays', () => {
    const broken = structuredClone(board);
    broken.supported.push({ from: 'letter', relation: 'moved-the-coins-to', to: 'private', outcomes: [{ lesson: 'LS3', points: 8, text: { en: 'x', ja: 'x', zh: 'x' }, sourceLines: [50] }] });
    broken.unsupported = [{ lesson: 'LS3', points: -1, text: { en: 'x', ja: 'x', zh: 'x' }, sourceLines: [79] }];
    broken.offer.outcomes.accepted = [];
    const codes = boardKind.audit(broken, level).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['relation-kinds', 'nothing-in-common', 'blind-linking-pays', 'offer-pays']));
    expect(boardKind.audit(board, level)).toEqual([]);
  });

  it('leaves its chain in the case file', () => {
    const { state } = playThrough(level, 2, diligentInspector);
    expect(boardKind.caseRecord(board, state.board[board.id]!)).toMatchObject({ supportedLinks: board.supported.length, unsupportedLinks: 0, chainHolds: true, offer: 'reported', filedTo: 'commission' });
    expect(boardKind.caseRecord(board, atBoard().board[board.id]!)).toBeNull();
  });
});
