// @vitest-environment happy-dom
// The scene a verdict on the case's climax plays (Genesis at the slogan desk): carried up, the
// chief's reaction, the call that follows (marked as dramatised), then back to the desk.
import { beforeEach, describe, expect, it } from 'vitest';
import { afterDecisionLines, createGame, step, type DeskStep, type GameState, type Level, type Verdict } from '../../src/core';
import { approveEverything, deskAction, perfectDesk, type DeskPolicy } from '../../src/playtest/desk-players';
import { translate } from '../../src/text/i18n';
import { pendingAfterScene } from '../../src/ui/after-decision';
import { freshUiState } from '../../src/ui/level-parts';
import { loadLevel } from '../support/levels';
import { mountLevel, q } from '../support/mount-level';

const level: Level = loadLevel('digital-economy-slogan.json');
const desk = level.steps.find((s): s is DeskStep => s.kind === 'desk')!;
const genesis = desk.applications.find((a) => a.id === 'genesis')!;

/** Plays the desk by a policy until Genesis has its verdict. */
function genesisDecided(policy: DeskPolicy): GameState {
  let state = createGame(level, 3);
  while (level.steps[state.stepIndex] !== desk) state = step(level, state, { type: 'advance-dialogue' }).state;
  for (let n = 0; n < 400 && !state.desk[desk.id]!.applications['genesis']!.decision; n++) state = step(level, state, deskAction(policy, desk, state)).state;
  return state;
}

const mountDesk = (state: GameState, language: 'en' | 'ja' | 'zh' = 'en') => mountLevel(level, state, (ui) => ui.briefingDone.push(desk.id), language);

beforeEach(() => document.body.replaceChildren());

describe('the scene after the Genesis verdict', () => {
  it('is written for referring it and for approving it, and the two say different things', () => {
    const refer = afterDecisionLines(genesis, 'refer', createGame(level, 1).caseFile);
    const approve = afterDecisionLines(genesis, 'approve', createGame(level, 1).caseFile);
    expect(refer.length).toBeGreaterThanOrEqual(4);
    expect(approve.length).toBeGreaterThanOrEqual(4);
    // Each has the chief's reaction and the Secretary's call.
    for (const lines of [refer, approve]) expect(new Set(lines.map((l) => l.speaker))).toEqual(new Set(['narrator', 'chief', 'secretary']));
    expect(refer.map((l) => l.text.en)).not.toEqual(approve.map((l) => l.text.en));
    expect(afterDecisionLines(genesis, 'reject' as Verdict, createGame(level, 1).caseFile)).toEqual([]);
  });

  it('takes the screen once Genesis is referred, line by line, with the call marked as dramatised, then gives the desk back', () => {
    const state = genesisDecided(perfectDesk);
    expect(state.desk[desk.id]!.applications['genesis']!.decision!.verdict).toBe('refer');
    const { ui } = mountDesk(state);
    const lines = genesis.afterDecision!.refer!;
    for (let i = 0; i < lines.length; i++) {
      const scene = q('[data-testid="after-decision"]');
      expect(q('[data-testid="dialogue-line"]').textContent).toBe(lines[i]!.text.en.replace('{{xiao-yi}}', 'Xiao Yi'));
      // The desk is not on screen while the scene plays.
      expect(document.querySelector('[data-testid="inbox"]')).toBeNull();
      const secretary = lines[i]!.speaker === 'secretary';
      expect(scene.querySelector('[data-testid="dramatised-mark"]') !== null).toBe(secretary);
      const last = i === lines.length - 1;
      q<HTMLButtonElement>(last ? '[data-focus-id="after-back"]' : '[data-focus-id="after-continue"]').click();
    }
    expect(ui.desk.afterSeen).toEqual(['genesis']);
    expect(document.querySelector('[data-testid="after-decision"]')).toBeNull();
    expect(q('[data-testid="inbox"]')).toBeTruthy();
  });

  it('plays the approval scene when Genesis is approved, in each language, with no placeholder left', () => {
    const state = genesisDecided(approveEverything);
    expect(state.desk[desk.id]!.applications['genesis']!.decision!.verdict).toBe('approve');
    for (const language of ['en', 'ja', 'zh'] as const) {
      document.body.replaceChildren();
      mountDesk(state, language);
      expect(q('[data-testid="dialogue-line"]').textContent).toBe(genesis.afterDecision!.approve![0]!.text[language]);
      expect(q('[data-focus-id="after-continue"]').textContent).toBe(translate(language, 'dialogue.continue'));
      expect(q('[data-testid="after-decision"]').textContent).not.toMatch(/[{}]/);
    }
    const ui = freshUiState();
    ui.desk.afterSeen.push('genesis');
    expect(pendingAfterScene(desk, state, ui)).toBeNull();
  });

  it('a folder without such a scene goes straight back to the desk', () => {
    const state = genesisDecided(perfectDesk);
    const others = desk.applications.filter((a) => a.id !== 'genesis');
    expect(others.every((a) => a.afterDecision === undefined)).toBe(true);
    const ui = freshUiState();
    ui.desk.afterSeen.push('genesis');
    expect(pendingAfterScene(desk, state, ui)).toBeNull();
  });
});
