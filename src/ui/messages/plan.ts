// What the player is told and hears after an event of the zone plan.

import type { PlanStep } from '../../core';
import type { LevelUiState } from '../level-parts';
import type { PlanInnerEvent } from './kind-events';
import type { MessageContext, Said } from './said';

export function planMessage(event: PlanInnerEvent, { step, t, language }: MessageContext<PlanStep>): Said {
  const name = (id: string) => step.options.find((o) => o.id === id)?.name[language] ?? id;
  switch (event.type) {
    case 'study-opened':
      return { message: { text: t('plan.studyOpened', { name: name(event.optionId) }), tone: 'info' }, sound: 'page' };
    case 'option-added':
      return { message: { text: t(event.overGrid ? 'plan.addedOverGrid' : 'plan.added', { name: name(event.optionId) }), tone: event.overGrid ? 'miss' : 'info' }, sound: 'select' };
    case 'option-removed':
      return { message: { text: t('plan.removed', { name: name(event.optionId) }), tone: 'info' }, sound: 'select' };
    case 'plan-submitted':
      return { sound: 'page' };
  }
}

/** Submitting closes the proposal looked at. */
export function rememberPlanEvent(event: PlanInnerEvent, ui: LevelUiState): void {
  if (event.type === 'plan-submitted') ui.plan.open = null;
}
