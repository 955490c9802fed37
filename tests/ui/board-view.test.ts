// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, LANGUAGES, step, type BoardStep, type GameAction, type GameState } from '../../src/core';
import { mountAtStep, q } from '../support/mount-level';
import { applyAccepted } from '../support/press-anything';
import { loadLevel } from '../support/levels';

const level = loadLevel('the-lawsuit.json');
const board = level.steps.find((s): s is BoardStep => s.kind === 'board')!;
const [first, second] = board.supported as [BoardStep['supported'][number], BoardStep['supported'][number]];

function atBoard(): GameState {
  let state = createGame(level, 3);
  while (level.steps[state.stepIndex] !== board) state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}
const apply = (state: GameState, ...actions: GameAction[]): GameState => applyAccepted(level, state, actions);
const mount = mountAtStep(level, board.id);

beforeEach(() => document.body.replaceChildren());

describe('the evidence board screen', () => {
  it('puts a button over every document and lists every field of each below the board', () => {
    mount(atBoard());
    expect(document.querySelectorAll('.map-layer .hotspot')).toHaveLength(board.cards.length);
    for (const card of board.cards) {
      for (const field of card.fields) expect(q(`[data-field="${card.id}.${field.id}"]`).textContent).toBe(field.value.en);
    }
  });

  it('links two chosen documents with a relation, in words, with the choice turned round on request', () => {
    const { actions, ui } = mount(atBoard());
    q(`[data-focus-id="card-${first.from}"]`).click();
    expect(q(`[data-focus-id="card-${first.from}"]`).getAttribute('aria-pressed')).toBe('true');
    q(`[data-focus-id="card-${first.to}"]`).click();
    expect(ui.board.picked).toEqual([first.from, first.to]);
    q('[data-focus-id="swap"]').click();
    expect(ui.board.picked).toEqual([first.to, first.from]);
    q('[data-focus-id="swap"]').click();
    // One button per relation, each saying the whole string it would pin.
    expect(document.querySelectorAll('[data-focus-id^="relation-"]')).toHaveLength(board.relations.length);
    expect(q(`[data-focus-id="relation-${first.relation}"]`).textContent).toBe("The GM Foundation's suit claims payment under Equipment supply contract");
    q(`[data-focus-id="relation-${first.relation}"]`).click();
    expect(actions).toEqual([{ type: 'board-link', from: first.from, to: first.to, relation: first.relation }]);
  });

  it('shows the offer alone once it is made, marked as dramatised, with the three answers', () => {
    const state = apply(atBoard(), { type: 'board-link', from: first.from, to: first.to, relation: first.relation });
    const { actions } = mount(state);
    expect(q('[data-testid="offer"]').textContent).toContain(board.offer.text.en);
    expect(q('[data-testid="offer-dramatised"]').textContent).toBe("Dramatised: the game's words, not a quotation");
    expect(document.querySelectorAll('[data-focus-id^="relation-"], [data-focus-id^="file-"]')).toHaveLength(0);
    q('[data-focus-id="offer-reported"]').click();
    expect(actions).toEqual([{ type: 'board-offer', response: 'reported' }]);
  });

  it('lists the strings made as text, each with a way to take it down, and the recipients to file with', () => {
    const state = apply(
      atBoard(),
      { type: 'board-link', from: first.from, to: first.to, relation: first.relation },
      { type: 'board-offer', response: 'reported' },
      { type: 'board-link', from: second.from, to: second.to, relation: second.relation },
    );
    const { actions } = mount(state);
    const items = [...document.querySelectorAll('[data-testid="links"] li')];
    expect(items).toHaveLength(2);
    expect(items[1]!.textContent).toContain('Unpaid invoice claims payment under Equipment supply contract');
    q(`[data-focus-id="unlink-${second.from}-${second.to}"]`).click();
    q('[data-focus-id="file-commission"]').click();
    expect(actions).toEqual([
      { type: 'board-unlink', from: second.from, to: second.to },
      { type: 'board-file', recipientId: 'commission' },
    ]);
    expect(document.querySelectorAll('[data-focus-id^="file-"]')).toHaveLength(board.recipients.length);
  });

  it('says everything in every language, with no key left untranslated', () => {
    const state = apply(atBoard(), { type: 'board-link', from: first.from, to: first.to, relation: first.relation }, { type: 'board-offer', response: 'declined' });
    for (const language of LANGUAGES) {
      mount(state, (ui) => (ui.board.picked = [second.from, second.to]), language);
      const text = document.body.textContent ?? '';
      expect(text, language).not.toMatch(/board\.|\{\w+\}/);
      expect(text, language).toContain(board.title[language]);
    }
  });
});
