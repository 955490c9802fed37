// Renders a level's readable layer into the (happy-dom) document as LevelScene would, recording
// the actions it dispatches; UI changes re-render, as they do in the game.
import type { GameAction, GameState, Language, Level } from '../../src/core';
import { translate } from '../../src/platform/i18n';
import { freshUiState, levelView, type LevelUiState } from '../../src/ui/level-view';

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
