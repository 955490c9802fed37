// The readable layer of a level: dialogue and briefings here, and each kind's panel from its own
// view (grid-view, desk-view, site-view), chosen by a table over every step kind.
// It shows the core's state and turns presses into core actions; it decides nothing itself.

import type { LocalText, SceneStep, StepKind, StepOf } from '../core';
import { linkTerms } from './article-reader';
import { isTeacherLevel } from '../content/level-link';
import { button, h } from './dom';
import { boardView } from './board-view';
import { deskView } from './desk-view';
import { gridView } from './grid-view';
import { planView } from './plan-view';
import { siteView } from './site-view';
import { dialoguePanel, leaveButton, panelTop, soundButton, text, type LevelViewProps } from './level-parts';
export { freshUiState, type LevelUiState, type LevelViewProps } from './level-parts';

/** Each kind's panel; a step with a title and briefing shows the briefing first. */
const VIEWS: { [K in StepKind]: (p: LevelViewProps, step: StepOf<K>) => HTMLElement[] } = {
  scene: sceneView,
  grid: gridView,
  desk: deskView,
  site: siteView,
  board: boardView,
  plan: planView,
};

export function levelView(p: LevelViewProps): HTMLElement[] {
  const step = p.level.steps[p.state.stepIndex];
  if (!step) return [];
  const panels =
    step.kind !== 'scene' && !p.ui.briefingDone.includes(step.id)
      ? briefingView(p, step.id, step.title, step.briefing)
      : // A correlated union: the step's kind picks its own view, so the widening is safe.
        (VIEWS[step.kind] as (p: LevelViewProps, step: StepOf<StepKind>) => HTMLElement[])(p, step);
  // Every term a student may not know opens its explanation where it is first read in a panel.
  for (const panel of panels) linkTerms(p, panel);
  return panels;
}

// ---- Dialogue -------------------------------------------------------------------------------

function sceneView(p: LevelViewProps, scene: SceneStep): HTMLElement[] {
  const line = scene.lines[p.state.scene[scene.id]?.line ?? 0]!;
  return [
    h(
      'header',
      { className: 'level-bar' },
      h(
        'div',
        {},
        h('h2', {}, text(p, p.level.title)),
        h('p', {}, p.t('step.progress', { n: p.state.stepIndex + 1, total: p.level.steps.length })),
        modeNote(p),
        isTeacherLevel(p.level) ? h('p', { className: 'small teacher-level', 'data-testid': 'teacher-level-mark' }, p.t('levels.teacherLevel')) : null,
      ),
      h('div', { className: 'bar-buttons' }, soundButton(p), leaveButton(p)),
    ),
    dialoguePanel(p, line, 'dialogue', { label: p.t('dialogue.continue'), focusId: 'continue', press: () => p.dispatch({ type: 'advance-dialogue' }) }),
  ];
}

/** How this play runs (an assessment, or a practice play after the assessed one), said at the level's first step. */
function modeNote(p: LevelViewProps): HTMLElement | null {
  return p.modeNote && p.state.stepIndex === 0 ? h('p', { className: 'small mode-note', role: 'note', 'data-testid': 'mode-note' }, p.modeNote) : null;
}

function briefingView(p: LevelViewProps, stepId: string, title: LocalText, briefing: LocalText): HTMLElement[] {
  return [
    h(
      'section',
      { className: 'frame briefing-panel', 'aria-labelledby': 'briefing-heading', 'data-testid': 'briefing' },
      panelTop(p),
      h('h2', { id: 'briefing-heading' }, text(p, title)),
      h('p', {}, text(p, briefing)),
      modeNote(p),
      h(
        'div',
        { className: 'actions' },
        button(p.t('dialogue.continue'), () => p.updateUi((ui) => ui.briefingDone.push(stepId)), {
          className: 'primary',
          'data-autofocus': true,
          'data-focus-id': `begin-${stepId}`,
        }),
      ),
    ),
  ];
}

