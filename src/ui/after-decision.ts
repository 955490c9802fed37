// The short scene a verdict on a folder plays (the case's climax: Genesis carried up, the chief's
// reaction, the call that follows). The lines are the level's (`afterDecision` on an application);
// which of them a play shows is the core's (`afterDecisionLines`); reading them is the screen's
// business only, so the desk waits behind them and nothing is scored or logged.

import { afterDecisionLines, type Application, type DialogueLine, type DeskStep, type GameState, type Verdict } from '../core';
import { dialoguePanel, type LevelUiState, type LevelViewProps } from './level-parts';

export interface AfterScene {
  application: Application;
  verdict: Verdict;
  lines: DialogueLine[];
  /** The line on screen. */
  index: number;
}

/** The scene a decided folder plays and the player has not yet read through, if any. */
export function pendingAfterScene(step: DeskStep, state: GameState, ui: LevelUiState): AfterScene | null {
  const desk = state.desk[step.id];
  if (!desk) return null;
  for (const application of step.applications) {
    const decision = desk.applications[application.id]?.decision;
    if (!decision || ui.desk.afterSeen.includes(application.id)) continue;
    const lines = afterDecisionLines(application, decision.verdict, state.caseFile);
    if (lines.length > 0) return { application, verdict: decision.verdict, lines, index: Math.min(ui.desk.afterLine, lines.length - 1) };
  }
  return null;
}

/** The scene panel over the desk: the speaker, the line (marked when a real person speaks), Continue. */
export function afterSceneView(p: LevelViewProps, scene: AfterScene): HTMLElement {
  const last = scene.index + 1 >= scene.lines.length;
  return dialoguePanel(p, scene.lines[scene.index]!, 'after-decision', {
    label: last ? p.t('desk.afterBack') : p.t('dialogue.continue'),
    focusId: last ? 'after-back' : 'after-continue',
    press: () =>
      p.updateUi((ui) => {
        if (last) {
          ui.desk.afterSeen.push(scene.application.id);
          ui.desk.afterLine = 0;
        } else {
          ui.desk.afterLine = scene.index + 1;
        }
      }),
  });
}
