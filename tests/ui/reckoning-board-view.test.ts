// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, EMPTY_CASE_FILE, step, type BoardStep, type CaseFile, type GameState } from '../../src/core';
import { mountAtStep, q } from '../support/mount-level';
import { applyAccepted } from '../support/press-anything';
import { loadLevel } from '../support/levels';

// Reckoning's board shows only the documents the case file left on it, and its offer comes from
// the game's own character, so it carries no dramatised mark.
const level = loadLevel('reckoning.json');
const board = level.steps.find((s): s is BoardStep => s.kind === 'board')!;
const mount = mountAtStep(level, board.id);

function atBoard(caseFile: CaseFile): GameState {
  let state = createGame(level, 3, caseFile);
  while (level.steps[state.stepIndex] !== board) state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}

beforeEach(() => document.body.replaceChildren());

describe('the Reckoning board screen', () => {
  it('draws and lists only the documents on the board: played alone, the archive\'s, and no hearsay', () => {
    mount(atBoard(EMPTY_CASE_FILE));
    const onBoard = board.cards.filter((c) => c.id !== 'rumour');
    expect(document.querySelectorAll('.map-layer .hotspot')).toHaveLength(onBoard.length);
    expect(document.querySelector('[data-focus-id="card-rumour"]')).toBeNull();
    expect(document.querySelector('[data-field="rumour.says"]')).toBeNull();
    expect(q('[data-field="comparison.under"]').textContent).toBe('Instruction HTZ-2016-03');
  });

  it('shows the former deputy\'s offer without the dramatised mark: he is the game\'s character, not a real person', () => {
    const link = board.supported[0]!;
    const state = applyAccepted(level, atBoard(EMPTY_CASE_FILE), [{ type: 'board-link', from: link.from, to: link.to, relation: link.relation }]);
    mount(state);
    expect(q('[data-testid="offer"]').textContent).toContain(board.offer.text.en);
    expect(document.querySelector('[data-testid="offer-dramatised"]')).toBeNull();
  });
});
