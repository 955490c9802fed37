// Renders a level's readable layer into the (happy-dom) document as LevelScene would, recording
// the actions it dispatches; UI changes re-render, as they do in the game.
import type { GameAction, GameState, Language, Level } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { freshUiState, levelView, type LevelUiState } from '../../src/ui/level-view';
import { shippedReference } from './reference';

const reference = shippedReference();

export function mountLevel(level: Level, state: GameState, prepare: (ui: LevelUiState) => void = () => {}, language: Language = 'en', ui: LevelUiState = freshUiState()) {
  prepare(ui);
  const actions: GameAction[] = [];
  const leaves: number[] = [];
  const render = () =>
    document.body.replaceChildren(
      ...levelView({
        t: (key, params) => translate(language, key, params),
        language,
        level,
        state,
        ui,
        reference,
        dispatch: (a) => actions.push(a),
        onLeave: () => leaves.push(1),
        updateUi: (change) => {
          change(ui);
          render();
        },
      }),
    );
  render();
  return { actions, leaves, ui };
}

/** Mounts a level at one of its steps with that step's briefing already read. */
export function mountAtStep(level: Level, stepId: string) {
  return (state: GameState, change: (ui: LevelUiState) => void = () => {}, language: Language = 'en') =>
    mountLevel(level, state, (ui) => {
      ui.briefingDone.push(stepId);
      change(ui);
    }, language);
}

/** The one element the selector matches, or a failure that names the selector. */
export function q<T extends Element = HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
}
